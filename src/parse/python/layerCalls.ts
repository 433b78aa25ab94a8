// One element of a layer list → a LayerCall (image or other layer), or a diagnostic when it
// looks like a layer the catalog does not know.
import type { Node } from '@vscode/tree-sitter-wasm';
import { ALL_IMAGE_LAYERS, bindArguments, layerSignature } from '../../pipeline/catalog';
import type { ArgValue, LayerCall } from '../../pipeline/model';
import { describeCallee, classifyCallee } from './callees';
import { callArguments } from './callArguments';
import { ParseContext } from './parseContext';
import { rangeOf, unparenthesize } from './syntaxNodes';
import { closestName } from './suggest';

export type ListElement =
  | { readonly kind: 'image' | 'other'; readonly layer: LayerCall }
  /** A nested Sequential/Pipeline: a pipeline of its own, found separately. */
  | { readonly kind: 'container' }
  | { readonly kind: 'skipped' };

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

export function readListElement(element: Node, ctx: ParseContext): ListElement {
  const node = unparenthesize(element);
  if (node.type !== 'call') return { kind: 'skipped' }; // a reference or expression: not followed yet
  const fn = node.childForFieldName('function');
  const callee = fn && describeCallee(fn, ctx.names);
  const role = callee && classifyCallee(callee);
  if (!callee || !role) return { kind: 'skipped' };
  switch (role.role) {
    case 'container':
      return { kind: 'container' };
    case 'unknown':
      ctx.diagnostics.push(unknownLayerDiagnostic(node, callee.name, callee.foreignModule));
      return { kind: 'skipped' };
    case 'image':
    case 'other':
      return { kind: role.role, layer: layerCall(node, role.className, callee.written, role.role === 'image', ctx) };
  }
}

function layerCall(call: Node, className: string, callee: string, isImage: boolean, ctx: ParseContext): LayerCall {
  const { positional, keywords, unplaced } = callArguments(call, ctx.evaluator);
  const version = ctx.keras.version;
  const bound = bindArguments(className, version, positional, keywords);
  const args: Record<string, ArgValue> = { ...bound.args };
  if (unplaced.star.length > 0) args['*args'] = { unresolved: unplaced.star.join(', ') };
  if (unplaced.doubleStar.length > 0) args['**kwargs'] = { unresolved: unplaced.doubleStar.join(', ') };
  const range = rangeOf(call);
  if (isImage) {
    if (!layerSignature(className, version)) {
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'unavailable-layer',
        message: `${className} does not exist in Keras ${version} (Keras ${version}: ${ctx.keras.reason})`,
        range,
      });
    } else if (unplaced.star.length === 0) {
      // With a `*args` splat the binding problems would be guesses about what it holds.
      for (const problem of bound.problems) ctx.diagnostics.push({ severity: 'warning', code: 'bad-arguments', message: problem, range });
    }
  }
  return { className, callee, range, args };
}

function unknownLayerDiagnostic(call: Node, name: string, foreignModule: string | undefined) {
  const range = rangeOf(call);
  if (foreignModule !== undefined) {
    return {
      severity: 'warning' as const,
      code: 'unknown-layer',
      message: `${name} comes from ${foreignModule}, not Keras; the preview skips it`,
      range,
    };
  }
  const suggestion = suggestionFor(name);
  return {
    severity: 'warning' as const,
    code: 'unknown-layer',
    message: `unknown layer ${name}; the preview skips it` + (suggestion ? ` (did you mean ${suggestion}?)` : ''),
    range,
  };
}
