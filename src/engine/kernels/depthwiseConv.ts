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
  // One output row at a time: each tap adds a shifted input row over the columns where it lands
  // inside the image, so the inner loop is a plain contiguous multiply-add.
  const acc = new Float64Array(rowLength);
  for (let b = 0; b < batch; b++) {
    const base = b * height * rowLength;
    for (let y = 0; y < height; y++) {
      acc.fill(0);
      for (let i = 0; i < rows; i++) {
        const yy = y + i - top;
        if (yy < 0 || yy >= height) continue;
        const src = base + yy * rowLength;
        for (let j = 0; j < cols; j++) {
          const w = weights[i * cols + j];
          const shift = (j - left) * channels;
          const from = Math.max(0, -shift);
          const to = Math.min(rowLength, rowLength - shift);
          for (let o = from; o < to; o++) acc[o] += w * values[src + o + shift];
        }
      }
      result.set(acc, base + y * rowLength);
    }
  }
  return result;
}
