// keras.layers.RandomColorDegeneration (keras-layers.md §2.18, Keras 3 only): u ~ U(lo, hi) per
// image with the two-sided (−1, 1) factor parse; y = clip(x + u·(grey(x) − x), value_range), in
// float32. u = 1 is fully grey, u < 0 pushes colours away from grey. 1-channel images are their
// own grey (unchanged); other channel counts fail as in Keras. Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { grayscale } from '../kernels/colorspace';
import { f32 } from '../kernels/float32';
import { clip, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { requireGrayOrRgb } from './colorChecks';
import { clipRange, clippedTo, percent } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { ConfiguredLayer, LayerFactory } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { checkDataFormat } from './validation';
import { checkedValueRange } from './valueRangeArg';


/** y = clip(x + u·(g − x)) per image, g the pixel's grey value (x itself for 1 channel). */
function degenerate(values: Float32Array, channels: number, imageLength: number, factors: Float32Array, range: Range): Float32Array {
  const grey = channels === 3 ? grayscale(values) : values;
  const out = new Float32Array(values.length);
  const lo = f32(range[0]), hi = f32(range[1]);
  for (let b = 0; b < factors.length; b++) {
    const u = factors[b];
    for (let i = b * imageLength, end = i + imageLength; i < end; i++) {
      const x = values[i];
      out[i] = clip(f32(x + f32(u * f32(grey[(i / channels) | 0] - x))), lo, hi);
    }
  }
  return out;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [-1, 1]);
  const valueRange = checkedValueRange(args.value_range, version);

  return {
    className: 'RandomColorDegeneration',
    version,
    config: { ...args },
    activeAtInference: false,

    // Per image, the blend weight u towards grey.
    ...perImageNumberParts('RandomColorDegeneration', 'degeneration_factor', (rng, n) => uniformDraws(rng, n, lower, upper)),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      requireGrayOrRgb('RandomColorDegeneration', images.shape);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values, shape) => degenerate(values, shape.channels, imageLength, t.values, valueRange));
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    outputRange(input) {
      // u < 0 extrapolates away from grey by up to |u|·(hi − lo).
      const over = Math.max(0, -lower) * (input[1] - input[0]);
      return clipRange([input[0] - over, input[1] + over], valueRange);
    },

    describe(): LayerDescription {
      const details = [
        phrase('Each image is blended towards its greyscale version by a weight drawn from [{0}, {1}] (0 keeps the colours, 1 is fully grey).', lower, upper),
      ];
      if (lower < 0) {
        details.push(phrase('Negative weights (about {0} % of images here) push colours away from grey, i.e. saturate them; a single factor f means [−f, f] in Keras 3.', percent((Math.min(0, upper) - lower) / (upper - lower || 1))));
      }
      details.push(clippedTo(valueRange));
      return {
        summary: phrase('Desaturates (or oversaturates) each image by a random amount while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomColorDegeneration: LayerFactory = { className: 'RandomColorDegeneration', versions: [3], create };
