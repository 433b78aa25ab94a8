// Running a typed-array kernel that changes the images' size or channel count (crops, pads,
// resizes, transposes, grayscale) and wrapping its output as the next tensor. Per-image kernels
// (a map function's draws differ from image to image) run on one image at a time.
import * as tf from '@tensorflow/tfjs-core';
import type { ImageBatchShape } from '../../kernels/imageBatch';
import { batchShapeOf, float32Values } from '../../tensors';

/** A kernel's output: the new size, and the channel count when it changes. */
export interface ResizedBatch {
  readonly values: Float32Array;
  readonly height: number;
  readonly width: number;
  readonly channels?: number;
}

/** The batch through `kernel`; the new tensor adopts the kernel's output array. */
export function mapBatchResized(images: tf.Tensor4D, kernel: (values: Float32Array, shape: ImageBatchShape) => ResizedBatch): tf.Tensor4D {
  const shape = batchShapeOf(images);
  const out = kernel(float32Values(images), shape);
  return tf.tensor4d(out.values, [shape.batch, out.height, out.width, out.channels ?? shape.channels], 'float32');
}

/**
 * `kernel(image, i)` on each image alone (a batch of one); every image must come out the same
 * size (they do here: the size depends on the arguments, not on the draws).
 */
export function mapEachImage(images: tf.Tensor4D, kernel: (image: Float32Array, shape: ImageBatchShape, index: number) => ResizedBatch): tf.Tensor4D {
  return mapBatchResized(images, (values, shape) => {
    const single = { ...shape, batch: 1 };
    const imageLength = values.length / shape.batch;
    const parts = Array.from({ length: shape.batch }, (_, i) => kernel(values.subarray(i * imageLength, (i + 1) * imageLength), single, i));
    const { height, width, channels } = parts[0] ?? { height: shape.height, width: shape.width, channels: shape.channels };
    const out = new Float32Array(parts.reduce((n, p) => n + p.values.length, 0));
    parts.forEach((p, i) => out.set(p.values, i * p.values.length));
    return { values: out, height, width, ...(channels !== undefined ? { channels } : {}) };
  });
}
