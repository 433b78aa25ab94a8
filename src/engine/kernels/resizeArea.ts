// ResizeArea (tf.image.resize(method="area")): each output pixel is the average of the input
// area it covers, partial pixels weighted by the covered fraction. TF computes the cell bounds
// and fractions in float32 from scale = in/out (no half-pixel shift: the op never had one).
import { f32 } from './float32';
import type { ImageBatchShape } from './imageBatch';
import { resizeScale } from './resizeScale';

interface AreaCells {
  /** Per output index, the input indices [start, end) (clamped into the image) and their weights. */
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly index: Int32Array;
  readonly weight: Float32Array;
}

/** The covered fraction of input cell i for output cell [lo, hi) (TF's start_scale/end_minus_one_scale/y_scales rule). */
function fraction(i: number, lo: number, hi: number, scale: number): number {
  if (i < lo) return i + 1 > hi ? scale : f32(i + 1 - lo);
  return i + 1 > hi ? f32(hi - i) : 1;
}

function areaAxis(outLen: number, inLen: number): AreaCells {
  const scale = resizeScale(inLen, outLen);
  const start = new Int32Array(outLen);
  const count = new Int32Array(outLen);
  const index: number[] = [];
  const weight: number[] = [];
  for (let o = 0; o < outLen; o++) {
    const lo = f32(o * scale);
    const hi = f32((o + 1) * scale);
    const first = Math.floor(lo);
    const end = Math.ceil(hi);
    start[o] = index.length;
    count[o] = end - first;
    for (let i = first; i < end; i++) {
      index.push(Math.min(inLen - 1, Math.max(0, i)));
      weight.push(fraction(i, lo, hi, scale));
    }
  }
  return { start, count, index: Int32Array.from(index), weight: Float32Array.from(weight) };
}

export function resizeArea(src: Float32Array, shape: ImageBatchShape, outH: number, outW: number): Float32Array {
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(batch * outH * outW * channels);
  const ay = areaAxis(outH, height);
  const ax = areaAxis(outW, width);
  const norm = f32(1 / f32(resizeScale(height, outH) * resizeScale(width, outW)));
  const row = width * channels;
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * row;
    for (let y = 0; y < outH; y++) {
      for (let x = 0; x < outW; x++) {
        for (let c = 0; c < channels; c++) {
          let sum = 0;
          for (let i = ay.start[y]; i < ay.start[y] + ay.count[y]; i++) {
            const r = base + ay.index[i] * row + c;
            let sumY = 0;
            for (let j = ax.start[x]; j < ax.start[x] + ax.count[x]; j++) sumY += src[r + ax.index[j] * channels] * ax.weight[j];
            sum += sumY * ay.weight[i];
          }
          out[o++] = sum * norm;
        }
      }
    }
  }
  return out;
}
