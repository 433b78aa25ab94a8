// keras.layers.RandomHue (keras-layers.md §2.15, Keras 3 only): per image a sign (U(0,1) > 0.5
// gives −1) and then u ~ U(lo, hi) with the (0, 1) factor parse; the hue (in turns, [0, 1)) moves
// by sign·u·0.5, at most half a turn. Values are mapped value_range → [0, 1], shifted in HSV,
// clipped to [0, 1] and mapped back. Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { adjustHue } from '../kernels/hueSaturation';
import { transformValueRange, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { requireRgb } from './colorChecks';
import { valueRangeMismatch } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { ConfiguredLayer, LayerFactory, ValueRange } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { checkDataFormat } from './validation';
import { storedValueRange } from './valueRangeArg';

const UNIT: Range = [0, 1];

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [0, 1]);
  const valueRange = storedValueRange('RandomHue', args.value_range);

  return {
    className: 'RandomHue',
    version,
    config: { ...args },
    activeAtInference: false,

    // Per image, the shift added to the hue in turns (−0.5 … 0.5): all signs are drawn, then all magnitudes.
    ...perImageNumberParts('RandomHue', 'hue_shift', (rng, n) => {
      const signs = uniformDraws(rng, n, 0, 1).map((u) => (u > 0.5 ? -1 : 1));
      return uniformDraws(rng, n, lower, upper).map((u, i) => f32(f32(signs[i] * u) * 0.5));
    }),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      requireRgb('RandomHue', images.shape[3]);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => {
        const unit = transformValueRange(values, valueRange, UNIT);
        adjustHue(unit, imageLength, t.values, unit);
        return transformValueRange(unit, UNIT, valueRange, unit);
      });
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    // A hue rotation keeps each pixel's max and min channel, so values stay where they were.
    outputRange: (input): ValueRange => input,

    describe(context: DescribeContext): LayerDescription {
      return {
        summary: phrase('Rotates the hue of each image by a random amount while training.'),
        details: [
          phrase('The hue turns by {0}° to {1}° (factor × 180°), clockwise or anticlockwise with equal chance, one amount per image.', lower * 180, upper * 180),
          phrase('Pixel values are mapped from value_range [{0}, {1}] to [0, 1] for the HSV conversion and back.', valueRange[0], valueRange[1]),
          ...valueRangeMismatch(valueRange, context),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomHue: LayerFactory = { className: 'RandomHue', versions: [3], create };
