// keras.layers.RandomPosterization (keras-layers.md §2.20, Keras 3 only): bits ~ randint[lo, hi)
// per image with the (1, 8) factor parse (the upper bound is never drawn; lo == hi uses lo);
// values are mapped to [0, 255], cast to uint8 (truncating), keep their top `bits` bits, and are
// mapped back, in float32. Training off: the input.
import type { KerasVersion, Value } from '../../pipeline/model';
import { toUint8 } from '../kernels/integerCasts';
import { transformValueRange, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { clipRange } from './colorDescription';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { perImageList, transformationObject } from './transformationJson';
import { pyRepr } from './python';
import { checkDataFormat } from './validation';
import { checkedValueRange } from './valueRangeArg';

export interface PosterizationTransformation {
  /** Per image, the number of bits kept (1–8). */
  readonly bits: readonly number[];
}

const FULL: Range = [0, 255];
const isBits = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8;

/** Keeps the top `bits` bits of each value of one image, in place, between the range mappings. */
function posterize(values: Float32Array, start: number, end: number, bits: number): void {
  const mask = (0xff << (8 - bits)) & 0xff;
  for (let i = start; i < end; i++) values[i] = toUint8(values[i]) & mask;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PosterizationTransformation> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [1, 8]);
  const valueRange = checkedValueRange(args.value_range, version);
  // Keras passes the bounds to randint (int64) or multiplies a uint8 tensor by them, so anything
  // but whole numbers fails on every training call, with this message; the engine raises it up
  // front. (The engine cannot tell 3 from 3.0, which Keras also rejects.)
  for (const v of lower === upper ? [lower] : [lower, upper]) {
    if (!Number.isInteger(v)) throw new LayerConfigError(`Cannot convert ${pyRepr(v)} to EagerTensor of dtype ${lower === upper ? 'uint8' : 'int64'}`);
  }

  return {
    className: 'RandomPosterization',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: (shape: BatchShape, rng) => ({ bits: Array.from({ length: shape.batch }, () => (lower === upper ? lower : rng.int(lower, upper))) }),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => {
        const full = transformValueRange(values, valueRange, FULL);
        t.bits.forEach((bits, b) => posterize(full, b * imageLength, (b + 1) * imageLength, bits));
        return transformValueRange(full, FULL, valueRange, full);
      });
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    describeSample: (t, index) => ({ bits: t.bits[index] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomPosterization', json, ['bits']);
      return { bits: perImageList('RandomPosterization', obj, 'bits', shape.batch, isBits, 'whole numbers of bits from 0 to 8') };
    },

    // Posterising only rounds values down to a coarser step.
    outputRange: (input) => clipRange(input, valueRange),

    describe(): LayerDescription {
      const kept = lower === upper ? [lower] : Array.from({ length: upper - lower }, (_, i) => lower + i);
      const levels = kept.map((b) => 2 ** b);
      return {
        summary: phrase('Reduces each image to fewer colour levels per channel while training.'),
        details: [
          kept.length === 1
            ? phrase('Every image keeps {0} bit(s) per channel: {1} levels instead of 256.', kept[0], levels[0])
            : phrase('Each image keeps between {0} and {1} bits per channel ({2} to {3} levels), drawn uniformly; {4} bits (the upper bound) is never drawn.', kept[0], kept[kept.length - 1], levels[0], levels[levels.length - 1], upper),
          phrase('Values are mapped from value_range [{0}, {1}] to [0, 255] and truncated to integers first.', valueRange[0], valueRange[1]),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomPosterization: LayerFactory = { className: 'RandomPosterization', versions: [3], create };
