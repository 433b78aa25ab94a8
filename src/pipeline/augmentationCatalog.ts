// Signatures beyond Keras's own layers: TF's tf.image functions that map functions call, and
// KerasCV's preprocessing layers (generated into augmentation-signatures.json by
// scripts/aug-signatures.py from real TensorFlow and a keras-cv wheel).
import signatures from './augmentation-signatures.json';
import { phrase } from '../engine/layers/description';
import { BASE_LAYER_KWARGS, distinctPhrases, type MappedArgs, type ParamSpec } from './catalog';
import type { ArgValue, Phrase } from './model';

interface SignatureFile {
  tfImage: Record<string, ParamSpec[]>;
  kerasCv: Record<string, ParamSpec[]>;
}
const SIGS = signatures as unknown as SignatureFile;

/** Every tf.image function the parser reads, by its Python name ("random_flip_left_right"). */
export const TF_IMAGE_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(SIGS.tfImage));

/** KerasCV layer classes (keras_cv.layers.*), containers included (Augmenter, RandomChoice...). */
export const KERAS_CV_LAYERS: ReadonlySet<string> = new Set(Object.keys(SIGS.kerasCv));

/** KerasCV classes that hold other layers rather than transform images themselves. */
export const KERAS_CV_CONTAINERS: ReadonlySet<string> = new Set(['Augmenter', 'RandomAugmentationPipeline', 'RandomChoice', 'RandomApply', 'RepeatedAugmentation']);

/** The calls that make a function an augmentation function: random, stateless random and flips. */
export function isTfImageAugmentation(name: string): boolean {
  return TF_IMAGE_FUNCTIONS.has(name) && /^(random_|stateless_random_|flip_)/.test(name);
}

export function tfImageSignature(name: string): readonly ParamSpec[] | undefined {
  return SIGS.tfImage[name];
}

export function kerasCvSignature(name: string): readonly ParamSpec[] | undefined {
  return SIGS.kerasCv[name];
}

/**
 * Binds a call's arguments to a signature as Python would. `skipFirst` drops the first parameter
 * (the image tensor of a tf.image function: data, not configuration); `layerKwargs` accepts the
 * base Layer keywords (name, input_shape, ...) that layers take through **kwargs.
 */
export function bindToSignature(
  label: string,
  sig: readonly ParamSpec[],
  positional: readonly ArgValue[],
  keywords: Readonly<Record<string, ArgValue>>,
  /** open: some arguments come from an unresolved `*args`/`**kwargs` (a required one may be among them). */
  opts: { readonly skipFirst?: boolean; readonly layerKwargs?: boolean; readonly open?: boolean } = {},
): MappedArgs {
  const params = opts.skipFirst ? sig.slice(1) : sig;
  const first = opts.skipFirst ? sig[0]?.name : undefined;
  const args: Record<string, ArgValue> = {};
  const problems: Phrase[] = [];
  const given = opts.skipFirst ? positional.slice(1) : positional;
  given.forEach((v, i) => {
    if (i < params.length) args[params[i].name] = v;
    else problems.push(phrase('{0} takes at most {1} positional arguments, got {2}', label, sig.length, positional.length));
  });
  for (const [k, v] of Object.entries(keywords)) {
    if (k === first) continue; // the image passed by keyword
    if (k in args) problems.push(phrase("{0} got multiple values for argument '{1}'", label, k));
    else if (!params.some((p) => p.name === k) && !(opts.layerKwargs && BASE_LAYER_KWARGS.has(k))) problems.push(phrase("{0} has no argument '{1}'", label, k));
    args[k] = v;
  }
  for (const p of params) {
    if (p.required && !opts.open && !(p.name in args)) problems.push(phrase("{0} is missing its required argument '{1}'", label, p.name));
  }
  return { args, problems: distinctPhrases(problems) };
}

/** Arguments completed with a signature's defaults (the image parameter left out when asked). */
export function withSignatureDefaults(sig: readonly ParamSpec[], args: Readonly<Record<string, ArgValue>>, skipFirst = false): Record<string, ArgValue> {
  const full: Record<string, ArgValue> = {};
  for (const p of skipFirst ? sig.slice(1) : sig) {
    if (p.name in args) full[p.name] = args[p.name];
    else if (!p.required && p.name !== 'name') full[p.name] = p.default ?? null;
  }
  for (const [k, v] of Object.entries(args)) if (!(k in full)) full[k] = v;
  return full;
}
