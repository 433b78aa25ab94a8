// Questions about where a node sits in the program: is it unreachable (after a return), which
// function holds it, what a function returns.
import type { Node } from '@vscode/tree-sitter-wasm';
import { SyntaxIndex } from './syntaxIndex';
import { sameNode } from './syntaxNodes';

const JUMPS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);
const FUNCTIONS = new Set(['function_definition', 'lambda', 'class_definition']);

/** True when a return/raise/break/continue earlier in an enclosing block makes `node` unreachable. */
export function isDead(node: Node, ix: SyntaxIndex): boolean {
  let child = node;
  for (let n = ix.parentOf(node); n; child = n, n = ix.parentOf(n)) {
    if ((n.type === 'block' || n.type === 'module') && child.startIndex > firstJump(n, ix)) return true;
    if (n.type === 'function_definition' || n.type === 'class_definition') return false;
  }
  return false;
}

/** Where a statement list's first return/raise/break/continue starts (Infinity if none); once per list. */
function firstJump(block: Node, ix: SyntaxIndex): number {
  const memo = ix.memo<number>('firstJump', block.id);
  if (memo.has) return memo.value;
  let at = Infinity;
  for (const s of block.namedChildren) {
    if (s && JUMPS.has(s.type)) {
      at = s.startIndex;
      break;
    }
  }
  return memo.set(at);
}

/** The innermost def or lambda holding `node`, if any. */
export function enclosingFunction(node: Node, ix: SyntaxIndex): Node | undefined {
  for (let n = ix.parentOf(node); n; n = ix.parentOf(n)) {
    if (n.type === 'function_definition' || n.type === 'lambda') return n;
  }
  return undefined;
}

/** The value expressions of a def's reachable return statements (nested functions excluded). */
export function returnedValues(def: Node, ix: SyntaxIndex): Node[] {
  const body = def.childForFieldName('body');
  if (!body) return [];
  if (def.type === 'lambda') return [body];
  const out: Node[] = [];
  const stack: Node[] = [body];
  let visited = 0;
  while (stack.length > 0 && visited++ < 20000) {
    const n = stack.pop()!;
    if (n.type === 'return_statement') {
      const value = n.namedChildren.find((c) => c && c.type !== 'comment');
      if (value && !isDead(n, ix)) out.push(value);
      continue;
    }
    if (FUNCTIONS.has(n.type) && !sameNode(n, def)) continue;
    for (let i = n.namedChildCount - 1; i >= 0; i--) {
      const c = n.namedChild(i);
      if (c) stack.push(c);
    }
  }
  return out.sort((a, b) => a.startIndex - b.startIndex);
}

/** The def a name refers to, when the name is bound by a `def` statement. */
export function functionDefinitionOf(identifierOfDef: Node, ix: SyntaxIndex): Node | undefined {
  const parent = ix.parentOf(identifierOfDef);
  return parent && parent.type === 'function_definition' && sameNode(parent.childForFieldName('name'), identifierOfDef) ? parent : undefined;
}

/** A def's name, or for a lambda the variable it is assigned to. */
export function functionName(fn: Node, ix: SyntaxIndex): string | undefined {
  if (fn.type === 'function_definition') return fn.childForFieldName('name')?.text;
  const parent = ix.parentOf(fn);
  if (parent && parent.type === 'assignment' && sameNode(parent.childForFieldName('right'), fn)) {
    const left = parent.childForFieldName('left');
    return left?.type === 'identifier' ? left.text : undefined;
  }
  return undefined;
}
