// Crops and pads of NHWC batches, as Keras slices and concatenates tensors: a crop follows
// Python slicing (a window reaching past the edge is clipped, never padded), and Keras 3's
// pad_to_aspect_ratio adds `top` rows of fill above AND below (and `left` columns on both sides).
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export interface SizedBatch {
  readonly values: Float32Array;
  readonly height: number;
  readonly width: number;
}

/** images[:, top:top+height, left:left+width, :] with Python's clipping of out-of-range bounds. */
export function cropImages(src: Float32Array, shape: ImageBatchShape, top: number, left: number, height: number, width: number): SizedBatch {
  assertBatchLength(src, shape, 'cropImages');
  const { batch, channels } = shape;
  const y0 = Math.min(Math.max(top, 0), shape.height);
  const x0 = Math.min(Math.max(left, 0), shape.width);
  const outH = Math.max(0, Math.min(top + height, shape.height) - y0);
  const outW = Math.max(0, Math.min(left + width, shape.width) - x0);
  const values = new Float32Array(batch * outH * outW * channels);
  const rowLength = outW * channels;
  for (let b = 0; b < batch; b++) {
    for (let y = 0; y < outH; y++) {
      const from = ((b * shape.height + y0 + y) * shape.width + x0) * channels;
      values.set(src.subarray(from, from + rowLength), (b * outH + y) * rowLength);
    }
  }
  return { values, height: outH, width: outW };
}

/** `rows` rows of `fill` above and below, then `cols` columns on the left and right. */
export function padImages(src: Float32Array, shape: ImageBatchShape, rows: number, cols: number, fill: number): SizedBatch {
  return padImagesTo(src, shape, rows, cols, shape.height + 2 * rows, shape.width + 2 * cols, fill);
}

/** Each image placed at (top, left) on an outH×outW canvas of `fill` (tf.image.pad_to_bounding_box). */
export function padImagesTo(src: Float32Array, shape: ImageBatchShape, top: number, left: number, outH: number, outW: number, fill: number): SizedBatch {
  assertBatchLength(src, shape, 'padImagesTo');
  const { batch, channels } = shape;
  if (top < 0 || left < 0 || top + shape.height > outH || left + shape.width > outW) {
    throw new Error(`padImagesTo: a ${shape.height}x${shape.width} image at (${top}, ${left}) does not fit ${outH}x${outW}`);
  }
  const values = new Float32Array(batch * outH * outW * channels).fill(fill);
  const rowLength = shape.width * channels;
  for (let b = 0; b < batch; b++) {
    for (let y = 0; y < shape.height; y++) {
      const from = (b * shape.height + y) * rowLength;
      values.set(src.subarray(from, from + rowLength), ((b * outH + top + y) * outW + left) * channels);
    }
  }
  return { values, height: outH, width: outW };
}
