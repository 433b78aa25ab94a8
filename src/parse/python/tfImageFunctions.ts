// Map functions that augment with TF's own ops: `def augment(image, label):
// image = tf.image.random_flip_left_right(image) ...`. Each function holding at least one
// random, stateless-random or flip op is a pipeline named after it; its steps are its tf.image
// calls and the pipelines it applies, in evaluation order (a call ends after those nested in it). Top-level calls (a notebook working on
// one image) form one pipeline per file.
import type { Node } from '@vscode/tree-sitter-wasm';
import { isTfImageAugmentation } from '../../pipeline/augmentationCatalog';
import type { PipelineUse } from '../../pipeline/model';
import type { CallRole } from './callees';
import { functionName } from './controlFlow';
import { layerCall } from './layerCalls';
import { ParseContext, where } from './parseContext';
import type { Step } from './pipelineBuilder';
import { mapCallsOf } from './uses';

export interface TfImageCall {
  readonly call: Node;
  readonly role: Extract<CallRole, { role: 'tf.image' }>;
}

export interface AppliedPipeline {
  readonly call: Node;
  readonly steps: () => Step[];
  readonly name: string;
}

export interface FunctionPipeline {
  readonly name: string;
  readonly start: Node;
  readonly end: Node;
  readonly steps: Step[];
  readonly uses: PipelineUse[];
}

/** The def holding a node, else its outermost lambda, else undefined (top level). */
export function augmentationScope(node: Node, ctx: ParseContext): Node | undefined {
  let lambda: Node | undefined;
  for (let n = ctx.index.parentOf(node); n; n = ctx.index.parentOf(n)) {
    if (n.type === 'function_definition') return n;
    if (n.type === 'lambda') lambda = n;
  }
  return lambda;
}

export function tfImagePipelines(calls: readonly TfImageCall[], applied: readonly AppliedPipeline[], ctx: ParseContext): FunctionPipeline[] {
  const groups = new Map<number, { scope: Node | undefined; first: Node; items: { at: number; steps: () => Step[] }[]; augments: boolean }>();
  for (const c of calls) {
    const scope = augmentationScope(c.call, ctx);
    const key = scope?.id ?? -1;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scope, first: c.call, items: [], augments: false }));
    g.items.push({ at: c.call.endIndex, steps: () => [{ layer: layerCall(c.call, c.role, ctx), image: true }] });
    if (isTfImageAugmentation(c.role.className.slice('tf.image.'.length))) g.augments = true;
  }
  for (const a of applied) {
    const g = groups.get(augmentationScope(a.call, ctx)?.id ?? -1);
    if (g) g.items.push({ at: a.call.endIndex, steps: () => a.steps().map((s) => ({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? a.name } })) });
  }
  const out: FunctionPipeline[] = [];
  for (const g of groups.values()) {
    if (!g.augments) continue;
    g.items.sort((a, b) => a.at - b.at);
    const steps = g.items.flatMap((i) => i.steps());
    const first = g.first;
    const name = (g.scope && functionName(g.scope, ctx.index)) ?? (g.scope ? `<lambda>@${where(ctx.range(g.scope)).replace(/^line /, '')}` : `<tf.image>@${where(ctx.range(first)).replace(/^line /, '')}`);
    const uses: PipelineUse[] = g.scope && g.scope.type === 'function_definition'
      ? mapCallsOf(name, ctx).map((id) => ({ kind: 'dataset.map' as const, training: null, range: ctx.range(ctx.index.parentOf(ctx.index.parentOf(id)!)!) }))
      : [];
    out.push({ name, start: g.scope ?? first, end: g.scope ?? first, steps, uses });
  }
  return out;
}
