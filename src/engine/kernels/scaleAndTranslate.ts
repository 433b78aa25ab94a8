// TF's ScaleAndTranslate op with translation 0, which tf.image.resize runs for lanczos3/5,
// gaussian and mitchellcubic, and for bilinear ("triangle") and bicubic ("keyscubic") with
// antialias=True. Per output index a span of input taps with kernel weights, normalised to sum 1;
// with antialias the kernel is stretched by in/out when downsampling. Rows are resampled first
// (into an out-height × in-width float32 buffer), then columns. Everything runs in float32 op by
// op as TF does: summing in double instead drifts by up to ~10 ulps (1.5e-4 at 240) on
// upsampled uint8 images, beyond the oracle's tolerance.
import { f32 } from './float32';
import type { ImageBatchShape } from './imageBatch';

export type SamplingKernel = 'lanczos3' | 'lanczos5' | 'gaussian' | 'mitchellcubic' | 'triangle' | 'keyscubic';

const FLT_MIN = 2 ** -126;
const PI32 = f32(3.14159265359);

interface KernelFunction {
  readonly radius: number;
  readonly at: (x: number) => number;
}

function lanczos(radius: number): KernelFunction {
  return {
    radius,
    at: (x) => {
      if (x > radius) return 0;
      // The limit of sin(x)/x at 0.
      if (x <= 1e-3) return 1;
      const px = f32(PI32 * x);
      return f32((radius * Math.sin(px) * Math.sin(f32(px / radius))) / f32(f32(f32(PI32 * PI32) * x) * x));
    },
  };
}

const KERNELS: Readonly<Record<SamplingKernel, KernelFunction>> = {
  lanczos3: lanczos(3),
  lanczos5: lanczos(5),
  // σ = radius / 3 = 0.5.
  gaussian: { radius: 1.5, at: (x) => (x >= 1.5 ? 0 : f32(Math.exp(f32(-x * x) / (2 * 0.5 * 0.5)))) },
  triangle: { radius: 1, at: (x) => (x < 1 ? f32(1 - x) : 0) },
  keyscubic: { radius: 2, at: (x) => (x >= 2 ? 0 : x >= 1 ? cubic(x, -0.5, 2.5, -4, 2) : cubic(x, 1.5, -2.5, 0, 1)) },
  mitchellcubic: {
    radius: 2,
    at: (x) => (x >= 2 ? 0 : x >= 1 ? cubic(x, -7 / 18, 2, -10 / 3, 16 / 9) : cubic(x, 7 / 6, -2, 0, 8 / 9)),
  },
};

/** ((a·x + b)·x + c)·x + d with float32 constants and a rounding after every operation. */
function cubic(x: number, a: number, b: number, c: number, d: number): number {
  return f32(f32(f32(f32(f32(f32(f32(a) * x) + f32(b)) * x) + f32(c)) * x) + f32(d));
}

interface Spans {
  readonly size: number;
  /** Per output index: first input index, then `size` weights (zero past the real span). */
  readonly starts: Int32Array;
  readonly weights: Float32Array;
}

/** ComputeSpansCore for one axis. */
function computeSpans(kernel: KernelFunction, outLen: number, inLen: number, antialias: boolean): Spans {
  const scale = f32(outLen / inLen);
  const invScale = f32(1 / scale);
  const kernelScale = antialias ? Math.max(invScale, 1) : 1;
  const reach = f32(kernel.radius * kernelScale);
  const size = Math.min(2 * Math.ceil(reach) + 1, inLen);
  const starts = new Int32Array(outLen);
  const weights = new Float32Array(size * outLen);
  const inverseKernelScale = f32(1 / kernelScale);
  const temp = new Float32Array(size);
  for (let x = 0; x < outLen; x++) {
    const sample = f32(f32(x + 0.5) * invScale);
    // Outside the source image: an empty span (all weights 0).
    if (sample < 0 || sample > inLen) continue;
    const first = Math.min(inLen - 1, Math.max(0, Math.ceil(f32(f32(sample - reach) - 0.5))));
    const end = Math.min(inLen - 1, Math.max(0, Math.floor(f32(f32(sample + reach) - 0.5)))) + 1;
    let total = 0;
    for (let s = first; s < end; s++) {
      const w = kernel.at(Math.abs(f32(f32(f32(s + 0.5) - sample) * inverseKernelScale)));
      temp[s - first] = w;
      total = f32(total + w);
    }
    if (Math.abs(total) >= 1000 * FLT_MIN) {
      const inverse = f32(1 / total);
      for (let s = first; s < end; s++) weights[x * size + s - first] = f32(temp[s - first] * inverse);
    }
    starts[x] = first;
  }
  return { size, starts, weights };
}

export function scaleAndTranslate(
  src: Float32Array,
  shape: ImageBatchShape,
  outH: number,
  outW: number,
  kernelName: SamplingKernel,
  antialias: boolean,
): Float32Array {
  const { batch, height, width, channels } = shape;
  const kernel = KERNELS[kernelName];
  const rows = computeSpans(kernel, outH, height, antialias);
  const cols = computeSpans(kernel, outW, width, antialias);
  const inRow = width * channels;
  const outRow = outW * channels;
  const middle = new Float32Array(outH * inRow);
  const acc = new Float32Array(inRow);
  const out = new Float32Array(batch * outH * outRow);
  for (let b = 0; b < batch; b++) {
    const image = b * height * inRow;
    // GatherRows: each output row is a weighted sum of input rows.
    for (let y = 0; y < outH; y++) {
      acc.fill(0, 0, inRow);
      const first = rows.starts[y];
      const span = Math.min(first + rows.size, height) - first;
      for (let k = 0; k < span; k++) {
        const w = rows.weights[y * rows.size + k];
        const r = image + (first + k) * inRow;
        for (let i = 0; i < inRow; i++) acc[i] += f32(w * src[r + i]);
      }
      middle.set(acc.subarray(0, inRow), y * inRow);
    }
    // GatherColumns: each output pixel is a weighted sum of the pixels of its row.
    let o = b * outH * outRow;
    for (let y = 0; y < outH; y++) {
      const r = y * inRow;
      for (let x = 0; x < outW; x++) {
        const first = cols.starts[x];
        const span = Math.min(first + cols.size, width) - first;
        for (let c = 0; c < channels; c++) {
          let sum = 0;
          for (let k = 0; k < span; k++) sum = f32(sum + f32(cols.weights[x * cols.size + k] * middle[r + (first + k) * channels + c]));
          out[o++] = sum;
        }
      }
    }
  }
  return out;
}
