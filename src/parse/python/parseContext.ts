// Everything the pieces of the Python parser share while reading one file.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { Diagnostic, KerasVersionChoice, SourceRange } from '../../pipeline/model';
import { NameResolver } from './bindings';
import { StaticEvaluator } from './evaluate';
import { mapRange, PositionMap } from './sourceView';
import { SyntaxIndex } from './syntaxIndex';

export interface ParseContext {
  readonly file: string;
  /** The text tree-sitter parsed (the file's relevant statements; see sourceView.ts). */
  readonly text: string;
  readonly index: SyntaxIndex;
  readonly names: NameResolver;
  readonly evaluator: StaticEvaluator;
  readonly keras: KerasVersionChoice;
  readonly diagnostics: Diagnostic[];
  /** A node's range as the user sees it: in the original file (or notebook cell). */
  range(node: Node): SourceRange;
  /** The 1-based line where a node starts, as the user sees it. */
  line(node: Node): number;
}

export function createContext(file: string, text: string, index: SyntaxIndex, keras: KerasVersionChoice, positions: PositionMap): ParseContext {
  const names = new NameResolver(index, text);
  return {
    file, text, index, names, evaluator: new StaticEvaluator(names), keras, diagnostics: [],
    range: (node) => mapRange(positions, node.startPosition, node.endPosition),
    line: (node) => positions.position(node.startPosition.row, node.startPosition.column).line,
  };
}

/** "line 12" or, in a notebook, "cell 3, line 2" (cells counted from 1 for people). */
export function where(range: SourceRange): string {
  return range.cell !== undefined ? `cell ${range.cell + 1}, line ${range.start.line}` : `line ${range.start.line}`;
}
