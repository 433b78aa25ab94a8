// Calls that apply a layer or a pipeline to a tensor: `layers.RandomFlip()(x)` (Keras's
// functional API), `data_augmentation(x, training=True)`, `keras.Sequential([...])(inputs)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import { CallRole, classifyCallee, describeCallee } from './callees';
import { ParseContext } from './parseContext';
import type { Container, PipelineBuilder } from './pipelineBuilder';
import { meaningfulChildren, unparenthesize } from './syntaxNodes';

export type Application =
  | { readonly kind: 'layer'; readonly call: Node; readonly constructor: Node; readonly role: Extract<CallRole, { role: 'image' | 'other' }> }
  | { readonly kind: 'pipeline'; readonly call: Node; readonly container: Container };

/** What `call` applies, if it applies a layer or a known pipeline. */
export function applicationAt(call: Node, ctx: ParseContext, builder: PipelineBuilder): Application | undefined {
  if (call.type !== 'call') return undefined;
  const fn = call.childForFieldName('function');
  if (!fn) return undefined;
  const f = unparenthesize(fn);
  if (f.type === 'call') {
    const inline = builder.containerOf(f);
    if (inline) return { kind: 'pipeline', call, container: inline };
    const inner = f.childForFieldName('function');
    const callee = inner && describeCallee(inner, ctx.names);
    const role = callee && classifyCallee(callee);
    if (role && (role.role === 'image' || role.role === 'other')) return { kind: 'layer', call, constructor: f, role };
    return undefined;
  }
  if (f.type === 'identifier') {
    const container = containerBoundTo(f, ctx, builder);
    if (container) return { kind: 'pipeline', call, container };
  }
  return undefined;
}

/** The container a name is bound to: `aug = Sequential(...)` or `aug = make_augmentation()`. */
export function containerBoundTo(name: Node, ctx: ParseContext, builder: PipelineBuilder, depth = 0): Container | undefined {
  if (depth > 8) return undefined;
  const r = ctx.names.resolve(name, true);
  if (r.kind !== 'bound' || r.site.kind !== 'assignment' || r.site.path.length > 0) return undefined;
  const value = unparenthesize(r.site.value);
  if (value.type === 'identifier') return containerBoundTo(value, ctx, builder, depth + 1);
  if (value.type !== 'call') return undefined;
  const direct = builder.containerOf(value);
  if (direct) return direct;
  // A helper that returns a container.
  const fn = value.childForFieldName('function');
  const def = fn && fn.type === 'identifier' ? builder.definitionOf(fn) : undefined;
  return def ? returnedContainer(def, ctx, builder) : undefined;
}

function returnedContainer(def: Node, ctx: ParseContext, builder: PipelineBuilder): Container | undefined {
  const body = def.childForFieldName('body');
  if (!body) return undefined;
  for (const value of collectReturns(body)) {
    const v = unparenthesize(value);
    const c = v.type === 'call' ? builder.containerOf(v) : v.type === 'identifier' ? containerBoundTo(v, ctx, builder) : undefined;
    if (c) return c;
  }
  return undefined;
}

function collectReturns(body: Node): Node[] {
  const out: Node[] = [];
  const stack = [body];
  while (stack.length > 0 && out.length < 50) {
    const n = stack.pop()!;
    if (n.type === 'return_statement') {
      const v = meaningfulChildren(n)[0];
      if (v) out.push(v);
      continue;
    }
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') continue;
    for (let i = n.namedChildCount - 1; i >= 0; i--) {
      const c = n.namedChild(i);
      if (c) stack.push(c);
    }
  }
  return out;
}

/** The tensor an application is given: its first positional argument. */
export function appliedTo(call: Node): Node | undefined {
  const args = call.childForFieldName('arguments');
  if (!args) return undefined;
  return meaningfulChildren(args).find((a) => a.type !== 'keyword_argument');
}

/** The `training=` keyword of a call, when it is a literal. */
export function trainingArgument(call: Node): boolean | null {
  const args = call.childForFieldName('arguments');
  if (!args) return null;
  for (const a of meaningfulChildren(args)) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'training') {
      const v = a.childForFieldName('value')?.type;
      return v === 'true' ? true : v === 'false' ? false : null;
    }
  }
  return null;
}
