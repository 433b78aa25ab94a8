// Layer lists as Python would build them, statically: list literals, `+`, `*splat`, variables
// grown by append/extend/insert/`+=`, containers grown by `.add(...)`, helper functions that
// return a list, a layer or a container, and references to other pipelines (whose layers are
// spliced in, marked with where they came from).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { InputSize, LayerCall } from '../../pipeline/model';
import { BindingSite } from './bindings';
import { CallRole, classifyCallee, describeCallee } from './callees';
import { enclosingFunction, functionDefinitionOf, functionName, isDead, returnedValues } from './controlFlow';
import { inputSizeFromShape } from './inputSize';
import { layerCall, unknownLayerDiagnostic } from './layerCalls';
import { ParseContext, where } from './parseContext';
import { dottedName, meaningfulChildren, sameNode, unparenthesize } from './syntaxNodes';

export interface Step {
  readonly layer: LayerCall;
  readonly image: boolean;
}

export type ContainerRole = Extract<CallRole, { role: 'container' }>;

export interface Container {
  readonly call: Node;
  readonly role: ContainerRole;
  /** The layers argument (first positional or `layers=`). */
  readonly layersArgument?: Node;
  /** Layer calls recovered from a statement broken by a syntax error, used instead of the argument. */
  readonly elements?: readonly Node[];
  /** Where the pipeline ends: the call, or the last recovered element. */
  readonly end?: Node;
  readonly nameArgument?: Node;
  /** The assignment target as written, and the identifier when it is a plain name. */
  readonly assignedTo?: string;
  readonly target?: Node;
}

const MAX_DEPTH = 24;

export class PipelineBuilder {
  private readonly containers = new Map<number, Container>();
  private readonly steps = new Map<number, Step[]>();
  private readonly building = new Set<number>();
  private readonly inputs = new Map<number, InputSize>();
  private readonly unfollowed = new Set<number>();

  constructor(private readonly ctx: ParseContext) {}

  /** Registers a container recovered from a syntax error (see errorRecovery.ts). */
  addRecovered(container: Container): Container {
    const known = this.containers.get(container.call.id);
    if (known) return known;
    this.containers.set(container.call.id, container);
    return container;
  }

  /** The container a call is, when its callee is Sequential, Pipeline or a KerasCV container. */
  containerOf(call: Node): Container | undefined {
    const known = this.containers.get(call.id);
    if (known) return known;
    if (call.type !== 'call') return undefined;
    const fn = call.childForFieldName('function');
    const callee = fn && describeCallee(fn, this.ctx.names);
    const role = callee && classifyCallee(callee);
    if (!role || role.role !== 'container') return undefined;
    const container = readContainer(call, role, this.ctx);
    this.containers.set(call.id, container);
    return container;
  }

  /** Its steps, built once; a container reached again while being built (a cycle) gives none. */
  stepsOf(container: Container): Step[] {
    const id = container.call.id;
    const done = this.steps.get(id);
    if (done) return done;
    if (this.building.has(id)) return [];
    this.building.add(id);
    try {
      let steps: Step[] = [];
      const arg = container.layersArgument;
      if (container.elements) steps = container.elements.flatMap((e) => this.element(e, 1, id));
      else if (arg) {
        const seq = this.sequence(arg, 0, id);
        if (seq) steps = seq;
        else this.unfollowed.add(id);
      }
      // `model = Sequential()` then `model.add(layer)`...
      const site = container.target && siteOf(container.target, this.ctx);
      if (site) steps = this.mutations(site, Number.MAX_SAFE_INTEGER, 0, id, steps);
      this.steps.set(id, steps);
      return steps;
    } finally {
      this.building.delete(id);
    }
  }

  /** True when the layers argument was something we could not follow (for a diagnostic). */
  wasUnfollowed(container: Container): boolean {
    return this.unfollowed.has(container.call.id);
  }

  inputSizeOf(container: Container): InputSize | undefined {
    return this.inputs.get(container.call.id);
  }

  /** The pipeline's name: its variable, the function returning it, its name=, or where it is. */
  nameOf(container: Container): string {
    const fn = this.returnedBy(container);
    if (fn) return fn;
    if (container.assignedTo) return container.assignedTo;
    const named = container.nameArgument && this.ctx.evaluator.evaluate(container.nameArgument);
    if (typeof named === 'string' && named !== '') return named;
    return `<anonymous>@${where(this.ctx.range(container.call)).replace(/^line /, '')}`;
  }

  /** The function's name when the container is what that function returns (directly or through a local). */
  private returnedBy(container: Container): string | undefined {
    const ix = this.ctx.index;
    const fn = enclosingFunction(container.call, ix);
    if (!fn || fn.type !== 'function_definition') return undefined;
    for (const value of returnedValues(fn, ix)) {
      const v = unparenthesize(value);
      if (sameNode(v, container.call)) return functionName(fn, ix);
      if (v.type === 'identifier' && container.target) {
        const r = this.ctx.names.resolve(v, true);
        if (r.kind === 'bound' && sameNode(r.site.common.identifier, container.target)) return functionName(fn, ix);
      }
    }
    return undefined;
  }

  /** An expression read as a list of layers; undefined when it is not one we can follow. */
  sequence(node: Node, depth: number, owner: number): Step[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unparenthesize(node);
    switch (n.type) {
      case 'list':
      case 'tuple':
      case 'expression_list': {
        const out: Step[] = [];
        for (const el of meaningfulChildren(n)) {
          if (el.type === 'list_splat') {
            const inner = meaningfulChildren(el)[0];
            out.push(...((inner && this.sequence(inner, depth + 1, owner)) ?? []));
          } else out.push(...this.element(el, depth + 1, owner));
        }
        return out;
      }
      case 'binary_operator': {
        if (n.childForFieldName('operator')?.text !== '+') return undefined;
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        const a = left && this.sequence(left, depth + 1, owner);
        const b = right && this.sequence(right, depth + 1, owner);
        return a && b ? a.concat(b) : undefined;
      }
      case 'identifier': {
        const r = this.ctx.names.resolve(n, true);
        if (r.kind !== 'bound' || r.site.kind !== 'assignment' || r.site.path.length > 0) return undefined;
        const value = unparenthesize(r.site.value);
        // A name bound to a container or a layer is one element, not a list.
        if (value.type === 'call') return this.element(n, depth + 1, owner);
        const base = this.sequence(value, depth + 1, owner);
        return base && this.mutations(r.site, n.startIndex, depth + 1, owner, base);
      }
      case 'call': {
        const fn = n.childForFieldName('function');
        const callee = fn && describeCallee(fn, this.ctx.names);
        const role = callee && classifyCallee(callee);
        if (role) return this.element(n, depth + 1, owner);
        const def = fn && fn.type === 'identifier' ? this.definitionOf(fn) : undefined;
        if (!def) return undefined;
        for (const value of returnedValues(def, this.ctx.index)) {
          const seq = this.sequence(value, depth + 1, owner);
          if (seq && seq.length > 0) return seq;
        }
        return [];
      }
      default:
        return undefined;
    }
  }

  /** One element of a layer list: a layer, a container (spliced), a name bound to either, a helper call. */
  element(node: Node, depth: number, owner: number): Step[] {
    if (depth > MAX_DEPTH) return [];
    const n = unparenthesize(node);
    if (n.type === 'identifier') {
      const r = this.ctx.names.resolve(n, true);
      if (r.kind !== 'bound' || r.site.kind !== 'assignment' || r.site.path.length > 0) return [];
      const value = unparenthesize(r.site.value);
      return value.type === 'call' ? this.element(value, depth + 1, owner) : (this.sequence(n, depth + 1, owner) ?? []);
    }
    if (n.type === 'list' || n.type === 'tuple') return this.sequence(n, depth + 1, owner) ?? [];
    if (n.type !== 'call') return [];
    const fn = n.childForFieldName('function');
    if (!fn || fn.type === 'call') return []; // `Layer(...)(x)`: an application, not a layer
    const callee = describeCallee(fn, this.ctx.names);
    const role = callee && classifyCallee(callee);
    if (!role) {
      const def = fn.type === 'identifier' ? this.definitionOf(fn) : undefined;
      if (!def) return [];
      for (const value of returnedValues(def, this.ctx.index)) {
        const seq = this.sequence(value, depth + 1, owner);
        if (seq && seq.length > 0) return seq;
      }
      return [];
    }
    switch (role.role) {
      case 'container': {
        const inner = this.containerOf(n);
        if (!inner) return [];
        const from = this.nameOf(inner);
        return this.stepsOf(inner).map((s) => ({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? from } }));
      }
      case 'image':
      case 'other':
        return [{ layer: layerCall(n, role, this.ctx), image: role.role === 'image' }];
      case 'input': {
        const size = inputSizeFromShape(n, 'shape', 'Input(shape=...)', this.ctx);
        if (size && !this.inputs.has(owner)) this.inputs.set(owner, size);
        return [];
      }
      case 'unknown':
        this.ctx.diagnostics.push(unknownLayerDiagnostic(n, role.callee.name, role.callee.foreignModule, this.ctx));
        return [];
      default:
        return [];
    }
  }

  /** The def statement a called name refers to. */
  definitionOf(fn: Node): Node | undefined {
    const r = this.ctx.names.resolve(fn);
    return r.kind === 'bound' && r.site.kind === 'other' ? functionDefinitionOf(r.site.common.identifier, this.ctx.index) : undefined;
  }

  /**
   * `base` with the changes made to a list or container bound at `site` before offset `before`,
   * in source order: `x.append(l)`, `x.add(l)`, `x.extend(ls)`, `x.insert(i, l)`, `x += ls`.
   */
  mutations(site: BindingSite, before: number, depth: number, owner: number, base: Step[]): Step[] {
    const ctx = this.ctx;
    let out: Step[] = base;
    const until = Math.min(before, ctx.names.nextBindingAfter(site));
    for (const offset of ctx.index.offsetsOf(ctx.text, site.common.name)) {
      if (offset < site.common.effectiveAt) continue;
      if (offset >= until) break;
      const id = ctx.index.identifierAt(offset, site.common.name.length);
      if (!id) continue;
      const r = ctx.names.resolve(id, true);
      if (r.kind !== 'bound' || !sameNode(r.site.common.identifier, site.common.identifier) || isDead(id, ctx.index)) continue;
      const parent = ctx.index.parentOf(id);
      if (!parent) continue;
      if (parent.type === 'augmented_assignment' && sameNode(parent.childForFieldName('left'), id)) {
        const right = parent.childForFieldName('right');
        if (parent.childForFieldName('operator')?.text === '+=' && right) out = out.concat(this.sequence(right, depth + 1, owner) ?? []);
        continue;
      }
      if (parent.type !== 'attribute' || !sameNode(parent.childForFieldName('object'), id)) continue;
      const method = parent.childForFieldName('attribute')?.text;
      const call = ctx.index.parentOf(parent);
      if (!call || call.type !== 'call' || !sameNode(call.childForFieldName('function'), parent)) continue;
      const argList = call.childForFieldName('arguments');
      const args = argList ? meaningfulChildren(argList).filter((a) => a.type !== 'keyword_argument') : [];
      if ((method === 'append' || method === 'add') && args[0]) out = out.concat(this.element(args[0], depth + 1, owner));
      else if (method === 'extend' && args[0]) out = out.concat(this.sequence(args[0], depth + 1, owner) ?? []);
      else if (method === 'insert' && args[1]) {
        const at = ctx.evaluator.evaluate(args[0]);
        const added = this.element(args[1], depth + 1, owner);
        const i = typeof at === 'number' && Number.isInteger(at) ? (at < 0 ? Math.max(0, out.length + at) : Math.min(at, out.length)) : out.length;
        out = [...out.slice(0, i), ...added, ...out.slice(i)];
      }
    }
    return out;
  }
}

/** The binding made at this identifier (the target of an assignment). */
export function siteOf(target: Node, ctx: ParseContext): BindingSite | undefined {
  return ctx.names.bindingsOf(target.text).find((s) => sameNode(s.common.identifier, target));
}

function readContainer(call: Node, role: ContainerRole, ctx: ParseContext): Container {
  const args = call.childForFieldName('arguments');
  let layers: Node | undefined;
  let nameArgument: Node | undefined;
  const all = args && args.type === 'argument_list' ? meaningfulChildren(args) : [];
  for (const arg of all) {
    if (arg.type !== 'keyword_argument') continue;
    const key = arg.childForFieldName('name')?.text;
    const value = arg.childForFieldName('value') ?? undefined;
    if (key === 'layers' || key === 'augmenters') layers = value;
    else if (key === 'name') nameArgument = value;
  }
  const first = all[0];
  if (!layers && first && first.type !== 'keyword_argument' && first.type !== 'ERROR' && first.type !== 'list_splat') layers = first;
  const target = assignmentTarget(call, ctx);
  return {
    call, role,
    ...(layers ? { layersArgument: layers } : {}),
    ...(nameArgument ? { nameArgument } : {}),
    ...(target ? { assignedTo: target.text, ...(target.node ? { target: target.node } : {}) } : {}),
  };
}

/** `x = <call>`, `self.x = <call>`, `x: T = <call>` → the target as written (and the identifier). */
function assignmentTarget(call: Node, ctx: ParseContext): { text: string; node?: Node } | undefined {
  const ix = ctx.index;
  let n = call;
  for (let p = ix.parentOf(n); p && p.type === 'parenthesized_expression'; p = ix.parentOf(n)) n = p;
  const assignment = ix.parentOf(n);
  if (!assignment || assignment.type !== 'assignment' || !sameNode(assignment.childForFieldName('right'), n)) return undefined;
  const left = assignment.childForFieldName('left');
  const text = left ? dottedName(left) : undefined;
  if (!left || !text) return undefined;
  return left.type === 'identifier' ? { text, node: left } : { text };
}
