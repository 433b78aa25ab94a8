// keras.layers.RandomSaturation (keras-layers.md §2.16, Keras 3 only): u ~ U(lo, hi) per image
// with the two-sided (−1, 1) factor parse, k = u/(1 − u + 1e-7); S = clip(S·k, value_range) in
// HSV, without mapping the values to [0, 1] (HSV is scale-invariant in V). So a scalar f draws u
// from [−f, f]: u < 0 gives a fully grey image, and f ≤ 0.5 never raises saturation; S is
// clipped to value_range rather than [0, 1]. Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { adjustSaturation } from '../kernels/hueSaturation';
import { float32Copy, mapBatch } from '../tensors';
import { requireFloat, requireRgb } from './colorChecks';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { ConfiguredLayer, LayerFactory } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { checkDataFormat } from './validation';
import { checkedValueRange } from './valueRangeArg';

const EPSILON = f32(1e-7);

/** k = u / (1 − u + ε) in float32, as Keras turns its draw into a multiplier. */
export function saturationMultiplier(u: number): number {
  return f32(u / f32(f32(1 - u) + EPSILON));
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [-1, 1]);
  const valueRange = checkedValueRange(args.value_range, version);
  const kmax = saturationMultiplier(f32(upper));

  return {
    className: 'RandomSaturation',
    version,
    config: { ...args },
    activeAtInference: false,

    // Per image, the multiplier k of S.
    ...perImageNumberParts('RandomSaturation', 'saturation_factor', (rng, n) => uniformDraws(rng, n, lower, upper).map(saturationMultiplier)),

    apply(images, t, training, dtype = 'float32') {
      if (!training || !t) return float32Copy(images);
      requireRgb('RandomSaturation', images.shape[3]);
      requireFloat('RandomSaturation', dtype);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => adjustSaturation(values, imageLength, t.values, valueRange[0], valueRange[1]));
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    outputRange(input) {
      // S above 1 (possible with value_range (0, 255)) pushes the other channels below 0: V·(1 − S).
      const sMax = Math.min(Math.max(kmax, 0), valueRange[1]);
      return sMax > 1 ? [Math.min(input[0], input[1] * (1 - sMax)), input[1]] : input;
    },

    describe(): LayerDescription {
      const details = [
        phrase('Saturation is multiplied by u/(1 − u) for u drawn from [{0}, {1}] per image: u = 0.5 leaves it, u ≤ 0 makes the image grey, u near 1 saturates strongly.', lower, upper),
      ];
      if (lower < 0) {
        details.push(phrase('Here u < 0 for about {0} % of images, which come out fully grey (a single factor f means [−f, f] in Keras 3).', Math.round((Math.min(0, upper) - lower) / (upper - lower) * 1000) / 10));
      }
      if (kmax > 1 && valueRange[1] > 1) {
        details.push(phrase('Saturation is clipped to value_range [{0}, {1}], not to [0, 1], so strong factors overshoot and produce negative channel values.', valueRange[0], valueRange[1]));
      }
      return {
        summary: phrase('Changes the colour saturation of each image by a random factor while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomSaturation: LayerFactory = { className: 'RandomSaturation', versions: [3], create };
