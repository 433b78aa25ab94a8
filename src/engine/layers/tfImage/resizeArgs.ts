// What tf.image.resize and resize_with_pad share: the method names TF accepts, the dtype they
// return (float32, except nearest, which only copies values), and the resize itself, with TF's
// message for an empty output.
import type * as tf from '@tensorflow/tfjs-core';
import type { Value } from '../../../pipeline/model';
import { RESIZE_METHODS, resizeImages, type ResizeMethod } from '../../kernels/resize';
import { phrase, type Phrase } from '../description';
import { LayerConfigError, type KerasDtype } from '../layer';
import { pyStr } from '../python';
import { mapBatchResized } from './reshapedBatch';

/** tf.image.ResizeMethod's values (the enum's members are these strings). */
export function resizeMethod(value: Value | undefined): ResizeMethod {
  if (!RESIZE_METHODS.includes(value as ResizeMethod)) throw new LayerConfigError(`Resize method is not implemented: ${pyStr(value)}`);
  return value as ResizeMethod;
}

export function resizedDtype(method: ResizeMethod, input: KerasDtype): KerasDtype {
  return method === 'nearest' ? input : 'float32';
}

/** The batch resized to height×width, raising as TF's resize ops do for an empty size. */
export function resizeBatch(images: tf.Tensor4D, height: number, width: number, method: ResizeMethod, antialias: boolean): tf.Tensor4D {
  if (height <= 0 || width <= 0) throw new LayerConfigError('output dimensions must be positive');
  return mapBatchResized(images, (values, shape) => ({
    values: resizeImages(values, shape.batch, shape.height, shape.width, shape.channels, height, width, method, { antialias }),
    height,
    width,
  }));
}

export function interpolationPhrase(method: ResizeMethod, antialias: boolean): Phrase {
  return antialias ? phrase('Interpolation: {0}, antialiased when shrinking.', method) : phrase('Interpolation: {0}.', method);
}
