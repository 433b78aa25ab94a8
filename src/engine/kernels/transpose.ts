// Swapping an NHWC batch's height and width axes, optionally reversing either input axis on the
// way: tf.image.transpose (no reversal) and rot90's quarter turns (transpose of a mirrored image).
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

/**
 * Output (W×H) pixel (row i, column j) reads input row `reverseRows ? H−1−j : j`, column
 * `reverseColumns ? W−1−i : i`.
 */
export function transposeImages(src: Float32Array, shape: ImageBatchShape, reverseRows: boolean, reverseColumns: boolean): Float32Array {
  assertBatchLength(src, shape, 'transposeImages');
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(src.length);
  const imageLength = height * width * channels;
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * imageLength;
    for (let i = 0; i < width; i++) {
      const x = reverseColumns ? width - 1 - i : i;
      for (let j = 0; j < height; j++) {
        const y = reverseRows ? height - 1 - j : j;
        const p = base + (y * width + x) * channels;
        for (let c = 0; c < channels; c++) out[o++] = src[p + c];
      }
    }
  }
  return out;
}
