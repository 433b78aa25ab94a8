// Keras's functional API: `x = layers.RandomFlip()(inputs)`, `x = layers.RandomRotation(0.1)(x)`,
// ... Applications linked through the tensors they pass on form one pipeline, in data-flow order.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { InputSize } from '../../pipeline/model';
import { Application, appliedTo, applicationAt } from './applications';
import { enclosingFunction, functionName } from './controlFlow';
import { inputSizeFromShape } from './inputSize';
import { layerCall } from './layerCalls';
import { ParseContext, where } from './parseContext';
import type { PipelineBuilder, Step } from './pipelineBuilder';
import { classifyCallee, describeCallee } from './callees';
import { unparenthesize } from './syntaxNodes';

export interface Chain {
  readonly name: string;
  readonly start: Node;
  readonly end: Node;
  readonly steps: Step[];
  readonly inputSize?: InputSize;
  /** Pipelines applied inside the chain (their own uses). */
  readonly applied: readonly Application[];
}

const MAX_CHAIN = 500;

/** Groups image-layer applications into chains, each from its first application. */
export function functionalChains(applications: readonly Node[], ctx: ParseContext, builder: PipelineBuilder): Chain[] {
  const groups = new Map<number, { root: Application; members: Map<number, Application> }>();
  for (const call of applications) {
    const app = applicationAt(call, ctx, builder);
    if (!app) continue;
    const path: Application[] = [app];
    for (let prev = predecessor(app, ctx, builder); prev && path.length < MAX_CHAIN; prev = predecessor(prev, ctx, builder)) {
      if (path.some((p) => p.call.id === prev!.call.id)) break;
      path.push(prev);
    }
    const root = path[path.length - 1];
    let group = groups.get(root.call.id);
    if (!group) groups.set(root.call.id, (group = { root, members: new Map() }));
    for (const p of path) group.members.set(p.call.id, p);
  }
  const chains: Chain[] = [];
  for (const { root, members } of groups.values()) {
    const ordered = [...members.values()].sort((a, b) => a.call.startIndex - b.call.startIndex);
    const steps: Step[] = [];
    for (const app of ordered) {
      if (app.kind === 'layer') steps.push({ layer: layerCall(app.constructor, app.role, ctx), image: app.role.role === 'image' });
      else {
        const from = builder.nameOf(app.container);
        for (const s of builder.stepsOf(app.container)) steps.push({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? from } });
      }
    }
    if (!ordered.some((a) => a.kind === 'layer' && a.role.role === 'image')) continue;
    const fn = enclosingFunction(root.call, ctx.index);
    const name = (fn && functionName(fn, ctx.index)) ?? `<functional>@${where(ctx.range(root.call)).replace(/^line /, '')}`;
    const inputSize = rootInputSize(root, ctx);
    chains.push({
      name, start: ordered[0].call, end: ordered[ordered.length - 1].call, steps,
      ...(inputSize ? { inputSize } : {}),
      applied: ordered.filter((a) => a.kind === 'pipeline'),
    });
  }
  return chains.sort((a, b) => a.start.startIndex - b.start.startIndex);
}

/** The application that produced this one's input, directly or through a variable. */
function predecessor(app: Application, ctx: ParseContext, builder: PipelineBuilder): Application | undefined {
  const input = appliedTo(app.call);
  const value = input && valueOf(input, ctx);
  return value ? applicationAt(value, ctx, builder) : undefined;
}

function valueOf(node: Node, ctx: ParseContext): Node | undefined {
  const n = unparenthesize(node);
  if (n.type === 'call') return n;
  if (n.type !== 'identifier') return undefined;
  const r = ctx.names.resolve(n);
  return r.kind === 'bound' && r.site.kind === 'assignment' && r.site.path.length === 0 ? unparenthesize(r.site.value) : undefined;
}

/** `inputs = keras.Input(shape=(h, w, 3))` feeding the first application. */
function rootInputSize(root: Application, ctx: ParseContext): InputSize | undefined {
  const input = appliedTo(root.call);
  const value = input && valueOf(input, ctx);
  if (!value || value.type !== 'call') return undefined;
  const fn = value.childForFieldName('function');
  const callee = fn && describeCallee(fn, ctx.names);
  const role = callee && classifyCallee(callee);
  return role?.role === 'input' ? inputSizeFromShape(value, 'shape', 'Input(shape=...)', ctx) : undefined;
}
