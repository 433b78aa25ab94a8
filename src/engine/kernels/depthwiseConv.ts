// tf.nn.depthwise_conv2d with padding="SAME", stride 1 and the same kernel for every channel, as
// RandomSharpness and gaussian_blur use it: taps outside the image read 0, so borders darken.
// Sums run in double and are rounded once; TF's float32 sums differ by at most a few ulps
// (measured ≤ 4.6e-5 on [0, 255] data, for kernels from 3×3 to 7×7).
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

/** A kernel of `rows` × `cols` float32 weights, row-major. */
export interface Kernel2d {
  readonly rows: number;
  readonly cols: number;
  readonly weights: Float32Array;
}

export function depthwiseConvSame(values: Float32Array, shape: ImageBatchShape, kernel: Kernel2d, out?: Float32Array): Float32Array {
  assertBatchLength(values, shape, 'depthwiseConvSame values');
  const { batch, height, width, channels } = shape;
  const { rows, cols, weights } = kernel;
  if (weights.length !== rows * cols) throw new Error(`depthwiseConvSame: ${weights.length} weights for a ${rows}x${cols} kernel`);
  const result = out ?? new Float32Array(values.length);
  // SAME padding for stride 1: the extra row/column of an even kernel goes to the bottom/right.
  const top = (rows - 1) >> 1;
  const left = (cols - 1) >> 1;
  const rowLength = width * channels;
  const imageLength = height * rowLength;
  const acc = new Float64Array(channels);
  for (let b = 0; b < batch; b++) {
    const base = b * imageLength;
    for (let y = 0; y < height; y++) {
      const i0 = Math.max(0, top - y);
      const i1 = Math.min(rows, height + top - y);
      for (let x = 0; x < width; x++) {
        const j0 = Math.max(0, left - x);
        const j1 = Math.min(cols, width + left - x);
        acc.fill(0);
        for (let i = i0; i < i1; i++) {
          const rowStart = base + (y + i - top) * rowLength;
          for (let j = j0; j < j1; j++) {
            const w = weights[i * cols + j];
            const p = rowStart + (x + j - left) * channels;
            for (let c = 0; c < channels; c++) acc[c] += w * values[p + c];
          }
        }
        const o = base + y * rowLength + x * channels;
        for (let c = 0; c < channels; c++) result[o + c] = acc[c];
      }
    }
  }
  return result;
}
