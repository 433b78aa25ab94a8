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

/** Defined beside LayerConfigError (layers throw it too); exported here, where callers have always found it. */
export { UnsupportedLayerError };

export function isSupportedLayer(className: string, version: KerasVersion): boolean {
  const name = canonicalClassName(className);
  return (BY_NAME.get(name)?.versions.includes(version) ?? false) && layerSignature(name, version) !== undefined;
}

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
