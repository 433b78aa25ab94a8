// RandomHeight and RandomWidth (Keras 2, and Keras 3's legacy copies; keras-layers.md §2.36): one
// factor per call, f = U(1 + lower, 1 + upper) in float32, the new size int(f·size), then
// tf.image.resize of the whole batch to it. Training off: the input unchanged (Keras 2 keeps its
// dtype). Keras 3's legacy layer converts its input to float32 first and fails on integer input;
// it checks interpolation only when called (the engine checks it up front).
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { RESIZE_METHODS, type ResizeMethod } from '../kernels/resize';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras2ResizeFactor } from './geometryFactors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyStr } from './python';
import { keras2Interpolation } from './resizing';
import { resizeTensor } from './sizing';
import { transformationObject } from './transformationJson';

export interface AxisResizeTransformation {
  /** The drawn float32 factor (NaN when the size was stated), and the new size in pixels. */
  readonly factor: number;
  readonly size: number;
}

type Axis = 'height' | 'width';

/** Keras 3's legacy layer hands interpolation to tf.image.resize as is (no lower-casing). */
function legacyInterpolation(value: Value | undefined): ResizeMethod {
  if (!RESIZE_METHODS.includes(value as ResizeMethod)) throw new LayerConfigError(`Resize method is not implemented: ${pyStr(value)}`);
  return value as ResizeMethod;
}

function create(axis: Axis, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<AxisResizeTransformation> {
  const className = axis === 'height' ? 'RandomHeight' : 'RandomWidth';
  const [lower, upper] = keras2ResizeFactor(args.factor, axis === 'height' ? 'lesser' : 'less');
  const method = version === 2 ? keras2Interpolation(args.interpolation) : legacyInterpolation(args.interpolation);
  const [lo, hi] = [1 + lower, 1 + upper].map(f32);
  const extent = (shape: BatchShape) => (axis === 'height' ? shape.height : shape.width);
  const factorKey = `${axis}_factor`;

  return {
    className,
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const factor = f32(rng.uniform(lo, hi));
      return { factor, size: Math.trunc(f32(factor * extent(shape))) };
    },

    apply(images, t, training, dtype = 'float32') {
      if (version === 3 && dtype !== 'float32') {
        throw new LayerConfigError(`${className} (Keras 3 legacy) converts its input to float32 and fails on ${dtype}: Tensor conversion requested dtype float32 for Tensor with dtype ${dtype}`);
      }
      if (!training || !t) return float32Copy(images);
      // tf.image.resize rejects an empty size.
      if (t.size <= 0) throw new LayerConfigError(`${className}: the drawn ${axis} is ${t.size} px; output dimensions must be positive`);
      const [, height, width] = images.shape;
      return axis === 'height' ? resizeTensor(images, t.size, width, method) : resizeTensor(images, height, t.size, method);
    },

    outputDtype: (input, training) => (version === 2 && !training ? input : 'float32'),
    outputShape: (input, t, training) => (training && t ? { ...input, [axis]: t.size } : input),

    describeSample: (t) => ({ [axis]: t.size, ...(Number.isNaN(t.factor) ? {} : { [factorKey]: t.factor }) }),

    parseTransformation(json) {
      const obj = transformationObject(className, json, [axis]);
      const size = obj[axis];
      if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) {
        throw new LayerConfigError(`${className} transformation: "${axis}" must be a whole number of pixels > 0 (one for the batch), got ${JSON.stringify(size)}`);
      }
      return { factor: NaN, size };
    },

    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const known = context.inputSize?.[axis];
      // Height and width get their own sentences (not the axis name as an argument), so each translates whole.
      const details = axis === 'height'
        ? [phrase('The height is multiplied by a factor drawn uniformly from {0} to {1} (once per call: every image of a batch gets the same new height), then truncated to whole pixels.', 1 + lower, 1 + upper)]
        : [phrase('The width is multiplied by a factor drawn uniformly from {0} to {1} (once per call: every image of a batch gets the same new width), then truncated to whole pixels.', 1 + lower, 1 + upper)];
      details.push(phrase('The other side is unchanged, so the aspect ratio changes. Interpolation: {0}.', method));
      if (known) {
        const [from, to] = [Math.trunc((1 + lower) * known), Math.trunc((1 + upper) * known)];
        details.push(axis === 'height'
          ? phrase('At a height of {0} px the new height is {1}–{2} px.', known, from, to)
          : phrase('At a width of {0} px the new width is {1}–{2} px.', known, from, to));
      }
      return {
        summary: axis === 'height'
          ? phrase('Stretches or squeezes images vertically to a random height while training.')
          : phrase('Stretches or squeezes images horizontally to a random width while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('A Keras 2 layer; Keras 3 keeps it only as a legacy layer (TensorFlow backend), which needs float input.')],
      };
    },
  };
}

export const axisResizeFactory = (axis: Axis): LayerFactory => ({
  className: axis === 'height' ? 'RandomHeight' : 'RandomWidth',
  versions: [2, 3],
  create: (args, version) => create(axis, args, version),
});
