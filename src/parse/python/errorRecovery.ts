// A truncated or broken statement leaves `model = Sequential([a(), b()` as loose children of an
// ERROR node. Read it the way it was meant: `(`, `[`, then layer calls until a closing bracket
// or anything that is not a call.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Container, ContainerRole } from './pipelineBuilder';
import { SyntaxIndex } from './syntaxIndex';
import { dottedName, isExtra, sameNode } from './syntaxNodes';

export function recoverFromError(callee: Node, role: ContainerRole, ix: SyntaxIndex): Container | undefined {
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
    call: callee, role, elements, end: elements[elements.length - 1] ?? callee,
    ...(assignedTo !== undefined ? { assignedTo } : {}),
  };
}

/** Inside an ERROR node an assignment is loose tokens: `name`, `=`, then the value. */
function targetBefore(value: Node, ix: SyntaxIndex): string | undefined {
  const siblings = ix.siblings(value);
  const i = siblings.findIndex((s) => sameNode(s, value));
  const eq = i >= 1 ? siblings[i - 1] : undefined;
  const target = eq && eq.type === '=' && i >= 2 ? siblings[i - 2] : undefined;
  return target ? dottedName(target) : undefined;
}
