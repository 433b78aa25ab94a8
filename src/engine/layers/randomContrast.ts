// keras.layers.RandomContrast (keras-layers.md §2.12): y = clip((x − mean)·c + mean), mean per
// image and channel. Keras 3: c ~ U(1 − lo, 1 + hi) per image with the (0, 1) factor parse, so a
// scalar f gives [1, 1 + f] (contrast only increases), clipped to value_range. Keras 2: one c for
// the whole batch from [1 − f, 1 + f], clipped to [0, 255]. Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Range } from '../kernels/valueRange';
import { float32Copy, imageJobTensor } from '../tensors';
import { clipRange, clippedTo, valueRangeMismatch } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras2Bounds, keras3SetFactor } from './factors';
import { LayerConfigError, type ConfiguredLayer, type LayerFactory } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { pyStr } from './python';
import { storedValueRange } from './valueRangeArg';

/** The [min, max] of the contrast factor, as Keras passes them to the uniform draw. */
function contrastBounds(factor: Value, version: KerasVersion): Range {
  if (version === 3) {
    const [lower, upper] = keras3SetFactor(factor, [0, 1]);
    return [1 - lower, 1 + upper];
  }
  const [lower, upper] = Array.isArray(factor) ? keras2Bounds(factor) : keras2Bounds([factor, factor]);
  if (lower < 0 || upper < 0 || lower > 1) {
    throw new LayerConfigError(`\`factor\` argument cannot have negative values or values greater than 1.Received: factor=${pyStr(factor)}`);
  }
  if (lower === 0 && upper === 0) {
    // tf.image.stateless_random_contrast raises on every training call; say so up front.
    throw new LayerConfigError('RandomContrast: Keras 2 raises "upper must be > lower." whenever this layer is called in training: factor 0 leaves the range [1, 1] empty');
  }
  return [1 - lower, 1 + upper];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  const [cmin, cmax] = contrastBounds(args.factor, version);
  // Keras 3 clips to value_range as written (unsorted, unvalidated); Keras 2 always to [0, 255].
  const clip: Range = version === 3 ? storedValueRange('RandomContrast', args.value_range) : [0, 255];
  const perImage = version === 3;
  // Per image (Keras 2: one value for the whole batch, repeated).
  const parts = perImageNumberParts('RandomContrast', 'contrast_factor', (rng, n) =>
    perImage ? uniformDraws(rng, n, cmin, cmax) : new Float32Array(n).fill(uniformDraws(rng, 1, cmin, cmax)[0]),
  );

  return {
    className: 'RandomContrast',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: parts.sample,
    describeSample: parts.describeSample,

    apply(images, t, training, dtype = 'float32', buffers) {
      if (!training || !t) return float32Copy(images);
      if (version === 3 && dtype !== 'float32') {
        throw new LayerConfigError(
          `RandomContrast: Keras 3 fails on ${dtype} images called eagerly (cannot compute Sub as input #1(zero-based) was expected to be a ${dtype} tensor but is a float tensor); in tf.data they arrive as float32`,
        );
      }
      const mode = version === 3 ? 'height-then-width' : 'whole-image';
      return imageJobTensor(images, { kernel: 'contrast', params: { factors: t.values, mode, lo: clip[0], hi: clip[1] } }, buffers);
    },

    outputDtype: (dtype, training) => (version === 3 && !training ? dtype : 'float32'),

    parseTransformation(json, shape) {
      const t = parts.parseTransformation(json, shape);
      if (!perImage && t.values.some((f) => f !== t.values[0])) {
        throw new LayerConfigError('RandomContrast transformation: Keras 2 draws one contrast factor for the whole batch, so every "contrast_factor" must be equal');
      }
      return t;
    },

    outputRange(input) {
      // y = m + (x − m)·c with x, m in the input range: c > 1 reaches past both ends.
      const span = (input[1] - input[0]) * Math.max(0, cmax - 1);
      return clipRange([input[0] - span, input[1] + span], clip);
    },

    describe(context: DescribeContext): LayerDescription {
      const lo = f32(cmin), hi = f32(cmax);
      const range =
        cmin >= 1
          ? phrase('The contrast factor is drawn from [{0}, {1}]: it only ever increases contrast (a single factor f means [1, 1 + f] in Keras 3).', lo, hi)
          : cmax <= 1
            ? phrase('The contrast factor is drawn from [{0}, {1}]: it only ever reduces contrast.', lo, hi)
            : phrase('The contrast factor is drawn from [{0}, {1}]: below 1 flattens an image towards its mean colour, above 1 stretches it.', lo, hi);
      return {
        summary: phrase('Scales each image\'s contrast about its per-channel mean by a random factor while training.'),
        details: [
          range,
          perImage ? phrase('One factor per image, shared by its channels.') : phrase('Keras 2 draws one factor for the whole batch: every image of a batch gets the same contrast change.'),
          version === 3 ? clippedTo(clip) : phrase('Results are clipped to [0, 255] (Keras 2 has no value_range).'),
          ...(version === 3 ? valueRangeMismatch(clip, context) : []),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [
          phrase('Keras 3 (3.6 and later) draws one factor per image and reads a single factor f as [1, 1 + f]; Keras 2 and Keras 3.0–3.5 draw one factor per batch from [1 − f, 1 + f] and clip to [0, 255].'),
        ],
      };
    },
  };
}

export const randomContrast: LayerFactory = { className: 'RandomContrast', versions: [2, 3], create };
