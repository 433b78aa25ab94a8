// What the geometric layers built on the projective transform share (RandomZoom, RandomTranslation,
// RandomShear): per-image inverse-mapping rows applied with TF's kernel on the typed arrays, and
// the value range a constant fill can add.
import type * as tf from '@tensorflow/tfjs-core';
import type { FillMode } from '../kernels/fillModes';
import type { Interpolation } from '../kernels/projectiveTransform';
import type { LayerBuffers } from '../batchBuffers';
import { imageJobTensor } from '../tensors';
import type { BatchShape, ValueRange } from './layer';
import { isFiniteNumber, perImageList, transformationObject } from './transformationJson';

export interface FillOptions {
  readonly fillMode: FillMode;
  readonly interpolation: Interpolation;
  readonly fillValue: number;
}

/**
 * Transforms a float32 batch by one 8-value row per image (or one for all), as
 * ImageProjectiveTransformV3, into memory `buffers` offers (split across the image threads when large).
 */
export function transformBatch(layer: string, images: tf.Tensor4D, rows: Float32Array, options: FillOptions, buffers?: LayerBuffers): tf.Tensor4D {
  const batch = images.shape[0];
  if (rows.length !== 8 * batch) throw new Error(`${layer}: transformation drawn for ${rows.length / 8} images, the batch has ${batch}`);
  const { fillMode, interpolation, fillValue } = options;
  return imageJobTensor(images, { kernel: 'projective', params: { transforms: rows, options: { fillMode, interpolation, fillValue } } }, buffers);
}

/** Constant fill can bring fill_value into the image; the other modes only move existing values. */
export function fillOutputRange(range: ValueRange, options: FillOptions): ValueRange {
  if (options.fillMode !== 'constant') return range;
  return [Math.min(range[0], options.fillValue), Math.max(range[1], options.fillValue)];
}

/** One row per image from `row(i)`. */
export function rowsPerImage(count: number, row: (i: number) => readonly number[]): Float32Array {
  const rows = new Float32Array(8 * count);
  for (let i = 0; i < count; i++) rows.set(row(i), 8 * i);
  return rows;
}

/** A stated transformation made of per-image number lists, exactly `keys`, as float32 arrays in key order. */
export function perImageNumbers(layer: string, json: unknown, shape: BatchShape, keys: readonly string[]): Float32Array[] {
  const obj = transformationObject(layer, json, keys);
  return keys.map((key) => Float32Array.from(perImageList(layer, obj, key, shape.batch, isFiniteNumber, 'numbers')));
}
