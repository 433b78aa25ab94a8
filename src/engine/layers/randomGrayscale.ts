// keras.layers.RandomGrayscale (keras-layers.md §2.14, Keras 3 only): each image turns grey where
// U(0, 1) < factor. The grey value (0.2989·R + 0.587·G + 0.114·B) is cast back to the input dtype
// (truncated for integers) and broadcast to all 3 channels; 1-channel images stay as they are.
// Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { grayscale } from '../kernels/colorspace';
import { castInPlace } from '../kernels/integerCasts';
import { float32Copy, mapBatch } from '../tensors';
import { requireGrayOrRgb } from './colorChecks';
import { percent } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { pyNumeric } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { perImageBooleans, uniformDraws } from './perImageDraws';
import { pyStr, pyTypeName } from './python';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

export interface GrayscaleTransformation {
  /** Per image: whether it turns grey. */
  readonly gray: readonly boolean[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<GrayscaleTransformation> {
  const factor = pyNumeric(args.factor);
  // Keras compares `factor < 0` first: a TypeError for anything but a number.
  if (factor === undefined) throw new LayerConfigError(`'<' not supported between instances of '${pyTypeName(args.factor)}' and 'int'`);
  if (factor < 0 || factor > 1) throw new LayerConfigError(`\`factor\` should be between 0 and 1. Received: factor=${pyStr(args.factor)}`);
  checkDataFormat(args.data_format);

  return {
    className: 'RandomGrayscale',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: (shape: BatchShape, rng) => ({ gray: Array.from(uniformDraws(rng, shape.batch, 0, 1), (u) => u < factor) }),

    apply(images, t, training, dtype = 'float32') {
      if (!training || !t || images.shape[3] === 1 || !t.gray.some(Boolean)) {
        if (training) requireGrayOrRgb('RandomGrayscale', images.shape);
        return float32Copy(images);
      }
      requireGrayOrRgb('RandomGrayscale', images.shape);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => {
        const grey = castInPlace(grayscale(values), dtype);
        const out = Float32Array.from(values);
        t.gray.forEach((g, b) => {
          if (!g) return;
          for (let i = b * imageLength, end = i + imageLength; i < end; i += 3) out[i] = out[i + 1] = out[i + 2] = grey[i / 3];
        });
        return out;
      });
    },

    // rgb_to_grayscale casts back to the input dtype, and where() keeps it.
    outputDtype: (dtype) => dtype,

    describeSample: (t, index) => ({ gray: t.gray[index] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomGrayscale', json, ['gray']);
      return { gray: perImageBooleans('RandomGrayscale', obj, 'gray', shape.batch) };
    },

    outputRange: (input) => input,

    describe(): LayerDescription {
      return {
        summary: phrase('Turns images grey at random while training.'),
        details: [
          phrase('Each image becomes greyscale with probability {0} % (0.2989·R + 0.587·G + 0.114·B, repeated in all three channels).', percent(factor)),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only. Integer images stay integer: the grey value is truncated.')],
      };
    },
  };
}

export const randomGrayscale: LayerFactory = { className: 'RandomGrayscale', versions: [3], create };
