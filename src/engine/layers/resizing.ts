// keras.layers.Resizing (keras-layers.md §2.10, §1.8–1.9): tf.image.resize to (height, width) in
// training and at inference, optionally after a centred crop to the target's aspect ratio
// (crop_to_aspect_ratio) or after padding to it with fill_value (pad_to_aspect_ratio, Keras 3:
// the same number of rows above and below). Keras 3 keeps integer inputs integer (round half to
// even, saturate); Keras 2 returns float32. Keras checks interpolation, fill_mode and the
// crop/pad pair only when called; the engine checks them up front, with the same messages.
import * as tf from '@tensorflow/tfjs-core';
import type { KerasVersion, Value } from '../../pipeline/model';
import { padImages } from '../kernels/crop';
import { f32 } from '../kernels/float32';
import { RESIZE_METHODS, type ResizeMethod } from '../kernels/resize';
import { roundSaturateInPlace } from '../kernels/saturateCast';
import { batchShapeOf, float32Values } from '../tensors';
import { aspectCropBox, aspectPadding } from './aspectBox';
import { phrase, type DescribeContext, type LayerDescription } from './description';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type KerasDtype, type LayerFactory } from './layer';
import { pyStr, pyTuple } from './python';
import { cropTensor, requireSize, resizeTensor } from './sizing';
import { transformationObject } from './transformationJson';
import { checkDataFormat, requireNumber } from './validation';

/** Keras 3's RESIZE_INTERPOLATIONS (TF backend), in its order. */
const KERAS3_METHODS: readonly ResizeMethod[] = ['bilinear', 'nearest', 'lanczos3', 'lanczos5', 'bicubic', 'area'];

/** tf_keras image_utils.get_interpolation: lower-cased, one of _TF_INTERPOLATION_METHODS. */
export function keras2Interpolation(value: Value | undefined): ResizeMethod {
  const v = typeof value === 'string' ? value.toLowerCase() : value;
  if (!RESIZE_METHODS.includes(v as ResizeMethod)) {
    throw new LayerConfigError(
      `Value not recognized for \`interpolation\`: ${pyStr(v)}. Supported values are: dict_keys([${RESIZE_METHODS.map((m) => `'${m}'`).join(', ')}])`,
    );
  }
  return v as ResizeMethod;
}

function keras3Checks(args: Readonly<Record<string, Value>>): ResizeMethod {
  if (!KERAS3_METHODS.includes(args.interpolation as ResizeMethod)) {
    throw new LayerConfigError(
      `Invalid value for argument \`interpolation\`. Expected of one ${pyTuple(KERAS3_METHODS)}. Received: interpolation=${pyStr(args.interpolation)}`,
    );
  }
  if (args.fill_mode !== 'constant') {
    throw new LayerConfigError(`Invalid value for argument \`fill_mode\`. Only \`'constant'\` is supported. Received: fill_mode=${pyStr(args.fill_mode)}`);
  }
  if (args.pad_to_aspect_ratio && args.crop_to_aspect_ratio) {
    throw new LayerConfigError('Only one of `pad_to_aspect_ratio` & `crop_to_aspect_ratio` can be `True`.');
  }
  return args.interpolation as ResizeMethod;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  // Keras 2 resolves the interpolation in __init__; Keras 3 standardises data_format there.
  const method = version === 2 ? keras2Interpolation(args.interpolation) : (checkDataFormat(args.data_format), keras3Checks(args));
  const height = requireSize('Resizing', 'height', args.height);
  const width = requireSize('Resizing', 'width', args.width);
  const crop = Boolean(args.crop_to_aspect_ratio);
  const pad = version === 3 && Boolean(args.pad_to_aspect_ratio);
  const antialias = version === 3 && Boolean(args.antialias);
  const fillValue = version === 3 ? requireNumber('Resizing', 'fill_value', args.fill_value) : 0;

  const prepare = (images: tf.Tensor4D, dtype: KerasDtype): tf.Tensor4D => {
    const [, inH, inW] = images.shape;
    if (crop) return cropTensor(images, aspectCropBox(inH, inW, height, width, version === 3 ? 'tf-float32' : 'keras2'));
    if (!pad) return images;
    const { rows, cols } = aspectPadding(inH, inW, height, width);
    if (rows <= 0 && cols <= 0) return images;
    // TF multiplies ones of the image's dtype by fill_value: a Python float (the default 0.0
    // included) cannot become uint8/int32 and Keras raises; an int works. The engine cannot tell
    // 0 from 0.0, so it raises only for fractional values.
    if (dtype !== 'float32' && !Number.isInteger(fillValue)) throw new LayerConfigError(`Cannot convert ${pyStr(fillValue)} to EagerTensor of dtype ${dtype}`);
    const shape = batchShapeOf(images);
    const out = padImages(float32Values(images), shape, Math.max(rows, 0), Math.max(cols, 0), f32(fillValue));
    return tf.tensor4d(out.values, [shape.batch, out.height, out.width, shape.channels], 'float32');
  };

  return {
    className: 'Resizing',
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images, _t, _training, dtype = 'float32') {
      const prepared = prepare(images, dtype);
      try {
        const out = resizeTensor(prepared, height, width, method, antialias);
        // Keras 3 returns the input dtype; TF's nearest already did (it only copies values).
        if (version === 3 && dtype !== 'float32' && method !== 'nearest') roundSaturateInPlace(float32Values(out), dtype);
        return out;
      } finally {
        if (prepared !== images) prepared.dispose();
      }
    },

    outputDtype: (input) => (version === 3 ? input : 'float32'),
    outputShape: (input: BatchShape) => ({ ...input, height, width }),

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('Resizing', json, []);
      return null;
    },

    outputRange: (range) => (pad ? [Math.min(range[0], fillValue), Math.max(range[1], fillValue)] : range),

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const details = [
        crop
          ? phrase('Crops the largest centred window with the aspect ratio of {0}×{1}, then resizes it to {0}×{1} px (no distortion).', width, height)
          : pad
            ? phrase('Pads the image with {0} to the aspect ratio of {1}×{2} (the same amount on both sides), then resizes it to {1}×{2} px.', fillValue, width, height)
            : phrase('Resizes to {0}×{1} px (width × height), stretching if the aspect ratio differs.', width, height),
        antialias ? phrase('Interpolation: {0}, antialiased when shrinking.', method) : phrase('Interpolation: {0}.', method),
      ];
      if (size) {
        const box = crop ? aspectCropBox(size.height, size.width, height, width, 'tf-float32') : undefined;
        details.push(
          box
            ? phrase('From {0}×{1} px it keeps a {2}×{3} px window (offset {4}, {5}) and scales it by {6}.', size.width, size.height, box.width, box.height, box.left, box.top, Math.round((100 * width) / box.width) / 100)
            : phrase('From {0}×{1} px: scales width by {2} and height by {3}.', size.width, size.height, Math.round((100 * width) / size.width) / 100, Math.round((100 * height) / size.height) / 100),
        );
      }
      return {
        summary: phrase('Resizes every image to {0}×{1} px, in training and at inference alike.', width, height),
        details,
        inference: phrase('Also applied at inference: model.predict() sees {0}×{1} px images.', width, height),
        versionNotes: [
          phrase('Keras 3 keeps integer inputs integer (rounded half to even, clipped to the dtype) and adds pad_to_aspect_ratio and antialias; Keras 2 returns float32 and also offers gaussian and mitchellcubic interpolation.'),
        ],
      };
    },
  };
}

export const resizing: LayerFactory = { className: 'Resizing', versions: [2, 3], create };
