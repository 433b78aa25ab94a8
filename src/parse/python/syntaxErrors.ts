// Syntax errors as diagnostics. tree-sitter recovers around them (ERROR nodes for what it
// skipped, MISSING nodes for tokens it assumed), so the rest of the file still yields results.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Diagnostic, Phrase, SourceRange } from '../../pipeline/model';
import { phrase, said } from '../phrases';

/** A file with many errors is not helped by more than a few; the first ones are the cause. */
const MAX_REPORTED = 10;

export function syntaxErrorDiagnostics(root: Node, rangeOf: (node: Node) => SourceRange): Diagnostic[] {
  if (!root.hasError) return [];
  const found: Node[] = [];
  // Descend only into subtrees that contain an error, stopping at each error's outermost node.
  const stack: Node[] = [root];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) {
      found.push(node);
      continue;
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c && (c.hasError || c.isMissing)) stack.push(c);
    }
  }
  return found.map((node) => ({
    severity: 'error',
    code: 'syntax-error',
    ...said(node.isMissing ? phrase("syntax error: missing '{0}'", node.type) : cannotParse(node)),
    range: rangeOf(node),
  }));
}

function cannotParse(node: Node): Phrase {
  const first = node.text.split('\n')[0].trim();
  if (first === '') return phrase('syntax error: cannot parse end of file');
  return phrase("syntax error: cannot parse '{0}'", first.length > 30 ? first.slice(0, 30) + '…' : first);
}
