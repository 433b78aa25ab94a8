// Python source → ParsedFile: parse with tree-sitter, decide the Keras version, find the
// pipelines, report syntax errors. Never throws: a bug in here becomes an "internal-error"
// diagnostic, so one odd file cannot stop a workspace scan.
import type { Parser, Tree } from '@vscode/tree-sitter-wasm';
import type { Diagnostic, KerasVersionChoice, ParsedFile, Pipeline } from '../../pipeline/model';
import { detectKerasVersion, DEFAULT_KERAS } from './kerasVersion';
import { createContext } from './parseContext';
import { findPipelines } from './pipelines';
import { syntaxErrorDiagnostics } from './syntaxErrors';
import { SyntaxIndex } from './syntaxIndex';

export interface PythonParseOptions {
  /** Overrides what the file's code implies (a setting, `--keras`). */
  readonly kerasVersion?: KerasVersionChoice;
}

export function parsePythonWith(parser: Parser, text: string, file: string, options: PythonParseOptions = {}): ParsedFile {
  let tree: Tree | null = null;
  let keras: KerasVersionChoice = options.kerasVersion ?? DEFAULT_KERAS;
  let pipelines: Pipeline[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    parser.reset();
    tree = parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    const root = tree.rootNode;
    const index = new SyntaxIndex(root);
    keras = options.kerasVersion ?? detectKerasVersion(index, text);
    const ctx = createContext(file, text, index, keras);
    pipelines = findPipelines(ctx);
    diagnostics.push(...syntaxErrorDiagnostics(root), ...ctx.diagnostics);
  } catch (err) {
    diagnostics.push({
      severity: 'error',
      code: 'internal-error',
      message: `the parser failed on this file: ${err instanceof Error ? err.message : String(err)}`,
    });
  } finally {
    tree?.delete(); // the tree lives in wasm memory, which JavaScript's GC does not see
  }
  diagnostics.sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) || (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0));
  return { file, kerasVersion: keras, pipelines, diagnostics };
}
