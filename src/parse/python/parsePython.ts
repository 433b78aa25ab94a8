// Python text → ParsedFile: compact the file to its relevant statements, parse them with
// tree-sitter (reusing the previous tree when the caller keeps one), find the pipelines, and
// decide the Keras version: an override, else what the code says, else the project's pins,
// else Keras 3.
import type { Parser, Tree } from '@vscode/tree-sitter-wasm';
import type { Diagnostic, KerasVersionChoice, ParsedFile, Pipeline, SourceLanguage } from '../../pipeline/model';
import { detectKerasVersion, DEFAULT_KERAS, legacyKerasEnvironment } from './kerasVersion';
import { phrase, said } from '../phrases';
import { createContext } from './parseContext';
import { findPipelines, PIPELINE_WORDS } from './pipelines';
import { compactSource, IDENTITY_POSITIONS, PositionMap } from './sourceView';
import { syntaxErrorDiagnostics } from './syntaxErrors';
import { SyntaxIndex } from './syntaxIndex';
import { incrementalEdit } from './textEdit';
import { validateLayers, type LayerValidator } from './validation';

export type { LayerValidator } from './validation';

export interface PythonParseOptions {
  /** Overrides what the file's code implies (a setting, `--keras`). */
  readonly kerasVersion?: KerasVersionChoice;
  /** What the project's pins imply (see kerasVersionFromPins); used when the code says nothing. */
  readonly projectKerasVersion?: KerasVersionChoice;
  /** Checks a fully resolved image layer's arguments (the engine's validation); returns the problem. */
  readonly validateLayer?: LayerValidator;
}

/** Words whose statements are read: pipelines, plus what decides the Keras version and input size. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...PIPELINE_WORDS, 'experimental', 'tf_keras', 'Input', 'InputLayer', 'image_dataset_from_directory',
]);

export interface PythonSource {
  readonly text: string;
  readonly file: string;
  readonly language?: SourceLanguage;
  /** Maps positions of `text` to what the user sees (a notebook's cells); identity when omitted. */
  readonly positions?: PositionMap;
}

/** The result, and the tree and parsed text when the caller keeps them for an incremental re-parse. */
export interface PythonParseResult {
  readonly parsed: ParsedFile;
  readonly tree?: Tree;
  readonly parsedText: string;
}

export function parsePythonWith(parser: Parser, text: string, file: string, options: PythonParseOptions = {}): ParsedFile {
  return parsePythonSourceWith(parser, { text, file }, options).parsed;
}

/**
 * With `previous` (the tree and text of the last parse, which the caller still owns and frees
 * afterwards), tree-sitter re-parses only what changed. With `keepTree` the new tree is returned
 * for the next call instead of being freed.
 */
export function parsePythonSourceWith(parser: Parser, source: PythonSource, options: PythonParseOptions = {},
  previous?: { tree: Tree; parsedText: string }, keepTree = false): PythonParseResult {
  const { file } = source;
  let tree: Tree | null = null;
  let ok = false;
  let keras: KerasVersionChoice = options.kerasVersion ?? options.projectKerasVersion ?? DEFAULT_KERAS;
  let pipelines: Pipeline[] = [];
  let parsedText = '';
  const diagnostics: Diagnostic[] = [];
  try {
    const outer = source.positions ?? IDENTITY_POSITIONS;
    const compact = compactSource(source.text, TRIGGERS, outer);
    parsedText = compact.text;
    parser.reset();
    if (previous) {
      previous.tree.edit(incrementalEdit(previous.parsedText, parsedText));
      tree = parser.parse(parsedText, previous.tree);
    } else tree = parser.parse(parsedText);
    if (!tree) throw new Error('tree-sitter returned no tree');
    const root = tree.rootNode;
    const index = new SyntaxIndex(root);
    const locate = (node: import('@vscode/tree-sitter-wasm').Node) => mapStart(compact.positions, node);
    const fromCode = detectKerasVersion(index, parsedText, locate) ?? legacyKerasEnvironment(source.text, (row) => ({ start: outer.position(row, 0), ...cellOf(outer, row) }));
    keras = options.kerasVersion ?? fromCode ?? options.projectKerasVersion ?? DEFAULT_KERAS;
    const ctx = createContext(file, parsedText, index, keras, compact.positions);
    pipelines = findPipelines(ctx);
    if (options.validateLayer) validateLayers(pipelines, keras.version, options.validateLayer, ctx.diagnostics);
    diagnostics.push(...syntaxErrorDiagnostics(root, ctx.range), ...ctx.diagnostics);
    ok = true;
  } catch (err) {
    diagnostics.push({
      severity: 'error',
      code: 'internal-error',
      ...said(phrase('the parser failed on this file: {0}', err instanceof Error ? err.message : String(err))),
    });
  } finally {
    // The tree lives in wasm memory, which JavaScript's GC does not see: free it unless kept.
    if (tree && !(keepTree && ok)) {
      tree.delete();
      tree = null;
    }
  }
  const parsed: ParsedFile = { file, language: source.language ?? 'python', kerasVersion: keras, pipelines, diagnostics: sortAndDedupe(diagnostics) };
  return { parsed, parsedText, ...(tree ? { tree } : {}) };
}

function mapStart(positions: PositionMap, node: import('@vscode/tree-sitter-wasm').Node) {
  const p = positions.position(node.startPosition.row, node.startPosition.column);
  return { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column }, ...(p.cell !== undefined ? { cell: p.cell } : {}) };
}

function cellOf(map: PositionMap, row: number): { cell?: number } {
  const c = map.position(row, 0).cell;
  return c !== undefined ? { cell: c } : {};
}

function sortAndDedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out = diagnostics.filter((d) => {
    const key = `${d.code}|${d.range?.cell ?? ''}|${d.range?.start.line ?? ''}|${d.range?.start.column ?? ''}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pos = (d: Diagnostic) => [d.range?.cell ?? 0, d.range?.start.line ?? 0, d.range?.start.column ?? 0];
  return out.sort((a, b) => {
    const [ca, la, xa] = pos(a);
    const [cb, lb, xb] = pos(b);
    return ca - cb || la - lb || xa - xb;
  });
}
