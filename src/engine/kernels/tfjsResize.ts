// TF.js 4.22's resizeBilinear and resizeNearestNeighbor (its CPU kernels, TF1's ResizeBilinear /
// ResizeNearestNeighbor), which differ from TF2's tf.image.resize (resize.ts): by default
// neither aligned corners nor half-pixel centres, so a source position is out·(in/out); with
// alignCorners (in−1)/(out−1); with halfPixelCenters (out + 0.5)·scale (− 0.5 for bilinear).
// Positions and blends are computed in double, as TF.js's JavaScript does; one rounding to
// float32 on the store.
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export interface LegacyResizeOptions {
  readonly alignCorners: boolean;
  readonly halfPixelCenters: boolean;
}

/** in/out, or (in − 1)/(out − 1) with aligned corners (when the output has more than one pixel). */
function ratio(inLen: number, outLen: number, alignCorners: boolean): number {
  return alignCorners && outLen > 1 ? (inLen - 1) / (outLen - 1) : inLen / outLen;
}

export function tfjsResizeBilinear(src: Float32Array, shape: ImageBatchShape, outH: number, outW: number, options: LegacyResizeOptions): Float32Array {
  assertBatchLength(src, shape, 'tfjsResizeBilinear');
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(batch * outH * outW * channels);
  const axis = (outLen: number, inLen: number) => {
    const r = ratio(inLen, outLen, options.alignCorners);
    return Array.from({ length: outLen }, (_, o) => {
      const at = options.halfPixelCenters ? r * (o + 0.5) - 0.5 : r * o;
      const lo = Math.max(0, Math.floor(at));
      return { lo, hi: Math.min(inLen - 1, Math.ceil(at)), frac: at - lo };
    });
  };
  const rows = axis(outH, height);
  const cols = axis(outW, width);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * width * channels;
    for (const row of rows) {
      const top = base + row.lo * width * channels;
      const bottom = base + row.hi * width * channels;
      for (const col of cols) {
        const l = col.lo * channels;
        const r = col.hi * channels;
        for (let c = 0; c < channels; c++) {
          const tl = src[top + l + c];
          const bl = src[bottom + l + c];
          const t = tl + (src[top + r + c] - tl) * col.frac;
          const bt = bl + (src[bottom + r + c] - bl) * col.frac;
          out[o++] = t + (bt - t) * row.frac;
        }
      }
    }
  }
  return out;
}

export function tfjsResizeNearest(src: Float32Array, shape: ImageBatchShape, outH: number, outW: number, options: LegacyResizeOptions): Float32Array {
  assertBatchLength(src, shape, 'tfjsResizeNearest');
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(batch * outH * outW * channels);
  const axis = (outLen: number, inLen: number) => {
    const r = ratio(inLen, outLen, options.alignCorners);
    return Int32Array.from({ length: outLen }, (_, o) => {
      const at = options.halfPixelCenters ? r * (o + 0.5) : r * o;
      const nearest = Math.min(inLen - 1, options.alignCorners ? Math.round(at) : Math.floor(at));
      return options.halfPixelCenters ? Math.max(0, nearest) : nearest;
    });
  };
  const rows = axis(outH, height);
  const cols = axis(outW, width);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * width * channels;
    for (const y of rows) {
      for (const x of cols) {
        const p = base + (y * width + x) * channels;
        for (let c = 0; c < channels; c++) out[o++] = src[p + c];
      }
    }
  }
  return out;
}
