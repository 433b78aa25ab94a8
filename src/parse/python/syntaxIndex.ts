// Upward navigation that stays cheap on large files. Since tree-sitter 0.24 nodes keep no
// parent pointer: `node.parent` (and next/previous sibling) re-descend from the root, scanning
// the module's statements one by one, so walking up d levels costs d descents. Here a node's
// ancestors are found in one descent, with a binary search over the module's statements, and
// remembered.
import type { Node } from '@vscode/tree-sitter-wasm';
import { wordOffsets } from './syntaxNodes';

export class SyntaxIndex {
  private readonly parents = new Map<number, Node>();
  private statements: Node[] | undefined;
  /** Root-to-node path of the last lookup. */
  private lastPath: Node[];

  private readonly memos = new Map<string, unknown>();

  constructor(readonly root: Node) {
    this.lastPath = [root];
  }

  /** A per-tree cache for facts about nodes (keyed by kind and node id). */
  memo<T>(kind: string, id: number): { readonly has: boolean; readonly value: T; set(v: T): T } {
    const key = `${kind}:${id}`;
    const memos = this.memos;
    return { has: memos.has(key), value: memos.get(key) as T, set: (v: T) => (memos.set(key, v), v) };
  }

  /** wordOffsets of the parsed text, once per word. */
  offsetsOf(text: string, word: string): number[] {
    const m = this.memo<number[]>(`words:${word}`, 0);
    return m.has ? m.value : m.set(wordOffsets(text, word));
  }

  parentOf(node: Node): Node | null {
    if (node.id === this.root.id) return null;
    const known = this.parents.get(node.id);
    if (known) return known;
    this.descendTo(node);
    return this.parents.get(node.id) ?? node.parent;
  }

  /** Ancestors from the parent up to the root. */
  ancestors(node: Node): Node[] {
    const out: Node[] = [];
    for (let n = this.parentOf(node); n; n = this.parentOf(n)) out.push(n);
    return out;
  }

  /** The smallest node spanning [start, end): one descent from the statement holding it. */
  nodeAt(start: number, end: number): Node | null {
    const stmt = this.statementAt(start, end);
    return (stmt ?? this.root).descendantForIndex(start, end);
  }

  /** The identifier exactly at [offset, offset + length), if the grammar saw one there. */
  identifierAt(offset: number, length: number): Node | undefined {
    const n = this.nodeAt(offset, offset + length);
    return n && n.type === 'identifier' && n.startIndex === offset && n.endIndex === offset + length ? n : undefined;
  }

  /** The siblings of a node (all children of its parent, anonymous tokens included). */
  siblings(node: Node): Node[] {
    const parent = this.parentOf(node);
    return parent ? (parent.children.filter((c) => c !== null) as Node[]) : [node];
  }

  private descendTo(target: Node): void {
    // Lookups come in source order, mostly near each other: start from the deepest node of
    // the previous path that spans the target, and from the module if that fails.
    let path = this.lastPath;
    let depth = path.length - 1;
    while (depth > 0 && !(path[depth].startIndex <= target.startIndex && target.endIndex <= path[depth].endIndex)) depth--;
    let found = depth > 0 && this.descendFrom(path.slice(0, depth + 1), target);
    if (!found) {
      path = [this.root];
      const top = this.statementAt(target.startIndex, target.endIndex);
      if (top) {
        this.parents.set(top.id, this.root);
        path.push(top);
      }
      found = this.descendFrom(path, target);
    }
    if (found) this.lastPath = found;
  }

  /** Extends `path` down to `target`, recording parents; undefined if target is not below it. */
  private descendFrom(path: Node[], target: Node): Node[] | undefined {
    const out = path.slice();
    for (let cur = out[out.length - 1]; cur.id !== target.id; ) {
      if (out.length > 100_000) return undefined;
      const next = cur.childWithDescendant(target);
      if (!next) return undefined;
      this.parents.set(next.id, cur);
      out.push(next);
      cur = next;
    }
    return out;
  }

  /** The module-level child spanning [start, end), by binary search on start offsets. */
  private statementAt(start: number, end: number): Node | undefined {
    const s = (this.statements ??= this.root.children.filter((c) => c !== null) as Node[]);
    let lo = 0;
    let hi = s.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].startIndex <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Zero-width nodes (a MISSING token) may share a start with their neighbour: step back to one that spans.
    for (let i = found; i >= 0 && i >= found - 2; i--) {
      if (s[i].startIndex <= start && end <= s[i].endIndex && s[i].endIndex > s[i].startIndex) return s[i];
    }
    return undefined;
  }
}
