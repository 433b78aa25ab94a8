// keras.layers.RandomBrightness (keras-layers.md §2.13): delta = U(lo, hi)·(vmax − vmin) per
// image, added to every value, then clipped to value_range. Keras 3 keeps integer images integer
// (delta truncated toward zero, uint8 wrapping); Keras 2 casts to float32 first. Training off: the
// input as it is (Keras 3, any dtype) or as float32 (Keras 2).
import type { KerasVersion, Value } from '../../pipeline/model';
import { adjustBrightness } from '../kernels/brightness';
import { f32 } from '../kernels/float32';
import { castTo } from '../kernels/integerCasts';
import type { Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { clipRange, clippedTo, valueRangeMismatch } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras3BaseFactor, pyNumeric } from './factors';
import { LayerConfigError, type ConfiguredLayer, type KerasDtype, type LayerFactory } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { pyRepr, pyStr } from './python';
import { checkedValueRange } from './valueRangeArg';

const K2_FACTOR_ERROR = 'The `factor` argument should be a number (or a list of two numbers) in the range [-1.0, 1.0]. ';

/** tf-keras RandomBrightness._set_factor: each bound in [−1, 1] (its own message), sorted; a scalar gives (−|f|, |f|). */
function keras2Factor(factor: Value): Range {
  const check = (v: number | undefined, shown: Value) => {
    if (v === undefined || v > 1 || v < -1) throw new LayerConfigError(K2_FACTOR_ERROR + `Got ${pyStr(shown)}`);
    return v;
  };
  if (Array.isArray(factor)) {
    if (factor.length !== 2) throw new LayerConfigError(K2_FACTOR_ERROR + `Got ${pyStr(factor)}`);
    const a = check(pyNumeric(factor[0]), factor[0]);
    const b = check(pyNumeric(factor[1]), factor[1]);
    return a <= b ? [a, b] : [b, a];
  }
  const f = pyNumeric(factor);
  if (f === undefined) throw new LayerConfigError(K2_FACTOR_ERROR + `Got ${pyStr(factor)}`);
  check(f, factor);
  return [-Math.abs(f), Math.abs(f)];
}

/**
 * clip()'s bounds as Keras 3 converts them to an integer dtype: whole numbers convert (wrapping
 * for uint8, so 1000 becomes 232), anything else fails as in TF.
 */
function boundsIn(dtype: KerasDtype, range: Range): Range {
  if (dtype === 'float32') return [f32(range[0]), f32(range[1])];
  for (const v of range) {
    if (!Number.isInteger(v)) throw new LayerConfigError(`RandomBrightness: Cannot convert ${pyRepr(v)} to EagerTensor of dtype ${dtype}`);
  }
  return [castTo(range[0], dtype), castTo(range[1], dtype)];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  const [lower, upper] = version === 3 ? keras3BaseFactor(args.factor, [-1, 1]) : keras2Factor(args.factor);
  const valueRange = checkedValueRange(args.value_range, version);
  const span = valueRange[1] - valueRange[0];
  const span32 = f32(span);
  // Keras 2 casts every input to float32; Keras 3 works in the input's own dtype.
  const workDtype = (dtype: KerasDtype): KerasDtype => (version === 3 ? dtype : 'float32');

  return {
    className: 'RandomBrightness',
    version,
    config: { ...args },
    activeAtInference: false,

    // Per image, the float32 value Keras adds (before any cast to an integer dtype).
    ...perImageNumberParts('RandomBrightness', 'brightness_delta', (rng, n) => uniformDraws(rng, n, lower, upper).map((u) => f32(u * span32))),

    apply(images, t, training, dtype = 'float32') {
      if (!training || !t) return float32Copy(images);
      const work = workDtype(dtype);
      const [lo, hi] = boundsIn(work, valueRange);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => adjustBrightness(values, imageLength, t.values, work, lo, hi));
    },

    outputDtype: (dtype) => workDtype(dtype),

    outputRange: (input) => clipRange([input[0] + lower * span, input[1] + upper * span], valueRange),

    describe(context: DescribeContext): LayerDescription {
      const [vmin, vmax] = valueRange;
      const shift =
        lower === -upper
          ? phrase('Brightness shifts by up to ±{0} % of the value range, i.e. ±{1} on {2}–{3}.', upper * 100, upper * span, vmin, vmax)
          : phrase('Brightness shifts by {0} % to {1} % of the value range, i.e. {2} to {3} on {4}–{5}.', lower * 100, upper * 100, lower * span, upper * span, vmin, vmax);
      return {
        summary: phrase('Adds a random brightness shift to each image while training.'),
        details: [shift, phrase('One shift per image, added to every pixel and channel alike.'), clippedTo(valueRange), ...valueRangeMismatch(valueRange, context)],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [
          phrase('Keras 3 keeps integer images integer: the shift is truncated toward zero, and on uint8 it wraps around before the clip. Keras 2 casts images to float32 first.'),
        ],
      };
    },
  };
}

export const randomBrightness: LayerFactory = { className: 'RandomBrightness', versions: [2, 3], create };
