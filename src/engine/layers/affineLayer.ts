// What the geometric layers built on the projective transform share (RandomZoom, RandomTranslation,
// RandomShear): per-image inverse-mapping rows applied with TF's kernel on the typed arrays, and
// the value range a constant fill can add.
import type * as tf from '@tensorflow/tfjs-core';
import type { FillMode } from '../kernels/fillModes';
import { projectiveTransform, type Interpolation } from '../kernels/projectiveTransform';
import { mapBatch } from '../tensors';
import type { ValueRange } from './layer';

export interface FillOptions {
  readonly fillMode: FillMode;
  readonly interpolation: Interpolation;
  readonly fillValue: number;
}

/** Transforms a float32 batch by one 8-value row per image (or one for all), as ImageProjectiveTransformV3. */
export function transformBatch(layer: string, images: tf.Tensor4D, rows: Float32Array, options: FillOptions): tf.Tensor4D {
  const batch = images.shape[0];
  if (rows.length !== 8 * batch) throw new Error(`${layer}: transformation drawn for ${rows.length / 8} images, the batch has ${batch}`);
  return mapBatch(images, (values, shape) => projectiveTransform(values, shape, rows, options));
}

/** Constant fill can bring fill_value into the image; the other modes only move existing values. */
export function fillOutputRange(range: ValueRange, options: FillOptions): ValueRange {
  if (options.fillMode !== 'constant') return range;
  return [Math.min(range[0], options.fillValue), Math.max(range[1], options.fillValue)];
}
