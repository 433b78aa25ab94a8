// tf.image.resize (TF2: half-pixel centres, no align_corners) on float NHWC arrays, every method
// Keras passes to it: bilinear and nearest here, bicubic (resizeBicubic.ts), area (resizeArea.ts),
// and the scale_and_translate kernels (scaleAndTranslate.ts: lanczos3/5, gaussian, mitchellcubic,
// and bilinear/bicubic with antialias=True). Used to bring images to the working size and by
// Resizing, the crops and RandomHeight/RandomWidth. Formulas: keras-layers.md §1.8.
// Sampling positions are computed in float32 as TF does (a floor on them decides which pixels are
// read); the blends run in double and are rounded once, within a few float32 ulps of TF.
import { f32 } from './float32';
import { resizeArea } from './resizeArea';
import { resizeBicubic } from './resizeBicubic';
import { resizeScale } from './resizeScale';
import { scaleAndTranslate, type SamplingKernel } from './scaleAndTranslate';

export type ResizeMethod = 'bilinear' | 'nearest' | 'bicubic' | 'area' | 'lanczos3' | 'lanczos5' | 'gaussian' | 'mitchellcubic';

export const RESIZE_METHODS: readonly ResizeMethod[] = ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'];

export interface ResizeOptions {
  /** tf.image.resize's antialias: widens the kernel when downsampling (bilinear, bicubic and scale_and_translate methods). */
  readonly antialias?: boolean;
}

/** The scale_and_translate kernel TF uses for a method, or undefined when it has a dedicated op. */
function samplingKernel(method: ResizeMethod, antialias: boolean): SamplingKernel | undefined {
  switch (method) {
    case 'bilinear':
      return antialias ? 'triangle' : undefined;
    case 'bicubic':
      return antialias ? 'keyscubic' : undefined;
    case 'lanczos3':
    case 'lanczos5':
    case 'gaussian':
    case 'mitchellcubic':
      return method;
    default:
      return undefined;
  }
}

export function resizeImages(
  src: Float32Array,
  batch: number,
  inH: number,
  inW: number,
  channels: number,
  outH: number,
  outW: number,
  method: ResizeMethod,
  options: ResizeOptions = {},
): Float32Array {
  if (outH <= 0 || outW <= 0) throw new Error(`resizeImages: output size ${outH}x${outW} must be positive`);
  const shape = { batch, height: inH, width: inW, channels };
  const kernel = samplingKernel(method, options.antialias ?? false);
  if (kernel) return scaleAndTranslate(src, shape, outH, outW, kernel, options.antialias ?? false);
  if (method === 'bicubic') return resizeBicubic(src, shape, outH, outW);
  if (method === 'area') return resizeArea(src, shape, outH, outW);
  if (method === 'nearest') return resizeNearest(src, batch, inH, inW, channels, outH, outW);
  return resizeBilinear(src, batch, inH, inW, channels, outH, outW);
}

/** ResizeNearestNeighbor, half-pixel: min(floor((o + 0.5)·scale), in − 1), in float32. */
function resizeNearest(src: Float32Array, batch: number, inH: number, inW: number, channels: number, outH: number, outW: number): Float32Array {
  const out = new Float32Array(batch * outH * outW * channels);
  const index = (outLen: number, inLen: number) => {
    const scale = resizeScale(inLen, outLen);
    return Int32Array.from({ length: outLen }, (_, o) => Math.max(0, Math.min(Math.floor(f32(f32(o + 0.5) * scale)), inLen - 1)));
  };
  const ys = index(outH, inH);
  const xs = index(outW, inW);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * inH * inW * channels;
    for (let y = 0; y < outH; y++) {
      const row = base + ys[y] * inW * channels;
      for (let x = 0; x < outW; x++) {
        const p = row + xs[x] * channels;
        for (let c = 0; c < channels; c++) out[o++] = src[p + c];
      }
    }
  }
  return out;
}

/** Per output index: the two input taps and the weight of the second (ResizeBilinear, half-pixel). */
function bilinearAxis(outLen: number, inLen: number) {
  const scale = resizeScale(inLen, outLen);
  const lo = new Int32Array(outLen);
  const hi = new Int32Array(outLen);
  const w = new Float32Array(outLen);
  for (let i = 0; i < outLen; i++) {
    const s = f32(f32(f32(i + 0.5) * scale) - 0.5);
    const f = Math.floor(s);
    lo[i] = Math.max(f, 0);
    hi[i] = Math.min(Math.ceil(s), inLen - 1);
    w[i] = f32(s - f);
  }
  return { lo, hi, w };
}

/** ResizeBilinear, half-pixel: top = tl + (tr − tl)·wx, bottom likewise, then top + (bottom − top)·wy. */
function resizeBilinear(src: Float32Array, batch: number, inH: number, inW: number, channels: number, outH: number, outW: number): Float32Array {
  const out = new Float32Array(batch * outH * outW * channels);
  const ay = bilinearAxis(outH, inH);
  const ax = bilinearAxis(outW, inW);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * inH * inW * channels;
    for (let y = 0; y < outH; y++) {
      const top = base + ay.lo[y] * inW * channels;
      const bottom = base + ay.hi[y] * inW * channels;
      const wy = ay.w[y];
      for (let x = 0; x < outW; x++) {
        const l = ax.lo[x] * channels;
        const r = ax.hi[x] * channels;
        const wx = ax.w[x];
        for (let c = 0; c < channels; c++) {
          const tl = src[top + l + c];
          const t = tl + (src[top + r + c] - tl) * wx;
          const bl = src[bottom + l + c];
          const bt = bl + (src[bottom + r + c] - bl) * wx;
          out[o++] = t + (bt - t) * wy;
        }
      }
    }
  }
  return out;
}
