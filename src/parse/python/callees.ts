// What a called name refers to: a Keras image layer, another Keras layer, a container
// (Sequential, Pipeline), or something unknown. The last segment of the dotted name decides,
// under any namespace; imports only veto it, when they show the name comes from another
// library (torch.nn.Sequential, sklearn's Pipeline, torchvision's RandomRotation).
import type { Node } from '@vscode/tree-sitter-wasm';
import { KERAS_CV_CONTAINERS, KERAS_CV_LAYERS, TF_IMAGE_FUNCTIONS } from '../../pipeline/augmentationCatalog';
import { canonicalClassName, layerKind } from '../../pipeline/catalog';
import { NameResolver } from './bindings';
import { dottedName, rootIdentifier } from './syntaxNodes';

/** Top-level packages whose layers are Keras's own (tf.keras, standalone Keras, Keras 2 as tf_keras...). */
const KERAS_PACKAGES: ReadonlySet<string> = new Set(['keras', 'tensorflow', 'tf_keras', 'keras_core', 'keras_cv', 'keras_hub']);

export interface Callee {
  /** As written: "layers.experimental.preprocessing.RandomFlip". */
  readonly written: string;
  /** With the first segment replaced by what imports and aliases say it is, when they do. */
  readonly qualified: string;
  /** The class name: the last segment, after imports and aliases ("RandomFlip" for `RF` imported as it). */
  readonly name: string;
  /** The module it was imported from when that is not a Keras package (then it is not a Keras layer). */
  readonly foreignModule?: string;
}

/** Keras's own layers, or KerasCV's (keras_cv.layers.*), which augment whenever training is not False. */
export type LayerFamily = 'keras' | 'keras_cv';

export type CallRole =
  | { readonly role: 'container'; readonly callee: Callee; readonly className: string; readonly family: LayerFamily }
  | { readonly role: 'image' | 'other'; readonly callee: Callee; readonly className: string; readonly family: LayerFamily }
  /** `keras.Input(shape=...)`: states the model's input size. */
  | { readonly role: 'input'; readonly callee: Callee }
  /** A TF function such as tf.image.random_flip_left_right; className is its Python name. */
  | { readonly role: 'tf.image'; readonly callee: Callee; readonly className: string }
  | { readonly role: 'unknown'; readonly callee: Callee };

const MAX_ALIAS_HOPS = 8;

/** Resolves the callee of a call (or a bare dotted-name node) through imports and `L = keras.layers` aliases. */
export function describeCallee(node: Node, names: NameResolver): Callee | undefined {
  const memo = names.memo<Callee | undefined>('callee', node.id);
  if (memo.has) return memo.value;
  return memo.set(describeUncached(node, names));
}

function describeUncached(node: Node, names: NameResolver): Callee | undefined {
  const written = dottedName(node);
  if (!written) return undefined;
  const qualified = qualify(node, names, 0) ?? written;
  // `from keras.layers import RandomFlip as RF`: RF is a RandomFlip.
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const top = qualified.split('.')[0];
  const imported = qualified !== written || isImported(node, names);
  const foreign = imported && !KERAS_PACKAGES.has(top);
  const base = { written, qualified, name };
  return foreign ? { ...base, foreignModule: qualified.slice(0, qualified.lastIndexOf('.')) || qualified } : base;
}

function isImported(node: Node, names: NameResolver): boolean {
  const root = rootIdentifier(node);
  const r = root && names.resolve(root);
  return r?.kind === 'bound' && r.site.kind === 'import';
}

/** The dotted name with its root replaced by the import or alias it stands for; undefined if neither. */
function qualify(node: Node, names: NameResolver, hops: number): string | undefined {
  const written = dottedName(node);
  const root = rootIdentifier(node);
  if (!written || !root || hops > MAX_ALIAS_HOPS) return undefined;
  const rest = written.slice(root.text.length);
  const r = names.resolve(root);
  if (r.kind !== 'bound') return undefined;
  if (r.site.kind === 'import') return r.site.module + rest;
  if (r.site.kind === 'assignment' && r.site.path.length === 0 && dottedName(r.site.value)) {
    return (qualify(r.site.value, names, hops + 1) ?? dottedName(r.site.value)) + rest;
  }
  return undefined;
}

/** Keras class names are CamelCase; a lowercase call in a layer list is a helper function. */
function looksLikeClass(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/** `tf.image.random_flip_left_right`, `tensorflow.image.flip_up_down`, `tf.compat.v1.image.resize`. */
const TF_IMAGE_PATH = /^(?:tensorflow|tf)(?:\.compat\.v[12])?\.image\.(\w+)$/;

export function classifyCallee(callee: Callee): CallRole | undefined {
  const { name, foreignModule } = callee;
  if (foreignModule !== undefined) return looksLikeClass(name) ? { role: 'unknown', callee } : undefined;
  const tfImage = TF_IMAGE_PATH.exec(callee.qualified);
  if (tfImage) return TF_IMAGE_FUNCTIONS.has(tfImage[1]) ? { role: 'tf.image', callee, className: `tf.image.${tfImage[1]}` } : undefined;
  if (callee.qualified.split('.')[0] === 'keras_cv') return classifyKerasCv(callee);
  if (name === 'Sequential') return { role: 'container', callee, className: 'Sequential', family: 'keras' };
  // keras.layers.Pipeline (Keras 3); a bare `Pipeline` with no import is too likely scikit-learn's.
  if (name === 'Pipeline') {
    return callee.qualified.includes('.') ? { role: 'container', callee, className: 'Pipeline', family: 'keras' } : { role: 'unknown', callee };
  }
  if (name === 'Input') return { role: 'input', callee };
  const kind = layerKind(name);
  if (kind === 'image' || kind === 'other') return { role: kind, callee, className: canonicalClassName(name), family: 'keras' };
  return looksLikeClass(name) ? { role: 'unknown', callee } : undefined;
}

function classifyKerasCv(callee: Callee): CallRole | undefined {
  const { name } = callee;
  if (KERAS_CV_CONTAINERS.has(name)) return { role: 'container', callee, className: name, family: 'keras_cv' };
  if (KERAS_CV_LAYERS.has(name)) return { role: 'image', callee, className: name, family: 'keras_cv' };
  // keras_cv.layers holds model blocks too (FeaturePyramid, DropBlock2D...): layers, not augmentation.
  return looksLikeClass(name) ? { role: 'other', callee, className: name, family: 'keras_cv' } : undefined;
}
