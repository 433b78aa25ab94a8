// What a found layer amounts to, whatever it was written in: its full configuration (arguments
// completed with the defaults of its signature), whether it acts at inference, and which of its
// values the parser could not determine. Shared by the CLI's JSON and the editor.
import { kerasCvSignature, tfImageSignature, withSignatureDefaults } from './augmentationCatalog';
import { activeAtInference, withDefaults } from './catalog';
import type { ArgValue, KerasVersion, LayerCall } from './model';
import { isUnresolved } from './model';

export function layerConfig(layer: LayerCall, version: KerasVersion): Record<string, ArgValue> {
  switch (layer.kind ?? 'keras') {
    case 'tf.image': {
      const sig = tfImageSignature(layer.className.replace(/^tf\.image\./, ''));
      return sig ? withSignatureDefaults(sig, layer.args, true) : { ...layer.args };
    }
    case 'keras_cv': {
      const sig = kerasCvSignature(layer.className);
      return sig ? withSignatureDefaults(sig, layer.args) : { ...layer.args };
    }
    default:
      return withDefaults(layer.className, version, layer.args);
  }
}

/**
 * Whether the layer changes its input with training=False. KerasCV layers default their call's
 * `training` to True and tf.image ops (TF's and TF.js's) have no training flag at all, so they
 * always act; TF.js's RandomWidth draws a width in inference too (tfjs-layers 4.22).
 */
export function layerActiveAtInference(layer: LayerCall, version: KerasVersion): boolean {
  const kind = layer.kind ?? 'keras';
  if (kind === 'keras_cv' || kind === 'tf.image') return true;
  if (kind === 'tfjs' && (layer.className === 'RandomWidth' || layer.className.startsWith('tf.image.'))) return true;
  return activeAtInference(layer.className, version);
}

export interface UnresolvedArg {
  /** Where in the arguments: "fill_mode", "input_shape[0]", "**kwargs". */
  readonly arg: string;
  /** The source text that could not be evaluated. */
  readonly text: string;
}

export function unresolvedArgs(args: Readonly<Record<string, ArgValue>>): UnresolvedArg[] {
  const out: UnresolvedArg[] = [];
  const walk = (v: ArgValue, path: string) => {
    if (isUnresolved(v)) out.push({ arg: path, text: v.unresolved });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  for (const [k, v] of Object.entries(args)) walk(v, k);
  return out;
}
