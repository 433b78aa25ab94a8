// keras.layers.RandomTranslation (keras-layers.md §2.4): per image dy = U(height range)·H, then
// dx = U(width range)·W (float32 pixels, fractional allowed), and the row [1, 0, −dx, 0, 1, −dy, 0, 0]:
// positive dy moves the content down, positive dx right. Keras 2 draws the same; it keeps pairs
// unsorted and rejects upper < lower. Training off: float32 copy.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { fillOutputRange, perImageNumbers, rowsPerImage, transformBatch } from './affineLayer';
import { fillModePhrase, phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription, type Phrase } from './description';
import type { Range } from './factors';
import { keras2TranslationFactor, keras3LayerFactor, TRANSLATION_FACTOR_MESSAGE } from './geometryFactors';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { checkDataFormat, checkFillModeAndInterpolation, requireNumber } from './validation';

export interface TranslationTransformation {
  /** Per image, float32 pixels as Keras computes them (fraction · size). */
  readonly dy: Float32Array;
  readonly dx: Float32Array;
}

function factorRange(factor: Value, name: 'height_factor' | 'width_factor', version: KerasVersion): Range {
  if (version === 2) return keras2TranslationFactor(factor, name);
  return keras3LayerFactor(factor, name, TRANSLATION_FACTOR_MESSAGE, (v) => v <= 1 && v >= -1);
}

/** One literal sentence per axis and case (the direction words are part of it), so each translates whole. */
function shiftPhrase(lo: number, hi: number, size: number | undefined, axis: 'vertical' | 'horizontal'): Phrase {
  const vertical = axis === 'vertical';
  if (size === undefined) {
    if (lo === -hi) {
      return vertical
        ? phrase('Shifts vertically by up to ±{0} % of the height (positive is down).', 100 * hi)
        : phrase('Shifts horizontally by up to ±{0} % of the width (positive is right).', 100 * hi);
    }
    return vertical
      ? phrase('Shifts vertically by {0} % to {1} % of the height (positive is down).', 100 * lo, 100 * hi)
      : phrase('Shifts horizontally by {0} % to {1} % of the width (positive is right).', 100 * lo, 100 * hi);
  }
  const [loPx, hiPx] = [Math.round(lo * size * 10) / 10, Math.round(hi * size * 10) / 10];
  if (lo === -hi) {
    return vertical
      ? phrase('Shifts vertically by up to ±{0} px (±{1} % of {2} px; positive is down, negative up).', hiPx, 100 * hi, size)
      : phrase('Shifts horizontally by up to ±{0} px (±{1} % of {2} px; positive is right, negative left).', hiPx, 100 * hi, size);
  }
  return vertical
    ? phrase('Shifts vertically by {0} to {1} px ({2} % to {3} % of {4} px; positive is down).', loPx, hiPx, 100 * lo, 100 * hi, size)
    : phrase('Shifts horizontally by {0} to {1} px ({2} % to {3} % of {4} px; positive is right).', loPx, hiPx, 100 * lo, 100 * hi, size);
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<TranslationTransformation> {
  if (version === 3) checkDataFormat(args.data_format);
  const [hLo, hHi] = factorRange(args.height_factor, 'height_factor', version);
  const [wLo, wHi] = factorRange(args.width_factor, 'width_factor', version);
  const fill = {
    ...checkFillModeAndInterpolation(args.fill_mode, args.interpolation, version),
    fillValue: requireNumber('RandomTranslation', 'fill_value', args.fill_value),
  };
  const [hLo32, hHi32, wLo32, wHi32] = [hLo, hHi, wLo, wHi].map(f32);

  return {
    className: 'RandomTranslation',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const dy = Float32Array.from({ length: shape.batch }, () => f32(rng.uniform(hLo32, hHi32)) * shape.height);
      const dx = Float32Array.from({ length: shape.batch }, () => f32(rng.uniform(wLo32, wHi32)) * shape.width);
      return { dy, dx };
    },

    apply(images, t, training, _dtype, buffers) {
      if (!training || !t) return float32Copy(images);
      return transformBatch('RandomTranslation', images, rowsPerImage(t.dy.length, (i) => [1, 0, -t.dx[i], 0, 1, -t.dy[i], 0, 0]), fill, buffers);
    },

    describeSample: (t, index) => ({ dy_px: t.dy[index], dx_px: t.dx[index] }),

    parseTransformation(json, shape) {
      const [dy, dx] = perImageNumbers('RandomTranslation', json, shape, ['dy_px', 'dx_px']);
      return { dy, dx };
    },

    outputRange: (range) => fillOutputRange(range, fill),

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      return {
        summary: phrase('Shifts images by a random offset while training (a fraction of their height and width).'),
        details: [
          shiftPhrase(hLo, hHi, size?.height, 'vertical'),
          shiftPhrase(wLo, wHi, size?.width, 'horizontal'),
          phrase('The two shifts are drawn independently for each image and may be fractional, which blends neighbouring pixels with bilinear interpolation.'),
          fillModePhrase(fill.fillMode, fill.fillValue, fill.interpolation),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 2 draws the same shifts; it keeps (lower, upper) pairs as written and rejects upper < lower, while Keras 3 sorts them.')],
      };
    },
  };
}

export const randomTranslation: LayerFactory = { className: 'RandomTranslation', versions: [2, 3], create };
