// One layer constructor call (Keras, KerasCV) or tf.image call → a LayerCall with its arguments
// bound to parameter names, and the diagnostics its arguments deserve.
import type { Node } from '@vscode/tree-sitter-wasm';
import { bindToSignature, kerasCvSignature, tfImageSignature } from '../../pipeline/augmentationCatalog';
import { ALL_IMAGE_LAYERS, bindArguments, layerSignature } from '../../pipeline/catalog';
import type { ArgValue, Diagnostic, LayerCall, Phrase } from '../../pipeline/model';
import { phrase, said } from '../phrases';
import { callArguments } from './callArguments';
import { CallRole } from './callees';
import { ParseContext } from './parseContext';
import { closestName } from './suggest';

const SUGGESTABLE = [...ALL_IMAGE_LAYERS, 'CLAHE'];
/** The same misspelling tends to repeat across a workspace; bounded so odd input cannot grow it. */
const suggestions = new Map<string, string | undefined>();

function suggestionFor(name: string): string | undefined {
  if (!suggestions.has(name)) {
    if (suggestions.size >= 1000) suggestions.clear();
    suggestions.set(name, closestName(name, SUGGESTABLE));
  }
  return suggestions.get(name);
}

type LayerRole = Extract<CallRole, { role: 'image' | 'other' | 'tf.image' }>;

export function layerCall(call: Node, role: LayerRole, ctx: ParseContext): LayerCall {
  const { positional, keywords, unplaced } = callArguments(call, ctx.evaluator);
  const version = ctx.keras.version;
  const range = ctx.range(call);
  const isImage = role.role !== 'other';
  const open = unplaced.star.length > 0 || unplaced.doubleStar.length > 0;
  let bound: { args: Record<string, ArgValue>; problems: Phrase[] };
  let signatureKnown = true;
  let kind: LayerCall['kind'] = 'keras';
  if (role.role === 'tf.image') {
    kind = 'tf.image';
    const sig = tfImageSignature(role.className.slice('tf.image.'.length)) ?? [];
    bound = bindToSignature(role.className, sig, positional, keywords, { skipFirst: true, open });
    delete bound.args.name;
  } else if (role.family === 'keras_cv') {
    kind = 'keras_cv';
    const sig = kerasCvSignature(role.className);
    signatureKnown = !!sig || !isImage;
    bound = sig ? bindToSignature(role.className, sig, positional, keywords, { layerKwargs: true, open }) : bindArguments(role.className, version, positional, keywords, open);
  } else {
    bound = bindArguments(role.className, version, positional, keywords, open);
    signatureKnown = !isImage || !!layerSignature(role.className, version);
  }
  const args: Record<string, ArgValue> = { ...bound.args };
  if (unplaced.star.length > 0) args['*args'] = { unresolved: unplaced.star.join(', ') };
  if (unplaced.doubleStar.length > 0) args['**kwargs'] = { unresolved: unplaced.doubleStar.join(', ') };
  if (isImage) {
    if (!signatureKnown) {
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'unavailable-layer',
        // The reason is a translatable clause of its own, nested as a phrase when it has one.
        ...said(phrase('{0} does not exist in Keras {1} (Keras {1}: {2})', role.className, version, ctx.keras.phrase ?? ctx.keras.reason)),
        range,
      });
    } else if (unplaced.star.length === 0) {
      // With a `*args` splat the binding problems would be guesses about what it holds.
      for (const problem of bound.problems) ctx.diagnostics.push({ severity: 'warning', code: 'bad-arguments', ...said(problem), range });
    }
  }
  deprecatedNamespace(role, range, ctx);
  return { className: role.className, callee: role.callee.written, range, args, ...(kind !== 'keras' ? { kind } : {}) };
}

/** layers.experimental.preprocessing is gone from TF 2.16 / Keras 3: say so where it is used. */
function deprecatedNamespace(role: LayerRole, range: LayerCall['range'], ctx: ParseContext): void {
  if (!/(^|\.)experimental\.preprocessing\./.test(role.callee.qualified)) return;
  ctx.diagnostics.push({
    severity: 'info',
    code: 'deprecated-namespace',
    ...said(phrase('layers.experimental.preprocessing was removed in TensorFlow 2.16 (Keras 3); {0} is keras.layers.{0} there', role.className)),
    range,
  });
}

export function unknownLayerDiagnostic(call: Node, name: string, foreignModule: string | undefined, ctx: ParseContext): Diagnostic {
  const range = ctx.range(call);
  if (foreignModule !== undefined) {
    return { severity: 'warning', code: 'unknown-layer', ...said(phrase('{0} comes from {1}, not Keras; the preview skips it', name, foreignModule)), range };
  }
  const suggestion = suggestionFor(name);
  return {
    severity: 'warning',
    code: 'unknown-layer',
    ...said(suggestion
      ? phrase('unknown layer {0}; the preview skips it (did you mean {1}?)', name, suggestion)
      : phrase('unknown layer {0}; the preview skips it', name)),
    range,
  };
}
