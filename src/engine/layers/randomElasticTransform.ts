// keras.layers.RandomElasticTransform (Keras 3 only; keras-layers.md §2.7). Draws, in order: per
// image p = U(factor) and u = U(0, 1) (applied when u < p; a scalar factor f parses to (0, f)),
// then ONE distortion d = U(scale) for the batch; the op then draws a N(0, 1) field per image.
// With alpha = max(H, W)·0.1·d and sigma = min(H, W)·0.05·d, the field·sigma is blurred by a
// (6·int(sigma) | 1)² gaussian with zero padding, and pixel (x, y) reads (x + alpha·f, y + alpha·f):
// TF draws dx and dy with the same seed, so both axes move by the same amount (along the
// diagonal). Sampling is Keras's map_coordinates (not the projective kernel). Then every image,
// applied or not, is clipped to value_range. No transform at all when factor or scale tops at 0.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { gaussianKernel1d } from '../kernels/gaussianKernel';
import { mapCoordinates, type MapFillMode } from '../kernels/mapCoordinates';
import { INTERPOLATIONS, type Interpolation } from '../kernels/projectiveTransform';
import { blurSeparable } from '../kernels/separableBlur';
import type { Rng } from '../rng';
import { float32Copy, mapBatch } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras3SetFactor, pyNumeric, type Range } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory, type ValueRange } from './layer';
import { pyStr, pyTuple } from './python';
import { isBoolean, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat, requireNumber } from './validation';

export interface ElasticTransformation {
  readonly applied: readonly boolean[];
  /** The batch's float32 distortion factor. */
  readonly distortion: number;
  /** Per image a height × width N(0, 1) field, in the order Keras's op would draw it. */
  readonly noise: Float32Array;
  readonly height: number;
  readonly width: number;
}

/** The layer accepts "mirror" too; TF's elastic_transform then refuses it when called. */
const LAYER_FILL_MODES = ['constant', 'nearest', 'wrap', 'mirror', 'reflect'];
const OP_FILL_MODES: readonly MapFillMode[] = ['constant', 'nearest', 'wrap', 'reflect'];

/** Keras's alpha and sigma (float32 as TF multiplies them) for an image size and distortion. */
export function elasticParameters(height: number, width: number, distortion: number): { alpha: number; sigma: number } {
  return {
    alpha: f32(Math.max(height, width) * f32(f32(0.1) * distortion)),
    sigma: f32(Math.min(height, width) * f32(f32(0.05) * distortion)),
  };
}

/** `_set_factor_by_name(scale, "scale")`: like the base parser, but its message says "factor=". */
function scaleRange(scale: Value): Range {
  const error = () =>
    new LayerConfigError(`The \`scale\` argument should be a number (or a list of two numbers) in the range [0, 1]. Received: factor=${pyStr(scale)}`);
  if (Array.isArray(scale)) {
    const [a, b] = scale.map(pyNumeric);
    if (scale.length !== 2 || a === undefined || b === undefined || a > 1 || b < 0) throw error();
    return a <= b ? [a, b] : [b, a];
  }
  const s = pyNumeric(scale);
  if (s === undefined || s < 0 || s > 1) throw error();
  return [0, s];
}

function valueRange(value: Value | undefined): ValueRange {
  const [lo, hi] = Array.isArray(value) ? value.map(pyNumeric) : [];
  if (!Array.isArray(value) || value.length !== 2 || lo === undefined || hi === undefined) {
    throw new LayerConfigError(`RandomElasticTransform: \`value_range\` must be a list of two numbers. Received: value_range=${pyStr(value)}`);
  }
  return [lo, hi];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<ElasticTransformation> {
  checkDataFormat(args.data_format);
  const [pLo, pHi] = keras3SetFactor(args.factor, [0, 1]);
  const [sLo, sHi] = scaleRange(args.scale);
  if (!INTERPOLATIONS.includes(args.interpolation as Interpolation)) {
    throw new LayerConfigError(`Unknown \`interpolation\` ${pyStr(args.interpolation)}. Expected of one ${pyTuple(INTERPOLATIONS)}.`);
  }
  if (!LAYER_FILL_MODES.includes(args.fill_mode as string)) {
    throw new LayerConfigError(`Unknown \`fill_mode\` ${pyStr(args.fill_mode)}. Expected of one {${LAYER_FILL_MODES.map((m) => `'${m}'`).join(', ')}}.`);
  }
  if (!OP_FILL_MODES.includes(args.fill_mode as MapFillMode)) {
    throw new LayerConfigError(`Invalid value for argument \`fill_mode\`. Expected of one ${pyTuple(OP_FILL_MODES)}. Received: fill_mode=${pyStr(args.fill_mode)}`);
  }
  const fillMode = args.fill_mode as MapFillMode;
  const order = args.interpolation === 'bilinear' ? 1 : 0;
  const fillValue = requireNumber('RandomElasticTransform', 'fill_value', args.fill_value);
  const [lo, hi] = valueRange(args.value_range);
  // Keras returns no transformation (and does nothing) when either range tops at 0.
  const inactive = sHi === 0 || pHi === 0;

  const warp = (values: Float32Array, shape: BatchShape, t: ElasticTransformation): Float32Array => {
    const { batch, height, width, channels } = shape;
    const { alpha, sigma } = elasticParameters(height, width, t.distortion);
    const kernel = gaussianKernel1d((6 * Math.trunc(sigma)) | 1, sigma);
    const field = blurSeparable(Float32Array.from(t.noise, (n) => f32(n * sigma)), batch, height, width, kernel);
    const ys = new Float32Array(field.length);
    const xs = new Float32Array(field.length);
    for (let i = 0; i < field.length; i++) {
      const shift = f32(alpha * field[i]);
      const p = i % (height * width);
      ys[i] = f32(Math.floor(p / width) + shift);
      xs[i] = f32((p % width) + shift);
    }
    const out = mapCoordinates(values, shape, ys, xs, order, fillMode, fillValue);
    const per = height * width * channels;
    t.applied.forEach((on, i) => on || out.set(values.subarray(i * per, (i + 1) * per), i * per));
    for (let i = 0; i < out.length; i++) out[i] = out[i] < lo ? lo : out[i] > hi ? hi : out[i];
    return out;
  };

  return {
    className: 'RandomElasticTransform',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const n = shape.batch;
      if (inactive) return { applied: new Array<boolean>(n).fill(false), distortion: 0, noise: new Float32Array(0), height: shape.height, width: shape.width };
      const probability = Array.from({ length: n }, () => rng.uniform(pLo, pHi));
      const applied = probability.map((p) => rng.uniform() < p);
      const distortion = f32(rng.uniform(sLo, sHi));
      const noise = Float32Array.from({ length: n * shape.height * shape.width }, () => rng.normal());
      return { applied, distortion, noise, height: shape.height, width: shape.width };
    },

    apply(images, t, training) {
      if (!training || !t || inactive) return float32Copy(images);
      const [batch, height, width] = images.shape;
      if (t.applied.length !== batch || t.height !== height || t.width !== width) {
        throw new Error(`RandomElasticTransform: transformation drawn for ${t.applied.length}x${t.height}x${t.width}, images are ${batch}x${height}x${width}`);
      }
      return mapBatch(images, (values, shape) => warp(values, shape, t));
    },

    describeSample(t, index) {
      const { alpha, sigma } = elasticParameters(t.height, t.width, t.distortion);
      return { applied: t.applied[index], distortion: t.distortion, alpha_px: alpha, sigma_px: sigma };
    },

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomElasticTransform', json, ['applied', 'distortion', 'noise']);
      const applied = perImageList('RandomElasticTransform', obj, 'applied', shape.batch, isBoolean, 'booleans');
      if (typeof obj.distortion !== 'number' || !Number.isFinite(obj.distortion)) {
        throw new LayerConfigError(`RandomElasticTransform transformation: "distortion" must be one number (for the batch), got ${JSON.stringify(obj.distortion)}`);
      }
      const isField = (v: unknown): v is number[][] =>
        Array.isArray(v) && v.length === shape.height && v.every((row) => Array.isArray(row) && row.length === shape.width && row.every((x) => typeof x === 'number'));
      const fields = perImageList('RandomElasticTransform', obj, 'noise', shape.batch, isField, `${shape.height}×${shape.width} lists of numbers`);
      return { applied, distortion: f32(obj.distortion), noise: Float32Array.from(fields.flat(2)), height: shape.height, width: shape.width };
    },

    outputRange(range) {
      const withFill: ValueRange = fillMode === 'constant' ? [Math.min(range[0], fillValue), Math.max(range[1], fillValue)] : range;
      return inactive ? range : [Math.max(withFill[0], lo), Math.min(withFill[1], hi)];
    },

    describe(context: DescribeContext): LayerDescription {
      if (inactive) {
        return {
          summary: phrase('Distorts images with a random elastic warp while training.'),
          details: [phrase('factor or scale tops at 0, so Keras draws nothing and images pass through unchanged.')],
          inference: UNCHANGED_AT_INFERENCE,
          versionNotes: [phrase('RandomElasticTransform exists only in Keras 3.')],
        };
      }
      const details = [
        phrase('Each image is warped with a probability drawn from {0} % to {1} % ({2} % on average).', Math.round(100 * pLo), Math.round(100 * pHi), Math.round(50 * (pLo + pHi))),
        phrase('One distortion strength for the whole batch, drawn from {0} to {1}: alpha = 10 % and sigma = 5 % of the image size times it.', sLo, sHi),
        phrase('TensorFlow uses the same random field for both axes, so every pixel moves along the diagonal (dx = dy).'),
      ];
      const size = context.inputSize;
      if (size) {
        const { alpha, sigma } = elasticParameters(size.height, size.width, sHi);
        details.push(phrase('At {0}×{1} px and the strongest distortion: alpha {2} px, smoothing sigma {3} px.', size.width, size.height, Math.round(alpha * 10) / 10, Math.round(sigma * 10) / 10));
      }
      details.push(phrase('Every image, warped or not, is then clipped to value_range [{0}, {1}].', lo, hi));
      return {
        summary: phrase('Distorts images with a random elastic warp while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('RandomElasticTransform exists only in Keras 3; fill_mode="mirror" is accepted by the layer but refused by TensorFlow when it runs.')],
      };
    },
  };
}

export const randomElasticTransform: LayerFactory = { className: 'RandomElasticTransform', versions: [3], create };
