// One open document, re-parsed as it changes: the previous tree is kept and edited, so
// tree-sitter re-parses only what changed (the relevant statements are re-chosen each time by
// the cheap prescan). For the editor's glue; pure, no 'vscode'.
import type { Tree } from '@vscode/tree-sitter-wasm';
import type { ParsedFile } from '../pipeline/model';
import { fileKind, parseFile } from './index';
import { parsePythonSourceWith, PythonParseOptions } from './python/parsePython';
import { loadedGrammar } from './treeSitter';

export class DocumentParser {
  private previous: { tree: Tree; parsedText: string } | undefined;

  constructor(
    readonly fileName: string,
    private options: PythonParseOptions = {},
  ) {}

  /** New options (a changed setting) apply from the next update; the kept tree stays valid. */
  setOptions(options: PythonParseOptions): void {
    this.options = options;
  }

  /** The document's current text → its pipelines. Call initParser() first. */
  update(text: string): ParsedFile {
    const grammar = loadedGrammar();
    if (!grammar || (fileKind(this.fileName) ?? 'python') !== 'python') return parseFile(this.fileName, text, this.options);
    const result = parsePythonSourceWith(grammar.parser, { text, file: this.fileName }, this.options, this.previous, true);
    this.previous?.tree.delete();
    this.previous = result.tree ? { tree: result.tree, parsedText: result.parsedText } : undefined;
    return result.parsed;
  }

  /** Frees the kept tree (it lives in wasm memory, out of the GC's sight). */
  dispose(): void {
    this.previous?.tree.delete();
    this.previous = undefined;
  }
}
