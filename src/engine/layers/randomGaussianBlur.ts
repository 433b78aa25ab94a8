// keras.layers.RandomGaussianBlur (keras-layers.md §2.27, Keras 3 only). Draws: p ~ U(factor) and
// u ~ U(0, 1) per image (blurred where u < p; the default factor 1.0 is (0, 1), about half the
// images), then ONE (σx, σy) = U(sigma) + 1e-6 pair for the whole batch. The blur is TF's
// depthwise convolution with zero padding; then every image, blurred or not, is clipped to
// value_range. Training off: the input cast to float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { depthwiseConvSame } from '../kernels/depthwiseConv';
import { f32 } from '../kernels/float32';
import { gaussianKernel2d } from '../kernels/gaussianKernel';
import { clipInPlace, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { clipRange, clippedTo, percent } from './colorDescription';
import { phrase, type LayerDescription } from './description';
import { keras3SetFactor, pyNumeric } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { expectedApplyRate, perImageBooleans, probabilityDraws, uniformDraws } from './perImageDraws';
import { pyStr } from './python';
import { isFiniteNumber, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';
import { storedValueRange } from './valueRangeArg';

export interface GaussianBlurTransformation {
  /** Per image: whether it is blurred. */
  readonly blurred: readonly boolean[];
  /** (σx, σy) for the whole batch, float32, 1e-6 included. */
  readonly sigma: readonly [number, number];
}

/** `_set_kernel_size`: an odd number, or a pair of odd numbers (per axis, not a range). */
function kernelSize(value: Value | undefined): [number, number] {
  const odd = (v: Value) => {
    const n = pyNumeric(v);
    return n !== undefined && n % 2 !== 0;
  };
  if (Array.isArray(value)) {
    if (value.length !== 2) {
      throw new LayerConfigError(`The \`kernel_size\` argument should be a number (or a list of two numbers) Received: kernel_size=${pyStr(value)}`);
    }
    if (!odd(value[0]) || !odd(value[1])) throw new LayerConfigError(`kernel_size must be an odd number. Received: kernel_size=${pyStr(value)}`);
    return wholeSizes(value, [pyNumeric(value[0])!, pyNumeric(value[1])!]);
  }
  const n = pyNumeric(value ?? null);
  if (n === undefined || typeof value === 'boolean' || n % 2 === 0) throw new LayerConfigError(`kernel_size must be an odd number. Received: kernel_size=${pyStr(value)}`);
  return wholeSizes(value!, [n, n]);
}

/** Keras accepts 3.5 and then fails reshaping the kernel; the engine says so up front. */
function wholeSizes(value: Value, sizes: [number, number]): [number, number] {
  if (!sizes.every((s) => Number.isInteger(s) && s > 0)) {
    throw new LayerConfigError(`RandomGaussianBlur: kernel_size must be positive whole numbers (Keras fails reshaping the kernel). Received: kernel_size=${pyStr(value)}`);
  }
  return sizes;
}

/** `_set_factor_by_name` for sigma: the (0, 1) parse, whose message says "factor=" even for sigma. */
function sigmaRange(value: Value | undefined): Range {
  try {
    return keras3SetFactor(value ?? null, [0, 1]);
  } catch {
    throw new LayerConfigError(`The \`sigma\` argument should be a number (or a list of two numbers) in the range [0, 1]. Received: factor=${pyStr(value)}`);
  }
}

const isSigmaPair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every(isFiniteNumber);

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<GaussianBlurTransformation> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [0, 1]);
  const size = kernelSize(args.kernel_size);
  const [sigmaLo, sigmaHi] = sigmaRange(args.sigma);
  const valueRange = storedValueRange('RandomGaussianBlur', args.value_range);

  return {
    className: 'RandomGaussianBlur',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng) {
      const blurred = probabilityDraws(rng, shape.batch, lower, upper);
      const s = uniformDraws(rng, 2, sigmaLo, sigmaHi);
      return { blurred, sigma: [f32(s[0] + f32(1e-6)), f32(s[1] + f32(1e-6))] };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values, shape) => {
        const out = t.blurred.some(Boolean) ? depthwiseConvSame(values, shape, gaussianKernel2d(size, t.sigma)) : Float32Array.from(values);
        t.blurred.forEach((blurred, b) => {
          if (!blurred) out.set(values.subarray(b * imageLength, (b + 1) * imageLength), b * imageLength);
        });
        return clipInPlace(out, valueRange[0], valueRange[1]);
      });
    },

    describeSample: (t, index) => ({ blurred: t.blurred[index], blur_sigma: [t.sigma[0], t.sigma[1]] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomGaussianBlur', json, ['blurred', 'blur_sigma']);
      const blurred = perImageBooleans('RandomGaussianBlur', obj, 'blurred', shape.batch);
      const sigmas = perImageList('RandomGaussianBlur', obj, 'blur_sigma', shape.batch, isSigmaPair, '[σx, σy] pairs');
      if (sigmas.some(([x, y]) => x !== sigmas[0][0] || y !== sigmas[0][1])) {
        throw new LayerConfigError('RandomGaussianBlur transformation: Keras draws one (σx, σy) for the whole batch, so every "blur_sigma" must be equal');
      }
      return { blurred, sigma: [f32(sigmas[0][0]), f32(sigmas[0][1])] };
    },

    // Blurring averages (zero padding can pull borders towards 0), then the clip.
    outputRange: (input) => clipRange([Math.min(input[0], 0), Math.max(input[1], 0)], valueRange),

    describe(): LayerDescription {
      const details = [
        phrase('About {0} % of images are blurred: each draws a probability from [{1}, {2}], then a coin against it.', percent(expectedApplyRate(lower, upper)), lower, upper),
        phrase('Kernel {0}×{1}; σ drawn from [{2}, {3}] once per batch (all blurred images of a batch share it).', size[0], size[1], sigmaLo, sigmaHi),
        phrase('The blur pads with zeros, so edges darken.'),
        clippedTo(valueRange),
      ];
      if (size[0] !== size[1]) details.push(phrase('A non-square kernel_size gives a distorted kernel in Keras (TF reshapes a {1}×{0} outer product to {0}×{1}); the preview reproduces it.', size[0], size[1]));
      if (upper === 1 && lower === 0) details.push(phrase('The default factor 1.0 means a probability drawn from [0, 1]: half the images on average, not all; factor=(1, 1) blurs every image.'));
      return {
        summary: phrase('Blurs randomly chosen images with a Gaussian kernel while training.'),
        details,
        inference: phrase('At inference (training=False) images pass through unchanged (cast to float32).'),
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomGaussianBlur: LayerFactory = { className: 'RandomGaussianBlur', versions: [3], create };
