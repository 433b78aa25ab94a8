// Syntax errors as diagnostics. tree-sitter recovers around them (ERROR nodes for what it
// skipped, MISSING nodes for tokens it assumed), so the rest of the file still yields results.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Diagnostic, SourceRange } from '../../pipeline/model';

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
    message: node.isMissing ? `syntax error: missing '${node.type}'` : `syntax error: cannot parse ${describe(node)}`,
    range: rangeOf(node),
  }));
}

function describe(node: Node): string {
  const first = node.text.split('\n')[0].trim();
  if (first === '') return 'end of file';
  return `'${first.length > 30 ? first.slice(0, 30) + '…' : first}'`;
}
