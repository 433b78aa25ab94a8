// keras.layers.RandomShear (Keras 3 only; keras-layers.md §2.5). Per image, in draw order: a sign
// (−1 when U(0,1) > 0.5) shared by both axes, sy = U(y range), sx = U(x range); the factors are
// (sx, sy)·sign. Output (x, y) reads input (x + sx·y, sy·x + y) (row [1, sx, 0, sy, 1, 0, 0, 0]):
// uncentred, so the top-left pixel stays put, and the shear is a slope in pixels per pixel, not an
// angle. Training off: float32 copy.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { fillOutputRange, perImageNumbers, rowsPerImage, transformBatch } from './affineLayer';
import { fillModePhrase, phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription, type Phrase } from './description';
import { keras3LayerFactor, SHEAR_FACTOR_MESSAGE } from './geometryFactors';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { checkDataFormat, checkFillModeAndInterpolation, requireNumber } from './validation';

export interface ShearTransformation {
  /** Per image, the signed float32 factors. */
  readonly shearX: Float32Array;
  readonly shearY: Float32Array;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<ShearTransformation> {
  checkDataFormat(args.data_format);
  const inRange = (v: number) => v <= 1 && v >= 0;
  const [xLo, xHi] = keras3LayerFactor(args.x_factor, 'x_factor', SHEAR_FACTOR_MESSAGE, inRange).map(f32);
  const [yLo, yHi] = keras3LayerFactor(args.y_factor, 'y_factor', SHEAR_FACTOR_MESSAGE, inRange).map(f32);
  const fill = {
    ...checkFillModeAndInterpolation(args.fill_mode, args.interpolation, version),
    fillValue: requireNumber('RandomShear', 'fill_value', args.fill_value),
  };

  return {
    className: 'RandomShear',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const n = shape.batch;
      const sign = Array.from({ length: n }, () => (rng.uniform() > 0.5 ? -1 : 1));
      const sy = Array.from({ length: n }, () => rng.uniform(yLo, yHi));
      const sx = Array.from({ length: n }, () => rng.uniform(xLo, xHi));
      return { shearX: Float32Array.from(sx, (v, i) => f32(v) * sign[i]), shearY: Float32Array.from(sy, (v, i) => f32(v) * sign[i]) };
    },

    apply(images, t, training, _dtype, buffers) {
      if (!training || !t) return float32Copy(images);
      return transformBatch('RandomShear', images, rowsPerImage(t.shearX.length, (i) => [1, t.shearX[i], 0, t.shearY[i], 1, 0, 0, 0]), fill, buffers);
    },

    describeSample: (t, index) => ({ shear_x: t.shearX[index], shear_y: t.shearY[index] }),

    parseTransformation(json, shape) {
      const [shearX, shearY] = perImageNumbers('RandomShear', json, shape, ['shear_x', 'shear_y']);
      return { shearX, shearY };
    },

    outputRange: (range) => fillOutputRange(range, fill),

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      // One literal sentence per axis and per known/unknown size, so each translates whole.
      const axis = (hi: number, other: number | undefined, which: 'x' | 'y'): Phrase | undefined => {
        if (hi === 0) return undefined;
        if (which === 'x') {
          return other === undefined
            ? phrase('Each row moves sideways by up to {0} × its distance from the top (shear_x).', hi)
            : phrase('Each row moves sideways by up to {0} × its distance from the top: up to {1} px at the far edge of {2} px (shear_x).', hi, Math.round(hi * (other - 1)), other);
        }
        return other === undefined
          ? phrase('Each column moves up or down by up to {0} × its distance from the left (shear_y).', hi)
          : phrase('Each column moves up or down by up to {0} × its distance from the left: up to {1} px at the far edge of {2} px (shear_y).', hi, Math.round(hi * (other - 1)), other);
      };
      const details = [axis(Math.max(Math.abs(xLo), Math.abs(xHi)), size?.height, 'x'), axis(Math.max(Math.abs(yLo), Math.abs(yHi)), size?.width, 'y')].filter(
        (p): p is Phrase => p !== undefined,
      );
      if (!details.length) details.push(phrase('Both factors are 0: images pass through unchanged.'));
      details.push(
        phrase('The shear is anchored at the top-left corner (not the centre), and one random sign flips both axes together.'),
        fillModePhrase(fill.fillMode, fill.fillValue, fill.interpolation),
      );
      return {
        summary: phrase('Shears images by a random slope while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('RandomShear exists only in Keras 3.')],
      };
    },
  };
}

export const randomShear: LayerFactory = { className: 'RandomShear', versions: [3], create };
