// Small helpers over tree-sitter-python nodes: positions as the model wants them, dotted names,
// and the children that carry meaning (comments are "extra" nodes that can appear anywhere).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { SourceRange } from '../../pipeline/model';

/** web-tree-sitter counts rows from 0 and columns in UTF-16 code units from 0; the model counts both from 1. */
export function rangeOf(node: Node): SourceRange {
  const s = node.startPosition;
  const e = node.endPosition;
  return { start: { line: s.row + 1, column: s.column + 1 }, end: { line: e.row + 1, column: e.column + 1 } };
}

export function line(node: Node): number {
  return node.startPosition.row + 1;
}

/** Nodes the grammar lets appear between any two tokens, which carry no meaning. */
export function isExtra(node: Node): boolean {
  return node.type === 'comment' || node.type === 'line_continuation';
}

/** Named children without comments and line continuations. */
export function meaningfulChildren(node: Node): Node[] {
  const out: Node[] = [];
  for (const c of node.namedChildren) if (c && !isExtra(c)) out.push(c);
  return out;
}

/** `a`, `a.b.c` → "a", "a.b.c"; anything else (calls, subscripts) → undefined. */
export function dottedName(node: Node): string | undefined {
  const parts: string[] = [];
  let n: Node | null = node;
  while (n && n.type === 'attribute') {
    const attr = n.childForFieldName('attribute');
    if (!attr || attr.type !== 'identifier') return undefined;
    parts.push(attr.text);
    n = n.childForFieldName('object');
  }
  if (!n || n.type !== 'identifier') return undefined;
  parts.push(n.text);
  return parts.reverse().join('.');
}

/** The identifier a dotted name starts with (`tf` in `tf.keras.layers.RandomFlip`). */
export function rootIdentifier(node: Node): Node | undefined {
  let n: Node | null = node;
  while (n && n.type === 'attribute') n = n.childForFieldName('object');
  return n && n.type === 'identifier' ? n : undefined;
}

/** Strips redundant parentheses: `((x))` → x. */
export function unparenthesize(node: Node): Node {
  let n = node;
  while (n.type === 'parenthesized_expression') {
    const inner = meaningfulChildren(n);
    if (inner.length !== 1) break;
    n = inner[0];
  }
  return n;
}

export function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

export function sameNode(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

/** Identifier characters as Python 3 allows them (letters and digits of any script, `_`). */
const IDENT_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Start offsets of `word` in `text` where it stands as a whole identifier. Callers confirm each
 * hit against the tree, which is what rules out strings and comments.
 */
export function wordOffsets(text: string, word: string): number[] {
  const out: number[] = [];
  if (word === '') return out; // a MISSING identifier (zero width) names nothing
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = i > 0 ? text[i - 1] : '';
    const after = text[i + word.length] ?? '';
    if ((before && IDENT_CHAR.test(before)) || (after && IDENT_CHAR.test(after))) continue;
    out.push(i);
  }
  return out;
}
