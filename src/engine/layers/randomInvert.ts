// keras.layers.RandomInvert (keras-layers.md §2.21, Keras 3 only): per image p ~ U(factor) with
// the (0, 1) parse, then u ~ U(0, 1); where u < p, y = value_range[1] − x (not vmin + vmax − x),
// in float32. The default factor 1.0 parses to (0, 1): about half the images, not all.
// Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { float32Copy, mapBatch } from '../tensors';
import { percent } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { expectedApplyRate, perImageBooleans, probabilityDraws } from './perImageDraws';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';
import { storedValueRange } from './valueRangeArg';

export interface InvertTransformation {
  /** Per image: whether it is inverted. */
  readonly inverted: readonly boolean[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<InvertTransformation> {
  const [lower, upper] = keras3SetFactor(args.factor, [0, 1]);
  const valueRange = storedValueRange('RandomInvert', args.value_range);
  checkDataFormat(args.data_format);
  const top = f32(valueRange[1]);

  return {
    className: 'RandomInvert',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: (shape: BatchShape, rng) => ({ inverted: probabilityDraws(rng, shape.batch, lower, upper) }),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => {
        const out = Float32Array.from(values);
        t.inverted.forEach((inv, b) => {
          if (inv) for (let i = b * imageLength, end = i + imageLength; i < end; i++) out[i] = f32(top - values[i]);
        });
        return out;
      });
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    describeSample: (t, index) => ({ inverted: t.inverted[index] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomInvert', json, ['inverted']);
      return { inverted: perImageBooleans('RandomInvert', obj, 'inverted', shape.batch) };
    },

    outputRange: (input) => [Math.min(input[0], valueRange[1] - input[1]), Math.max(input[1], valueRange[1] - input[0])],

    describe(): LayerDescription {
      const details = [
        phrase('About {0} % of images are inverted: each draws a probability from [{1}, {2}], then a coin against it.', percent(expectedApplyRate(lower, upper)), lower, upper),
        phrase('Inverting maps x to {0} − x (value_range[1] − x).', valueRange[1]),
      ];
      if (valueRange[0] !== 0) {
        details.push(phrase('value_range starts at {0}, not 0, so inverted values are not mirrored within the range: {0} becomes {1}.', valueRange[0], valueRange[1] - valueRange[0]));
      }
      if (upper === 1 && lower === 0) details.push(phrase('The default factor 1.0 means a probability drawn from [0, 1]: half the images on average, not all; factor=(1, 1) inverts every image.'));
      return {
        summary: phrase('Inverts the colours of randomly chosen images while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomInvert: LayerFactory = { className: 'RandomInvert', versions: [3], create };
