// keras.layers.Normalization with `mean` and `variance` given (keras-layers.md §2.34):
// y = (x − mean)/max(√variance, 1e-7), or mean + x·max(√variance, 1e-7) with invert=True, float32,
// in training and at inference alike. `axis` names the axes that keep their own statistics
// (default −1: one mean per channel); mean/variance broadcast over them as Keras reshapes them.
// An un-adapted layer (no mean/variance) cannot be previewed: its statistics come from adapt().
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { mapBatch } from '../tensors';
import { formatNumber, phrase, type LayerDescription } from './description';
import { pyNumeric } from './factors';
import { LayerConfigError, UnsupportedLayerError, type ConfiguredLayer, type LayerFactory, type ValueRange } from './layer';
import { pyStr } from './python';
import { transformationObject } from './transformationJson';

const RANK = 4;

/** A number or nested list as numpy sees it: its shape and its values in C order. */
interface NdArray {
  readonly shape: number[];
  readonly data: number[];
}

function ndArray(name: string, value: Value): NdArray {
  const shape: number[] = [];
  for (let v: Value = value; Array.isArray(v); v = v[0]) shape.push(v.length);
  const data: number[] = [];
  const walk = (v: Value, depth: number): void => {
    if (depth === shape.length) {
      const n = pyNumeric(v);
      if (n === undefined) throw new LayerConfigError(`Normalization: \`${name}\` must be a number or a (nested) list of numbers. Received: ${name}=${pyStr(value)}`);
      data.push(n);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) throw new LayerConfigError(`Normalization: \`${name}\` is ragged. Received: ${name}=${pyStr(value)}`);
    v.forEach((x) => walk(x, depth + 1));
  };
  walk(value, 0);
  return { shape, data };
}

/** Per-channel statistics for descriptions, as readable numbers (float32 123.69999… shows as 123.7). */
const numberList = (values: readonly number[]) => values.map(formatNumber).join(', ');

const npShape = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

function axes(value: Value | undefined): number[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((a) => {
    if (typeof a !== 'number' || !Number.isInteger(a)) throw new LayerConfigError(`Normalization: \`axis\` must be an integer, a list of integers or None. Received: axis=${pyStr(value)}`);
    return a;
  });
}

/** Where each value's statistic lives: the kept axes of a rank-4 NHWC batch, and the statistics broadcast over them. */
function statisticsFor(shape: readonly number[], keep: readonly number[], stat: NdArray, name: string): Float32Array {
  const keptDims = keep.map((d) => shape[d]);
  const size = keptDims.reduce((a, b) => a * b, 1);
  // Keras aligns the statistic's dimensions with the last kept axes, then broadcasts.
  const offset = keptDims.length - stat.shape.length;
  const ok = offset >= 0 && stat.shape.every((n, i) => n === 1 || n === keptDims[offset + i]);
  if (!ok) {
    throw new LayerConfigError(`Normalization: \`${name}\` of shape ${npShape(stat.shape)} does not broadcast to the kept axes' shape ${npShape(keptDims)}`);
  }
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    // i indexes the kept dims in C order; pick the matching (or broadcast) statistic.
    let rest = i;
    let index = 0;
    let stride = 1;
    for (let d = keptDims.length - 1; d >= 0; d--) {
      const coord = rest % keptDims[d];
      rest = Math.floor(rest / keptDims[d]);
      const s = d - offset;
      if (s >= 0) {
        if (stat.shape[s] !== 1) index += coord * stride;
        stride *= stat.shape[s];
      }
    }
    out[i] = stat.data[index];
  }
  return out;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  const axisList = axes(args.axis);
  const { mean, variance } = args;
  const invert = args.invert === true || args.invert === 1;
  if ((mean === null || mean === undefined) !== (variance === null || variance === undefined)) {
    throw new LayerConfigError(
      version === 3
        ? `When setting values directly, both \`mean\` and \`variance\` must be set. Received: mean=${pyStr(mean)} and variance=${pyStr(variance)}`
        : `When setting values directly, both \`mean\` and \`variance\` must be set. Got mean: ${pyStr(mean)} and variance: ${pyStr(variance)}`,
    );
  }
  if (mean === null || mean === undefined || variance === null || variance === undefined) {
    // Valid Keras (adapt() fills the statistics in), so not a configuration error.
    throw new UnsupportedLayerError(
      'Normalization has no `mean` and `variance`: its statistics come from layer.adapt(data) at training time, which the preview cannot know, so it skips this layer. Pass mean= and variance= to preview it.',
    );
  }
  const m = ndArray('mean', mean);
  const v = ndArray('variance', variance);
  if (version === 3) {
    if (m.shape.join() !== v.shape.join()) {
      throw new LayerConfigError(`When setting values directly, \`mean\` and \`variance\` must have the same shape. Received: mean shape ${npShape(m.shape)} and variance shape ${npShape(v.shape)}`);
    }
    if (m.shape.length > axisList.length) {
      throw new LayerConfigError(`The rank of \`mean\` must be less than or equal to the number of axes (${axisList.length}). Received: mean shape ${npShape(m.shape)} for axis ${npShape(axisList)}`);
    }
  }
  for (const a of axisList) {
    if (a < -RANK || a >= RANK) {
      throw new LayerConfigError(
        version === 3
          ? `All \`axis\` values must be in the range [-ndim, ndim). Received inputs with ndim=${RANK}, while axis=${npShape(axisList)}`
          : `All \`axis\` values must be in the range [-ndim, ndim). Found ndim: \`${RANK}\`, axis: ${npShape(axisList)}`,
      );
    }
  }
  const keep = [...new Set(axisList.map((a) => (a < 0 ? a + RANK : a)))].sort();
  // The nominal per-channel effect, for descriptions and the output range.
  const means = m.data.map((x) => f32(x));
  const stds = v.data.map((x) => Math.max(f32(Math.sqrt(f32(x))), f32(1e-7)));

  const outputRange = (input: ValueRange): ValueRange => {
    let lo = Infinity, hi = -Infinity;
    means.forEach((mu, i) => {
      const s = stds[v.data.length === means.length ? i : 0];
      for (const x of input) {
        const y = invert ? mu + x * s : (x - mu) / s;
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    });
    return [lo, hi];
  };

  return {
    className: 'Normalization',
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images) {
      const shape = images.shape;
      const meanFull = statisticsFor(shape, keep, m, 'mean');
      const stdFull = statisticsFor(shape, keep, v, 'variance').map((x) => Math.max(f32(Math.sqrt(x)), f32(1e-7)));
      // Index of each value's statistic: strides of the kept axes within NHWC.
      const strides = [shape[1] * shape[2] * shape[3], shape[2] * shape[3], shape[3], 1];
      const keptStrides = keep.map((_, k) => keep.slice(k + 1).reduce((p, d) => p * shape[d], 1));
      // Which statistic each value uses: one for all, one per channel (the common cases, as plain
      // loops), or the general index over the kept axes.
      const perChannel = meanFull.length === shape[3] && keep.length === 1 && keep[0] === 3;
      const statIndex = (i: number) => keep.reduce((s, d, k) => s + (Math.floor(i / strides[d]) % shape[d]) * keptStrides[k], 0);
      return mapBatch(images, (values) => {
        const out = new Float32Array(values.length);
        const channels = shape[3];
        for (let i = 0, c = 0; i < values.length; i++) {
          const s = meanFull.length === 1 ? 0 : perChannel ? c : statIndex(i);
          out[i] = invert ? f32(meanFull[s] + f32(values[i] * stdFull[s])) : f32(f32(values[i] - meanFull[s]) / stdFull[s]);
          if (++c === channels) c = 0;
        }
        return out;
      });
    },

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('Normalization', json, []);
      return null;
    },

    outputRange,

    describe(): LayerDescription {
      const [lo, hi] = outputRange([0, 255]);
      const one = means.length === 1 && stds.length === 1;
      // "per channel" and "per kept axis position" are separate sentences, so each translates whole.
      const perChannel = keep.length === 1 && keep[0] === 3;
      const what = invert
        ? one
          ? phrase('Multiplies every value by {0} (√variance) and adds {1} (mean): it undoes a normalisation.', stds[0], means[0])
          : perChannel
            ? phrase('Multiplies by √variance ({0}) and adds the mean ({1}), per channel: it undoes a normalisation.', numberList(stds), numberList(means))
            : phrase('Multiplies by √variance ({0}) and adds the mean ({1}), per kept axis position: it undoes a normalisation.', numberList(stds), numberList(means))
        : one
          ? phrase('Subtracts {0} (mean) and divides by {1} (√variance) from every value.', means[0], stds[0])
          : perChannel
            ? phrase('Subtracts the mean ({0}) and divides by √variance ({1}), per channel.', numberList(means), numberList(stds))
            : phrase('Subtracts the mean ({0}) and divides by √variance ({1}), per kept axis position.', numberList(means), numberList(stds));
      return {
        summary: phrase('Standardises values with a fixed mean and variance, in training and at inference alike.'),
        details: [what, phrase('Pixel values in [0, 255] come out in [{0}, {1}].', lo, hi)],
        inference: phrase('Also applied at inference (training=False): model.predict() must receive images in the same range as in training.'),
        versionNotes: [],
      };
    },
  };
}

export const normalization: LayerFactory = { className: 'Normalization', versions: [2, 3], create };
