// Finds `Sequential(...)` / `layers.Pipeline(...)` calls and the layer list each is given.
// Candidates come from a text search for the class names, each confirmed against the tree, so
// the cost follows the number of mentions and strings or comments never count.
import type { Node } from '@vscode/tree-sitter-wasm';
import { classifyCallee, describeCallee } from './callees';
import { ParseContext } from './parseContext';
import { SyntaxIndex } from './syntaxIndex';
import { dottedName, isExtra, meaningfulChildren, sameNode, unparenthesize, wordOffsets } from './syntaxNodes';

export interface ContainerCall {
  readonly className: 'Sequential' | 'Pipeline';
  /** The node whose range is the pipeline's: the call, or the callee when recovered from a syntax error. */
  readonly start: Node;
  readonly end: Node;
  /** The list's elements in order; undefined when the layers are not given as a list literal. */
  readonly elements: readonly Node[] | undefined;
  /** What the layers argument is when it is not a list literal (for the diagnostic). */
  readonly layersArgument?: Node;
  /** The variable the call is assigned to, as written ("data_augmentation", "self.augment"). */
  readonly assignedTo?: string;
  /** The `name=` keyword's value node. */
  readonly nameArgument?: Node;
}

const CONTAINER_NAMES = ['Sequential', 'Pipeline'] as const;

export function findContainerCalls(ctx: ParseContext): ContainerCall[] {
  const found: ContainerCall[] = [];
  for (const word of CONTAINER_NAMES) {
    for (const offset of wordOffsets(ctx.text, word)) {
      const id = ctx.index.identifierAt(offset, word.length);
      const hit = id && containerAt(id, ctx);
      if (hit) found.push(hit);
    }
  }
  return found.sort((a, b) => a.start.startIndex - b.start.startIndex);
}

function containerAt(id: Node, ctx: ParseContext): ContainerCall | undefined {
  // The callee is the identifier itself or the attribute it ends (`tf.keras.Sequential`).
  const ix = ctx.index;
  const parent = ix.parentOf(id);
  const callee = parent && parent.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), id) ? parent : id;
  const described = describeCallee(callee, ctx.names);
  const role = described && classifyCallee(described);
  if (!role || role.role !== 'container') return undefined;
  const holder = ix.parentOf(callee);
  if (holder && holder.type === 'call' && sameNode(holder.childForFieldName('function'), callee)) {
    return fromCall(holder, role.className, ix);
  }
  if (holder && holder.type === 'ERROR') return recoverFromError(callee, role.className, ix);
  return undefined; // an import, an isinstance() check, a type annotation...
}

function fromCall(call: Node, className: 'Sequential' | 'Pipeline', ix: SyntaxIndex): ContainerCall {
  const args = call.childForFieldName('arguments');
  let layers: Node | undefined;
  let nameArgument: Node | undefined;
  const all = args && args.type === 'argument_list' ? meaningfulChildren(args) : [];
  for (const arg of all) {
    if (arg.type === 'keyword_argument') {
      const key = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value') ?? undefined;
      if (key === 'layers') layers = value;
      else if (key === 'name') nameArgument = value;
    }
  }
  // Both Sequential and Pipeline take their layers first.
  const first = all[0];
  if (!layers && first && first.type !== 'keyword_argument' && first.type !== 'ERROR') layers = first;
  const list = layers && unparenthesize(layers);
  const assignedTo = assignmentTarget(call, ix);
  return {
    className,
    start: call,
    end: call,
    elements: list && list.type === 'list' ? meaningfulChildren(list) : undefined,
    ...(layers && (!list || list.type !== 'list') ? { layersArgument: layers } : {}),
    ...(assignedTo !== undefined ? { assignedTo } : {}),
    ...(nameArgument ? { nameArgument } : {}),
  };
}

/** `x = <call>`, `self.x = <call>`, `x: T = <call>` → the target as written. */
function assignmentTarget(call: Node, ix: SyntaxIndex): string | undefined {
  let n = call;
  for (let p = ix.parentOf(n); p && p.type === 'parenthesized_expression'; p = ix.parentOf(n)) n = p;
  const assignment = ix.parentOf(n);
  if (assignment && assignment.type === 'ERROR') return targetBefore(n, ix);
  if (!assignment || assignment.type !== 'assignment' || !sameNode(assignment.childForFieldName('right'), n)) return undefined;
  const left = assignment.childForFieldName('left');
  return left ? dottedName(left) : undefined;
}

/** Inside an ERROR node an assignment is loose tokens: `name`, `=`, then the value. */
function targetBefore(value: Node, ix: SyntaxIndex): string | undefined {
  const siblings = ix.siblings(value);
  const i = siblings.findIndex((s) => sameNode(s, value));
  const eq = i >= 1 ? siblings[i - 1] : undefined;
  const target = eq && eq.type === '=' && i >= 2 ? siblings[i - 2] : undefined;
  return target ? dottedName(target) : undefined;
}

/**
 * A truncated or broken statement leaves `model = Sequential([a(), b()` as loose children of an
 * ERROR node. Read it the way it was meant: `(`, `[`, then layer calls until a closing bracket
 * or anything that is not a call.
 */
function recoverFromError(callee: Node, className: 'Sequential' | 'Pipeline', ix: SyntaxIndex): ContainerCall | undefined {
  const siblings = ix.siblings(callee);
  let i = siblings.findIndex((s) => sameNode(s, callee)) + 1;
  const expect = (token: string): boolean => {
    while (i < siblings.length && isExtra(siblings[i])) i++;
    if (i >= siblings.length || siblings[i].type !== token) return false;
    i++;
    return true;
  };
  if (!expect('(') || !expect('[')) return undefined;
  const elements: Node[] = [];
  for (; i < siblings.length; i++) {
    const n = siblings[i];
    if (isExtra(n) || n.type === ',') continue;
    if (n.type !== 'call') break;
    elements.push(n);
  }
  const assignedTo = targetBefore(callee, ix);
  return {
    className,
    start: callee,
    end: elements[elements.length - 1] ?? callee,
    elements,
    ...(assignedTo !== undefined ? { assignedTo } : {}),
  };
}
