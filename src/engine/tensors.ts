// Between tensors and the typed-array kernels, without needless copies: on the cpu backend
// dataSync() returns the tensor's own array and tf.tensor() keeps the Float32Array it is given.
import * as tf from '@tensorflow/tfjs-core';
import type { LayerBuffers } from './batchBuffers';
import type { ImageBatchShape } from './kernels/imageBatch';
import { ELEMENTWISE, outputSize, type BatchJobSpec } from './parallel/imageJobs';
import { runImageJob } from './parallel/imagePool';
import { batchArray } from './parallel/sharedBatch';

export function batchShapeOf(images: tf.Tensor4D): ImageBatchShape {
  const [batch, height, width, channels] = images.shape;
  return { batch, height, width, channels };
}

/** A float32 tensor's values. On cpu this is the tensor's backing array: read it, never write it. */
export function float32Values(t: tf.Tensor): Float32Array {
  if (t.dtype !== 'float32') throw new Error(`expected a float32 tensor, got ${t.dtype}`);
  return t.dataSync() as Float32Array;
}

/** Runs a typed-array kernel over a float32 batch; the new tensor adopts the kernel's output array. */
export function mapBatch(
  images: tf.Tensor4D,
  kernel: (values: Float32Array, shape: ImageBatchShape) => Float32Array,
): tf.Tensor4D {
  const out = kernel(float32Values(images), batchShapeOf(images));
  return tf.tensor4d(out, images.shape, 'float32');
}

/**
 * Runs a per-image kernel (parallel/imageJobs.ts) over a float32 batch, split across the image
 * threads when large. The output goes over the input when the kernel is element-wise and
 * runLayers allows it, else into memory `buffers` offers, else into new memory.
 */
export function imageJobTensor(images: tf.Tensor4D, spec: BatchJobSpec, buffers?: LayerBuffers): tf.Tensor4D {
  const input = float32Values(images);
  const shape = batchShapeOf(images);
  const { height, width } = outputSize(spec, shape);
  const length = shape.batch * height * width * shape.channels;
  const output =
    ELEMENTWISE[spec.kernel] && buffers?.inputWritable ? input : buffers ? buffers.output(length, shape.batch) : batchArray(length, shape.batch);
  runImageJob({ ...spec, input, output, shape });
  return tf.tensor4d(output, [shape.batch, height, width, shape.channels], 'float32');
}

/** The batch as a new float32 tensor handle (Keras's cast to compute dtype); shares data when already float32. */
export function float32Copy(images: tf.Tensor4D): tf.Tensor4D {
  return images.dtype === 'float32' ? tf.clone(images) : tf.cast(images, 'float32');
}
