// Arguments of a TF or TF.js image function as the engine receives them (the parser has bound
// positional ones to parameter names and left the image out): checked against the function's
// parameters the way Python binds a call, defaults filled in.
import { tfImageSignature } from '../../../pipeline/augmentationCatalog';
import type { ParamSpec } from '../../../pipeline/catalog';
import type { Value } from '../../../pipeline/model';
import { LayerConfigError } from '../layer';
import type { FunctionFactory } from './tfFunction';

/** "tf.image.random_flip_left_right" → its parameters after the image. */
export function functionParams(factory: FunctionFactory): readonly ParamSpec[] {
  if (factory.params) return factory.params;
  const signature = tfImageSignature(factory.className.replace(/^tf\.image\./, ''));
  if (!signature) throw new Error(`${factory.className}: no signature in augmentation-signatures.json`);
  return signature.slice(1);
}

/**
 * The full argument set, or LayerConfigError with the message TF's dispatch wrapper raises
 * (TypeError "Got an unexpected keyword argument 'x'" / "Missing required positional argument");
 * for TF.js ops, which JavaScript would call with `undefined`, a message of the engine's own.
 */
export function bindFunctionArgs(factory: FunctionFactory, args: Readonly<Record<string, Value>>): Record<string, Value> {
  const params = functionParams(factory);
  // TF.js ops take positional arguments only: the parser names them, so a stray name is the caller's.
  const js = factory.params !== undefined;
  const unknown = Object.keys(args).find((k) => !params.some((p) => p.name === k));
  if (unknown !== undefined) {
    throw new LayerConfigError(js ? `${factory.className} has no parameter '${unknown}'` : `Got an unexpected keyword argument '${unknown}'`);
  }
  const full: Record<string, Value> = {};
  for (const p of params) {
    if (p.name in args) full[p.name] = args[p.name];
    else if (p.required) throw new LayerConfigError(js ? `${factory.className} needs its argument '${p.name}'` : 'Missing required positional argument');
    else full[p.name] = p.default ?? null;
  }
  return full;
}
