// What Keras's layer classes look like from the outside: names, constructor signatures
// and defaults (generated from real Keras into keras-signatures.json by
// scripts/keras-signatures.py), and what each does at inference.
import signatures from './keras-signatures.json';
import { formatPhrase, phrase } from '../engine/layers/description';
import { ArgValue, KerasVersion, Phrase, Value } from './model';

export interface ParamSpec {
  readonly name: string;
  readonly required?: boolean;
  readonly default?: Value;
}

export type LayerKind = 'image' | 'other' | 'unknown';

interface SignatureFile {
  keras3: { image: Record<string, ParamSpec[]>; legacy: Record<string, ParamSpec[]>; other: string[] };
  keras2: { image: Record<string, ParamSpec[]>; experimental: string[]; other: string[] };
}
const SIGS = signatures as unknown as SignatureFile;

/** Keyword arguments every Keras layer accepts through `**kwargs`. */
export const BASE_LAYER_KWARGS: ReadonlySet<string> = new Set([
  'name', 'dtype', 'trainable', 'input_shape', 'batch_input_shape', 'batch_size', 'input_dim', 'autocast',
  'dynamic', 'weights', 'activity_regularizer',
]);

/** Keras 3 spells this one long; users (and older docs) also write CLAHE. */
const ALIASES: Readonly<Record<string, string>> = {
  CLAHE: 'ContrastLimitedAdaptiveHistogramEqualization',
};

export function canonicalClassName(name: string): string {
  return ALIASES[name] ?? name;
}

export function imageLayerNames(version: KerasVersion): string[] {
  return version === 3
    ? [...Object.keys(SIGS.keras3.image), ...Object.keys(SIGS.keras3.legacy)]
    : Object.keys(SIGS.keras2.image);
}

/** Every image layer name known in either version. */
export const ALL_IMAGE_LAYERS: ReadonlySet<string> = new Set([...imageLayerNames(3), ...imageLayerNames(2)]);
const ALL_OTHER_LAYERS: ReadonlySet<string> = new Set([...SIGS.keras3.other, ...SIGS.keras2.other]);

export function layerKind(className: string): LayerKind {
  const name = canonicalClassName(className);
  if (ALL_IMAGE_LAYERS.has(name)) return 'image';
  if (ALL_OTHER_LAYERS.has(name)) return 'other';
  return 'unknown';
}

/**
 * The constructor parameters of an image layer in a Keras version, or undefined when the
 * layer does not exist there. Keras 3 falls back to its legacy (Keras 2 semantics) layers.
 */
export function layerSignature(className: string, version: KerasVersion): readonly ParamSpec[] | undefined {
  const name = canonicalClassName(className);
  if (version === 3) return SIGS.keras3.image[name] ?? SIGS.keras3.legacy[name];
  return SIGS.keras2.image[name];
}

/** True when Keras 2 also exported the layer under `layers.experimental.preprocessing`. */
export function isKeras2Experimental(className: string): boolean {
  return SIGS.keras2.experimental.includes(canonicalClassName(className));
}

export interface MappedArgs {
  readonly args: Record<string, ArgValue>;
  /** Problems found while mapping: too many positional arguments, unknown keywords, missing required ones. */
  readonly problems: Phrase[];
}

/**
 * Maps a call's positional and keyword arguments to parameter names, as Python would bind them.
 * Unknown layers keep positional arguments under "arg0", "arg1", ...
 */
export function bindArguments(
  className: string,
  version: KerasVersion,
  positional: readonly ArgValue[],
  keywords: Readonly<Record<string, ArgValue>>,
  /** Some arguments come from an unresolved `*args`/`**kwargs`: a required one may be among them. */
  open = false,
): MappedArgs {
  const sig = layerSignature(className, version);
  const args: Record<string, ArgValue> = {};
  const problems: Phrase[] = [];
  if (!sig) {
    positional.forEach((v, i) => (args[`arg${i}`] = v));
    Object.assign(args, keywords);
    return { args, problems };
  }
  positional.forEach((v, i) => {
    if (i < sig.length) args[sig[i].name] = v;
    else problems.push(phrase('{0} takes at most {1} positional arguments, got {2}', className, sig.length, positional.length));
  });
  for (const [k, v] of Object.entries(keywords)) {
    if (k in args) problems.push(phrase("{0} got multiple values for argument '{1}'", className, k));
    else if (!sig.some((p) => p.name === k) && !BASE_LAYER_KWARGS.has(k)) {
      problems.push(phrase("{0} has no argument '{1}' in Keras {2}", className, k, version));
    }
    args[k] = v;
  }
  for (const p of sig) {
    if (p.required && !open && !(p.name in args)) problems.push(phrase("{0} is missing its required argument '{1}'", className, p.name));
  }
  return { args, problems: distinctPhrases(problems) };
}

/** Each problem once (by its English text), in order. */
export function distinctPhrases(phrases: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const text = formatPhrase(p);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** The arguments completed with Keras's defaults: the layer's full configuration. */
export function withDefaults(className: string, version: KerasVersion, args: Readonly<Record<string, ArgValue>>): Record<string, ArgValue> {
  const sig = layerSignature(className, version) ?? [];
  const full: Record<string, ArgValue> = {};
  for (const p of sig) {
    if (p.name in args) full[p.name] = args[p.name];
    else if (!p.required) full[p.name] = p.default ?? null;
  }
  for (const [k, v] of Object.entries(args)) if (!(k in full)) full[k] = v;
  return full;
}

/** Layers that combine the images of a batch with each other, so a preview needs other images. */
export const BATCH_MIXING_LAYERS: ReadonlySet<string> = new Set(['MixUp', 'CutMix']);

/**
 * Whether the layer changes pixels when called with training=False (model.predict, evaluate).
 * Facts from keras-layers.md §2 and §3, checked by the oracle tests.
 */
export function activeAtInference(className: string, version: KerasVersion): boolean {
  switch (canonicalClassName(className)) {
    case 'Rescaling':
    case 'Normalization':
    case 'Resizing':
    case 'CenterCrop':
    case 'AutoContrast':
    case 'ContrastLimitedAdaptiveHistogramEqualization':
      return true;
    case 'RandomCrop':
      // Keras 2 centre-crops and resizes at inference; Keras 3 (>= 3.8) returns the input.
      return version === 2;
    default:
      return false;
  }
}
