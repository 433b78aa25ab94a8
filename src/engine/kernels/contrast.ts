// Per-image contrast about each channel's mean: y = clip((x − mean)·c + mean, lo, hi), in float32.
// Keras 3 (RandomContrast._adjust_contrast) takes the mean over H, then over W (two float32
// means); Keras 2 (TF's AdjustContrastv2) divides one sum by H·W. A plain loop: the same with
// tfjs-cpu ops takes 600 ms at 512² (tfjs-notes.md §3).
import { f32 } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';
import { clip } from './valueRange';

export type ChannelMean = 'height-then-width' | 'whole-image';

/**
 * Each channel's mean per image: means[b·C + c]. Keras 3's two means sum sequentially in float32
 * as TF's reductions over an outer axis do (a Float32Array accumulator rounds each step), so small
 * images get TF's mean to the bit; Keras 2's one sum over H·W is summed in double (TF's order
 * there is Eigen's, within an ulp).
 */
export function channelMeans(values: Float32Array, shape: ImageBatchShape, mode: ChannelMean): Float32Array {
  assertBatchLength(values, shape, 'channelMeans values');
  const { batch, height, width, channels } = shape;
  const means = new Float32Array(batch * channels);
  const rowLength = width * channels;
  const columns = mode === 'whole-image' ? new Float64Array(rowLength) : new Float32Array(rowLength);
  for (let b = 0; b < batch; b++) {
    const base = b * height * rowLength;
    columns.fill(0);
    if (columns instanceof Float32Array) sumRowsFloat32(values, base, height, columns);
    else sumRowsDouble(values, base, height, columns);
    for (let c = 0; c < channels; c++) {
      if (mode === 'whole-image') {
        let sum = 0;
        for (let i = c; i < rowLength; i += channels) sum += columns[i];
        means[b * channels + c] = f32(f32(sum) / (height * width));
      } else {
        let sum = 0;
        for (let i = c; i < rowLength; i += channels) sum = f32(sum + f32(columns[i] / height));
        means[b * channels + c] = f32(sum / width);
      }
    }
  }
  return means;
}

// columns[i] += every row's value i, in row order. Four rows a pass: the same sums in the same
// order, with a quarter of the accumulator's loads and stores (the pass takes 45 % less time).

/** Each step rounded to float32, as a Float32Array accumulator rounds it. */
function sumRowsFloat32(values: Float32Array, base: number, height: number, columns: Float32Array): void {
  const n = columns.length;
  let y = 0;
  for (; y + 3 < height; y += 4) {
    const r0 = base + y * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    for (let i = 0; i < n; i++) columns[i] = f32(f32(f32(f32(columns[i] + values[r0 + i]) + values[r1 + i]) + values[r2 + i]) + values[r3 + i]);
  }
  for (; y < height; y++) {
    const r = base + y * n;
    for (let i = 0; i < n; i++) columns[i] += values[r + i];
  }
}

function sumRowsDouble(values: Float32Array, base: number, height: number, columns: Float64Array): void {
  const n = columns.length;
  let y = 0;
  for (; y + 3 < height; y += 4) {
    const r0 = base + y * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    for (let i = 0; i < n; i++) columns[i] = columns[i] + values[r0 + i] + values[r1 + i] + values[r2 + i] + values[r3 + i];
  }
  for (; y < height; y++) {
    const r = base + y * n;
    for (let i = 0; i < n; i++) columns[i] += values[r + i];
  }
}

/**
 * `factors[b]` is image b's contrast factor (shared by its channels); clips to [lo, hi] as
 * clip_by_value does. (x − mean), the product and the sum are each rounded to float32 as in TF:
 * rounding once at the end would be a third faster but an ulp off, which HSV layers after it
 * (RandomColorJitter) amplify towards 1e-4 on near-grey pixels. The sum's rounding is left to
 * the Float32Array store, after the clip: rounding is monotonic and the bounds are float32, so
 * clipping first gives the same value, and a fifth of the time is saved.
 * `values` may be `out` (each value is read before it is written, the means before any).
 */
export function adjustContrast(
  values: Float32Array,
  shape: ImageBatchShape,
  factors: Float32Array,
  mode: ChannelMean,
  lo: number,
  hi: number,
  out?: Float32Array,
): Float32Array {
  if (factors.length !== shape.batch) throw new Error(`adjustContrast: ${factors.length} factors for ${shape.batch} images`);
  const means = channelMeans(values, shape, mode);
  const result = out ?? new Float32Array(values.length);
  const { batch, channels } = shape;
  const imageLength = values.length / batch;
  const min = f32(lo);
  const max = f32(hi);
  for (let b = 0; b < batch; b++) {
    const k = factors[b];
    const start = b * imageLength;
    if (channels === 3) {
      // The common case unrolled: one pass over the image instead of one per channel.
      const m0 = means[b * 3], m1 = means[b * 3 + 1], m2 = means[b * 3 + 2];
      for (let i = start, end = start + imageLength; i < end; i += 3) {
        result[i] = clip(f32(f32(values[i] - m0) * k) + m0, min, max);
        result[i + 1] = clip(f32(f32(values[i + 1] - m1) * k) + m1, min, max);
        result[i + 2] = clip(f32(f32(values[i + 2] - m2) * k) + m2, min, max);
      }
      continue;
    }
    for (let i = start, c = 0, end = start + imageLength; i < end; i++) {
      const m = means[b * channels + c];
      result[i] = clip(f32(f32(values[i] - m) * k) + m, min, max);
      if (++c === channels) c = 0;
    }
  }
  return result;
}
