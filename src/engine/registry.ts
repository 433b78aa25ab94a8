// Which Keras layers the engine implements, and how a configuration becomes a ConfiguredLayer.
// A new layer is one file in layers/ and one line in FACTORIES.
import { BASE_LAYER_KWARGS, canonicalClassName, layerKind, layerSignature, withDefaults } from '../pipeline/catalog';
import type { KerasVersion, Value } from '../pipeline/model';
import { LayerConfigError, UnsupportedLayerError, type ConfiguredLayer, type LayerFactory } from './layers/layer';
import { pyRepr } from './layers/python';
import { augMix } from './layers/augMix';
import { autoContrast } from './layers/autoContrast';
import { centerCrop } from './layers/centerCrop';
import { clahe } from './layers/clahe';
import { cutMix } from './layers/cutMix';
import { equalization } from './layers/equalization';
import { maxNumBoundingBoxes } from './layers/maxNumBoundingBoxes';
import { mixUp } from './layers/mixUp';
import { normalization } from './layers/normalization';
import { pipelineLayer } from './layers/pipelineLayer';
import { randAugment } from './layers/randAugment';
import { randomBrightness } from './layers/randomBrightness';
import { randomColorDegeneration } from './layers/randomColorDegeneration';
import { randomColorJitter } from './layers/randomColorJitter';
import { randomContrast } from './layers/randomContrast';
import { randomCrop } from './layers/randomCrop';
import { randomElasticTransform } from './layers/randomElasticTransform';
import { randomErasing } from './layers/randomErasing';
import { randomFlip } from './layers/randomFlip';
import { randomGaussianBlur } from './layers/randomGaussianBlur';
import { randomGrayscale } from './layers/randomGrayscale';
import { randomHeight } from './layers/randomHeight';
import { randomHue } from './layers/randomHue';
import { randomInvert } from './layers/randomInvert';
import { randomPerspective } from './layers/randomPerspective';
import { randomPosterization } from './layers/randomPosterization';
import { randomRotation } from './layers/randomRotation';
import { randomSaturation } from './layers/randomSaturation';
import { randomSharpness } from './layers/randomSharpness';
import { randomShear } from './layers/randomShear';
import { randomTranslation } from './layers/randomTranslation';
import { randomWidth } from './layers/randomWidth';
import { randomZoom } from './layers/randomZoom';
import { rescaling } from './layers/rescaling';
import { resizing } from './layers/resizing';
import { solarization } from './layers/solarization';
import { bindFunctionArgs } from './layers/tfImage/functionArgs';
import { SEED_PARAMS, type FunctionFactory } from './layers/tfImage/tfFunction';
import { adjustGamma } from './layers/tfImage/adjustGamma';
import { adjustBrightness, randomBrightness as tfRandomBrightness, statelessRandomBrightness } from './layers/tfImage/brightness';
import { centralCrop } from './layers/tfImage/centralCrop';
import { adjustContrast, randomContrast as tfRandomContrast, statelessRandomContrast } from './layers/tfImage/contrast';
import { convertImageDtype } from './layers/tfImage/convertImageDtype';
import { cropToBoundingBox } from './layers/tfImage/cropToBoundingBox';
import { flipLeftRight, flipUpDown, randomFlipLeftRight, randomFlipUpDown, statelessRandomFlipLeftRight, statelessRandomFlipUpDown } from './layers/tfImage/flips';
import { grayscaleToRgb } from './layers/tfImage/grayscaleToRgb';
import { adjustHue, randomHue as tfRandomHue, statelessRandomHue } from './layers/tfImage/hue';
import { adjustJpegQuality, randomJpegQuality, statelessRandomJpegQuality } from './layers/tfImage/jpegQuality';
import { padToBoundingBox } from './layers/tfImage/padToBoundingBox';
import { perImageStandardization } from './layers/tfImage/perImageStandardization';
import { randomCrop as tfRandomCrop, statelessRandomCrop } from './layers/tfImage/randomCrop';
import { resize } from './layers/tfImage/resize';
import { resizeWithCropOrPad } from './layers/tfImage/resizeWithCropOrPad';
import { resizeWithPad } from './layers/tfImage/resizeWithPad';
import { rgbToGrayscale } from './layers/tfImage/rgbToGrayscale';
import { rot90 } from './layers/tfImage/rot90';
import { adjustSaturation, randomSaturation as tfRandomSaturation, statelessRandomSaturation } from './layers/tfImage/saturation';
import { transpose } from './layers/tfImage/transpose';
import { tfjsCropAndResizeOp } from './layers/tfjsImage/cropAndResize';
import { tfjsFlipLeftRight } from './layers/tfjsImage/flipLeftRight';
import { tfjsGrayscaleToRGB } from './layers/tfjsImage/grayscaleToRGB';
import { tfjsResizeBilinearOp, tfjsResizeNearestNeighborOp } from './layers/tfjsImage/legacyResize';
import { tfjsRgbToGrayscale } from './layers/tfjsImage/rgbToGrayscale';
import { tfjsRotateWithOffsetOp } from './layers/tfjsImage/rotateWithOffset';
import { tfjsTransformOp } from './layers/tfjsImage/transform';

const FACTORIES: readonly LayerFactory[] = [
  augMix,
  autoContrast,
  centerCrop,
  clahe,
  cutMix,
  equalization,
  maxNumBoundingBoxes,
  mixUp,
  normalization,
  pipelineLayer,
  randAugment,
  randomBrightness,
  randomColorDegeneration,
  randomColorJitter,
  randomContrast,
  randomCrop,
  randomElasticTransform,
  randomErasing,
  randomFlip,
  randomGaussianBlur,
  randomGrayscale,
  randomHeight,
  randomHue,
  randomInvert,
  randomPerspective,
  randomPosterization,
  randomRotation,
  randomSaturation,
  randomSharpness,
  randomShear,
  randomTranslation,
  randomWidth,
  randomZoom,
  rescaling,
  resizing,
  solarization,
];

const BY_NAME: ReadonlyMap<string, LayerFactory> = new Map(FACTORIES.map((f) => [f.className, f]));

/**
 * TF's tf.image functions ("tf.image.<python name>", called in tf.data map functions) and TF.js's
 * tf.image ops ("tf.image.<TF.js name>"), as the parser names them. A new one is one file (or one
 * family file) in layers/tfImage/ and one line here.
 */
const FUNCTIONS: readonly FunctionFactory[] = [
  adjustBrightness,
  adjustContrast,
  adjustGamma,
  adjustHue,
  adjustJpegQuality,
  adjustSaturation,
  centralCrop,
  convertImageDtype,
  cropToBoundingBox,
  flipLeftRight,
  flipUpDown,
  grayscaleToRgb,
  padToBoundingBox,
  perImageStandardization,
  tfRandomBrightness,
  tfRandomContrast,
  tfRandomCrop,
  randomFlipLeftRight,
  randomFlipUpDown,
  tfRandomHue,
  randomJpegQuality,
  tfRandomSaturation,
  resize,
  resizeWithCropOrPad,
  resizeWithPad,
  rgbToGrayscale,
  rot90,
  statelessRandomBrightness,
  statelessRandomContrast,
  statelessRandomCrop,
  statelessRandomFlipLeftRight,
  statelessRandomFlipUpDown,
  statelessRandomHue,
  statelessRandomJpegQuality,
  statelessRandomSaturation,
  transpose,
  // TF.js 4.22's tf.image ops.
  tfjsCropAndResizeOp,
  tfjsFlipLeftRight,
  tfjsGrayscaleToRGB,
  tfjsResizeBilinearOp,
  tfjsResizeNearestNeighborOp,
  tfjsRgbToGrayscale,
  tfjsRotateWithOffsetOp,
  tfjsTransformOp,
];

const FUNCTIONS_BY_NAME: ReadonlyMap<string, FunctionFactory> = new Map(FUNCTIONS.map((f) => [f.className, f]));

/** Defined beside LayerConfigError (layers throw it too); exported here, where callers have always found it. */
export { UnsupportedLayerError };

export function isSupportedLayer(className: string, version: KerasVersion): boolean {
  const fn = FUNCTIONS_BY_NAME.get(className);
  if (fn) return fn.versions.includes(version);
  const name = canonicalClassName(className);
  return (BY_NAME.get(name)?.versions.includes(version) ?? false) && layerSignature(name, version) !== undefined;
}

/** The Keras layers implemented in that version (TF and TF.js image functions are not listed). */
export function supportedLayers(version: KerasVersion): string[] {
  return FACTORIES.filter((f) => isSupportedLayer(f.className, version)).map((f) => f.className);
}

/**
 * Validates `args` (keyword arguments as Keras receives them; positional ones already bound to
 * their names) the way `className(**args)` would in that Keras version, fills Keras's defaults,
 * and returns the layer ready to sample and apply. Base-layer kwargs (name, dtype, input_shape, ...)
 * are accepted and dropped. Throws LayerConfigError (Keras's message) for an invalid
 * configuration or a name that is no Keras image layer, UnsupportedLayerError for a Keras layer
 * the engine does not implement yet.
 */
export function createLayer(className: string, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer {
  const fn = FUNCTIONS_BY_NAME.get(className);
  if (fn) return fn.create(bindFunctionArgs(fn, args), version);
  if (className.startsWith('tf.image.')) throw new UnsupportedLayerError(`${className} is not supported by the preview yet`);
  const name = canonicalClassName(className);
  const signature = layerSignature(name, version);
  if (!signature) {
    throw new LayerConfigError(
      layerKind(name) === 'image' ? `Keras ${version} has no layer ${name}` : `${name} is not a Keras image preprocessing layer`,
    );
  }
  const factory = BY_NAME.get(name);
  if (!factory || !factory.versions.includes(version)) {
    throw new UnsupportedLayerError(`${name} is not supported by the preview yet`);
  }

  const missing = signature.filter((p) => p.required && !(p.name in args)).map((p) => `'${p.name}'`);
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing[missing.length - 1]}`;
    throw new LayerConfigError(`${name}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }

  const own: Record<string, Value> = {};
  const unknown: [string, Value][] = [];
  for (const [key, value] of Object.entries(args)) {
    if (BASE_LAYER_KWARGS.has(key)) continue;
    if (signature.some((p) => p.name === key)) own[key] = value;
    else unknown.push([key, value]);
  }
  if (unknown.length) {
    throw new LayerConfigError(
      version === 3
        ? `Unrecognized keyword arguments passed to ${name}: {${unknown.map(([k, v]) => `'${k}': ${pyRepr(v)}`).join(', ')}}`
        : `('Keyword argument not understood:', '${unknown[0][0]}')`,
    );
  }

  const layerName = typeof args.name === 'string' ? args.name : undefined;
  const full = withDefaults(name, version, own) as Record<string, Value>;
  return factory.create(full, version, { ...(layerName !== undefined ? { name: layerName } : {}), createLayer });
}

/** Whether the name is a TF or TF.js image function the engine knows (not a Keras layer). */
export function isImageFunction(className: string): boolean {
  return FUNCTIONS_BY_NAME.has(className);
}

/**
 * Whether an argument of this layer only seeds TF's random draws (a TF function's `seed`): the
 * preview draws its own numbers, so its value does not matter, even when it cannot be known.
 */
export function isSeedArgument(className: string, arg: string): boolean {
  const fn = FUNCTIONS_BY_NAME.get(className);
  return fn !== undefined && !fn.params && SEED_PARAMS.includes(arg);
}
