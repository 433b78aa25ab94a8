// Where a named pipeline is applied: inside a dataset.map function (with training=True, say),
// inside another model, or called directly. Found from the name's occurrences that resolve to
// the pipeline's own binding.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { PipelineUse } from '../../pipeline/model';
import { trainingArgument } from './applications';
import { isDead } from './controlFlow';
import { ParseContext } from './parseContext';
import { siteOf } from './pipelineBuilder';
import { meaningfulChildren, sameNode } from './syntaxNodes';

export interface FoundUse {
  readonly use: PipelineUse;
  /** The call applying the pipeline, when it is one. */
  readonly call?: Node;
}

export function usesOf(target: Node, ctx: ParseContext): FoundUse[] {
  const out: FoundUse[] = [];
  const site = siteOf(target, ctx);
  if (!site) return out;
  const until = ctx.names.nextBindingAfter(site);
  for (const offset of ctx.index.offsetsOf(ctx.text, target.text)) {
    if (offset < site.common.effectiveAt) continue;
    if (offset >= until) break;
    const id = ctx.index.identifierAt(offset, target.text.length);
    if (!id) continue;
    const r = ctx.names.resolve(id, true);
    if (r.kind !== 'bound' || !sameNode(r.site.common.identifier, target) || isDead(id, ctx.index)) continue;
    const parent = ctx.index.parentOf(id);
    if (!parent) continue;
    if (parent.type === 'call' && sameNode(parent.childForFieldName('function'), id)) {
      const training = trainingArgument(parent);
      const kind = inMapFunction(parent, ctx) ? 'dataset.map' : training !== null ? 'call' : 'model';
      out.push({ use: { kind, training, range: ctx.range(parent) }, call: parent });
    } else if (parent.type === 'list' || parent.type === 'argument_list') {
      // An element of another model's layer list, or model.add(aug).
      out.push({ use: { kind: 'model', training: null, range: ctx.range(id) } });
    }
  }
  return out;
}

/** Inside a lambda or def that is handed to `.map(...)`. */
export function inMapFunction(node: Node, ctx: ParseContext): boolean {
  for (let n = ctx.index.parentOf(node); n; n = ctx.index.parentOf(n)) {
    if (n.type === 'lambda' && isMapArgument(n, ctx)) return true;
    if (n.type === 'function_definition') {
      const name = n.childForFieldName('name');
      return !!name && isMappedName(name.text, ctx);
    }
  }
  return false;
}

function isMapArgument(node: Node, ctx: ParseContext): boolean {
  const args = ctx.index.parentOf(node);
  const call = args && args.type === 'argument_list' ? ctx.index.parentOf(args) : null;
  const fn = call?.childForFieldName('function');
  return !!fn && fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'map';
}

/** Some `.map(name, ...)` passes this function. */
export function isMappedName(name: string, ctx: ParseContext): boolean {
  return mapCallsOf(name, ctx).length > 0;
}

/** The `.map(name)` calls passing `name` (its identifier nodes); once per name (many defs may share one). */
export function mapCallsOf(name: string, ctx: ParseContext): Node[] {
  const memo = ctx.index.memo<Node[]>(`mapCalls:${name}`, 0);
  if (memo.has) return memo.value;
  const out: Node[] = [];
  for (const offset of ctx.index.offsetsOf(ctx.text, name)) {
    const id = ctx.index.identifierAt(offset, name.length);
    if (id && isMapArgument(id, ctx) && meaningfulChildren(ctx.index.parentOf(id)!)[0]?.id === id.id) out.push(id);
  }
  return memo.set(out);
}
