// keras.layers.Solarization (keras-layers.md §2.22, Keras 3 only). Per image, an addition
// ~ U(add_lo, add_hi·255) and a threshold ~ U(thr_lo, thr_hi·255): only the upper bounds are
// scaled by 255. Values mapped to [0, 255]: r = clip(x + addition, 0, 255), then r stays below
// the threshold and becomes 255 − r from it on; mapped back, float32. The defaults (0, 0) give
// threshold 0: every value is inverted. Training off: the input cast to float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { clip, transformValueRange, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { phrase, type LayerDescription } from './description';
import { pyNumeric } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { perImageFloats, uniformDraws } from './perImageDraws';
import { pyStr } from './python';
import { transformationObject } from './transformationJson';
import { checkedValueRange } from './valueRangeArg';

export interface SolarizationTransformation {
  /** Per image, float32, in [0, 255] units. */
  readonly additions: Float32Array;
  readonly thresholds: Float32Array;
}

const FULL: Range = [0, 255];
const FACTOR_ERROR = 'The `addition_factor` and `threshold_factor` arguments should be a number (or a list of two numbers) in the range [0, 1]. ';

/** Solarization._set_factor: each number in [0, 1]; a scalar f gives (0, f), a pair is sorted. */
function solarizationFactor(value: Value | undefined, name: string): Range {
  const inRange = (v: Value) => {
    const n = pyNumeric(v);
    if (n === undefined) throw new LayerConfigError(FACTOR_ERROR + `Received: ${name}=${pyStr(value)}`);
    if (n > 1 || n < 0) throw new LayerConfigError(FACTOR_ERROR + `Received: input_number=${pyStr(v)}`);
    return n;
  };
  if (Array.isArray(value)) {
    if (value.length !== 2) throw new LayerConfigError(FACTOR_ERROR + `Received: ${name}=${pyStr(value)}`);
    const a = inRange(value[0]);
    const b = inRange(value[1]);
    return a <= b ? [a, b] : [b, a];
  }
  if (value === undefined || value === null) throw new LayerConfigError(FACTOR_ERROR + `Received: ${name}=${pyStr(value)}`);
  return [0, inRange(value)];
}

function solarize(values: Float32Array, imageLength: number, t: SolarizationTransformation): void {
  for (let b = 0; b < t.additions.length; b++) {
    const add = t.additions[b], threshold = t.thresholds[b];
    for (let i = b * imageLength, end = i + imageLength; i < end; i++) {
      const r = clip(f32(values[i] + add), 0, 255);
      values[i] = r < threshold ? r : f32(255 - r);
    }
  }
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<SolarizationTransformation> {
  const [addLo, addHi] = solarizationFactor(args.addition_factor, 'addition_factor');
  const [thrLo, thrHi] = solarizationFactor(args.threshold_factor, 'threshold_factor');
  const valueRange = checkedValueRange(args.value_range, version);

  return {
    className: 'Solarization',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: (shape: BatchShape, rng) => ({
      additions: uniformDraws(rng, shape.batch, addLo, addHi * 255),
      thresholds: uniformDraws(rng, shape.batch, thrLo, thrHi * 255),
    }),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values) => {
        const full = transformValueRange(values, valueRange, FULL);
        solarize(full, imageLength, t);
        return transformValueRange(full, FULL, valueRange, full);
      });
    },

    describeSample: (t, index) => ({ addition: t.additions[index], threshold: t.thresholds[index] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('Solarization', json, ['addition', 'threshold']);
      return {
        additions: perImageFloats('Solarization', obj, 'addition', shape.batch),
        thresholds: perImageFloats('Solarization', obj, 'threshold', shape.batch),
      };
    },

    outputRange: () => valueRange,

    describe(): LayerDescription {
      const scale = (valueRange[1] - valueRange[0]) / 255;
      const details = [
        thrLo === thrHi * 255
          ? phrase('Every value at or above {0} (on the 0–255 scale) is inverted (255 − x).', thrLo)
          : phrase('Values at or above a threshold drawn from [{0}, {1}] (on the 0–255 scale, i.e. [{2}, {3}] in value_range) are inverted (255 − x).', thrLo, thrHi * 255, valueRange[0] + thrLo * scale, valueRange[0] + thrHi * 255 * scale),
      ];
      if (addHi > 0) {
        details.push(addLo === addHi * 255
          ? phrase('Before that, {0} (on the 0–255 scale) is added and the result clipped to [0, 255].', addLo)
          : phrase('Before that, a random value drawn per image from {0} to {1} (on the 0–255 scale) is added and the result clipped to [0, 255].', addLo, addHi * 255));
      }
      if (thrHi === 0) details.push(phrase('With threshold_factor 0 the threshold is 0, so every pixel of every image is inverted.'));
      if ((addLo > 0 && addLo < 1) || (thrLo > 0 && thrLo < 1)) {
        details.push(phrase('Only the upper end of a (low, high) factor is multiplied by 255: the lower end stays as written, on the 0–255 scale.'));
      }
      if (valueRange[0] !== 0 || valueRange[1] !== 255) details.push(phrase('Values are mapped from value_range [{0}, {1}] to [0, 255] and back.', valueRange[0], valueRange[1]));
      return {
        summary: phrase('Solarizes images (inverts the bright values) while training.'),
        details,
        inference: phrase('At inference (training=False) images pass through unchanged (cast to float32).'),
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const solarization: LayerFactory = { className: 'Solarization', versions: [3], create };
