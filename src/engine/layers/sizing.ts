// Tensor-level crops and resizes for the layers that change the image size (Resizing, CenterCrop,
// RandomCrop, RandomHeight, RandomWidth), over the typed-array kernels.
import * as tf from '@tensorflow/tfjs-core';
import type { Value } from '../../pipeline/model';
import { cropImages } from '../kernels/crop';
import { resizeImages, type ResizeMethod } from '../kernels/resize';
import { batchShapeOf, float32Values } from '../tensors';
import { aspectCropBox, type Box, type BoxArithmetic } from './aspectBox';
import { LayerConfigError } from './layer';
import { pyStr } from './python';

export function resizeTensor(images: tf.Tensor4D, height: number, width: number, method: ResizeMethod, antialias = false): tf.Tensor4D {
  const { batch, height: inH, width: inW, channels } = batchShapeOf(images);
  const out = resizeImages(float32Values(images), batch, inH, inW, channels, height, width, method, { antialias });
  return tf.tensor4d(out, [batch, height, width, channels], 'float32');
}

/** images[:, top:top+height, left:left+width, :], clipped at the edges as Python slicing. */
export function cropTensor(images: tf.Tensor4D, box: Box): tf.Tensor4D {
  const shape = batchShapeOf(images);
  const out = cropImages(float32Values(images), shape, box.top, box.left, box.height, box.width);
  return tf.tensor4d(out.values, [shape.batch, out.height, out.width, shape.channels], 'float32');
}

/** smart_resize: the centred crop of the target's aspect ratio, then a resize to the target. */
export function smartResizeTensor(images: tf.Tensor4D, height: number, width: number, arithmetic: BoxArithmetic, method: ResizeMethod = 'bilinear'): tf.Tensor4D {
  const [, inH, inW] = images.shape;
  const box = aspectCropBox(inH, inW, height, width, arithmetic);
  if (box.height <= 0 || box.width <= 0) throw new LayerConfigError(`smart_resize: the crop of ${inH}x${inW} to the aspect ratio of ${height}x${width} is empty`);
  return tf.tidy(() => resizeTensor(cropTensor(images, box), height, width, method));
}

/**
 * A target size argument (height=, width=). Keras stores any value and fails when called; the
 * engine says so when the layer is configured.
 */
export function requireSize(layer: string, name: string, value: Value | undefined): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new LayerConfigError(`${layer}: \`${name}\` must be a positive integer (pixels). Received: ${name}=${pyStr(value)}`);
}
