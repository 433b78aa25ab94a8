// keras.layers.RandomPerspective (Keras 3 only; keras-layers.md §2.6). Draws, in order: per image
// p = U(factor), then per image u = U(0, 1) (applied when u < p: a scalar factor f parses to
// (0, f), so the default 1.0 applies to about half the images), then per image 4 corners × (x, y)
// factors U(−scale/2, scale/2). Corners [(0,0), (W−1,0), (0,H−1), (W−1,H−1)] move to
// start + start·factor (so (0,0) never moves), and the homography between them is applied with
// constant fill_value. Images not applied come back unchanged. Training off: float32 copy.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { homographyRow } from '../kernels/homography';
import { INTERPOLATIONS, projectiveTransform, type Interpolation } from '../kernels/projectiveTransform';
import type { Rng } from '../rng';
import { float32Copy, mapBatch } from '../tensors';
import { fillOutputRange } from './affineLayer';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras3SetFactor, pyNumeric } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyStr, pyTuple } from './python';
import { isBoolean, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat, requireNumber } from './validation';

export interface PerspectiveTransformation {
  readonly applied: readonly boolean[];
  /** Per image 8 float32 factors: (x, y) of the top-left, top-right, bottom-left, bottom-right corner. */
  readonly factors: Float32Array;
}

/** The corners Keras starts from, as (x, y) pairs. */
function startCorners(height: number, width: number): Float32Array {
  return Float32Array.from([0, 0, width - 1, 0, 0, height - 1, width - 1, height - 1]);
}

/** Per image, the homography row Keras's perspective_transform would use. */
export function perspectiveRows(t: PerspectiveTransformation, height: number, width: number): Float32Array {
  const start = startCorners(height, width);
  const rows = new Float32Array(8 * t.applied.length);
  const end = new Float32Array(8);
  for (let i = 0; i < t.applied.length; i++) {
    for (let k = 0; k < 8; k++) end[k] = f32(start[k] + f32(start[k] * t.factors[8 * i + k]));
    homographyRow(start, end, rows, 8 * i);
  }
  return rows;
}

function isFactorList(v: unknown): v is number[] {
  return Array.isArray(v) && v.length === 8 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerspectiveTransformation> {
  checkDataFormat(args.data_format);
  const [pLo, pHi] = keras3SetFactor(args.factor, [0, 1]).map(f32);
  const scale = pyNumeric(args.scale);
  if (scale === undefined || scale < 0 || scale > 1) {
    throw new LayerConfigError(`The \`scale\` argument should be a number in the range [0,1]. Received: scale=${pyStr(args.scale)}`);
  }
  if (!INTERPOLATIONS.includes(args.interpolation as Interpolation)) {
    throw new LayerConfigError(`Unknown \`interpolation\` ${pyStr(args.interpolation)}. Expected of one ${pyTuple(INTERPOLATIONS)}.`);
  }
  const fill = { fillMode: 'constant' as const, interpolation: args.interpolation as Interpolation, fillValue: requireNumber('RandomPerspective', 'fill_value', args.fill_value) };
  const [sLo, sHi] = [-0.5 * scale, 0.5 * scale].map(f32);

  return {
    className: 'RandomPerspective',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const n = shape.batch;
      const probability = Array.from({ length: n }, () => rng.uniform(pLo, pHi));
      const applied = probability.map((p) => rng.uniform() < p);
      const factors = Float32Array.from({ length: 8 * n }, () => rng.uniform(sLo, sHi));
      return { applied, factors };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const [batch, height, width] = images.shape;
      if (t.applied.length !== batch) throw new Error(`RandomPerspective: transformation drawn for ${t.applied.length} images, the batch has ${batch}`);
      if (height === 1 || width === 1) {
        // Keras solves for every image of the batch, applied or not.
        throw new LayerConfigError(`RandomPerspective: a ${width}×${height} image has coinciding corners, so TF cannot solve for the homography (Input matrix is not invertible.)`);
      }
      if (!t.applied.some(Boolean)) return float32Copy(images);
      const rows = perspectiveRows(t, height, width);
      return mapBatch(images, (values, shape) => {
        const out = projectiveTransform(values, shape, rows, fill);
        // where(apply, warped, images): unapplied images keep their pixels.
        const per = height * width * shape.channels;
        t.applied.forEach((on, i) => on || out.set(values.subarray(i * per, (i + 1) * per), i * per));
        return out;
      });
    },

    describeSample(t, index) {
      const factors = Array.from(t.factors.subarray(8 * index, 8 * index + 8));
      return { applied: t.applied[index], corner_factors: factors };
    },

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomPerspective', json, ['applied', 'corner_factors']);
      const applied = perImageList('RandomPerspective', obj, 'applied', shape.batch, isBoolean, 'booleans');
      const lists = perImageList('RandomPerspective', obj, 'corner_factors', shape.batch, isFactorList, 'lists of 8 numbers');
      return { applied, factors: Float32Array.from(lists.flat()) };
    },

    outputRange: (range) => fillOutputRange(range, fill),

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const rate = (pLo + pHi) / 2;
      const details = [
        pLo === pHi
          ? phrase('Each image is warped with probability {0} %.', Math.round(100 * pLo))
          : phrase('Each image is warped with a probability drawn from {0} % to {1} % ({2} % of images on average).', Math.round(100 * pLo), Math.round(100 * pHi), Math.round(100 * rate)),
        phrase('Three corners move by up to ±{0} % of their coordinates (the top-left corner stays put; the top-right moves only sideways, the bottom-left only up or down).', 50 * scale),
      ];
      if (size) {
        details.push(phrase('At {0}×{1} px the bottom-right corner moves by up to {2} px sideways and {3} px up or down.', size.width, size.height, Math.round(0.5 * scale * (size.width - 1)), Math.round(0.5 * scale * (size.height - 1))));
      }
      details.push(
        fill.interpolation === 'bilinear'
          ? phrase('Areas uncovered by the warp are filled with {0}; border pixels blend into it (bilinear).', fill.fillValue)
          : phrase('Areas uncovered by the warp are filled with {0}.', fill.fillValue),
      );
      return {
        summary: phrase('Warps images with a random perspective (moving their corners) while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('RandomPerspective exists only in Keras 3; its default factor=1.0 warps about half of the images, not all (use factor=(1, 1) for all).')],
      };
    },
  };
}

export const randomPerspective: LayerFactory = { className: 'RandomPerspective', versions: [3], create };
