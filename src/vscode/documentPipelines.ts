// Parsed pipelines of open documents, kept per document version so hovers, CodeLens,
// diagnostics and the live preview parse a file once per edit between them. Python files are
// re-parsed incrementally; a notebook cell is read as part of its whole notebook (a pipeline
// defined in one cell and used in another is one pipeline) and seen through that cell.
import * as vscode from 'vscode';
import { DocumentParser, initParser, parseFile, parseNotebookCells } from '../parse';
import type { PythonParseOptions } from '../parse';
import { because, phrase } from '../parse/phrases';
import type { KerasVersionChoice, LayerCall, ParsedFile, Pipeline, SourceRange } from '../pipeline/model';
import { cellView } from '../parse/notebook/cellView';
import { projectKerasVersion } from './projectPins';
import { readSettings, type PreviewSettings } from './settings';

/** Languages whose documents can hold pipelines (notebook cells are 'python' documents). */
export const PARSED_LANGUAGES: readonly string[] = ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact'];
export const CODE_SELECTOR: vscode.DocumentSelector = PARSED_LANGUAGES.map((language) => ({ language }));

const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

const cache = new Map<string, { version: string; parsed: ParsedFile }>();
const parsers = new Map<string, DocumentParser>();

export function isParsedDocument(document: vscode.TextDocument): boolean {
  return PARSED_LANGUAGES.includes(document.languageId);
}

/** Positional arguments bind by the Keras version's signatures, so the setting goes in up front. */
export function kerasOverride(settings: PreviewSettings): { kerasVersion?: KerasVersionChoice } {
  return settings.kerasVersion === 'auto'
    ? {}
    : { kerasVersion: { version: settings.kerasVersion, ...because(phrase('set by the augmentationPreview.kerasVersion setting')) } };
}

export async function parseOptions(uri: vscode.Uri): Promise<PythonParseOptions> {
  const pins = await projectKerasVersion(uri);
  return { ...kerasOverride(readSettings(uri)), ...(pins ? { projectKerasVersion: pins } : {}) };
}

function notebookOf(document: vscode.TextDocument): { notebook: vscode.NotebookDocument; index: number } | undefined {
  if (document.uri.scheme !== NOTEBOOK_CELL_SCHEME) return undefined;
  for (const notebook of vscode.workspace.notebookDocuments) {
    const index = notebook.getCells().findIndex((c) => c.document === document);
    if (index >= 0) return { notebook, index };
  }
  return undefined;
}

/** An open notebook, parsed from its cells as the notebook API has them (unsaved edits included). */
export async function parsedNotebook(notebook: vscode.NotebookDocument): Promise<ParsedFile> {
  const cells = notebook.getCells();
  const version = cells.map((c) => c.document.version).join('.');
  const key = notebook.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.parsed;
  await initParser();
  const parsed = parseNotebookCells(
    cells.map((c) => ({ kind: c.kind === vscode.NotebookCellKind.Code ? 'code' as const : 'markdown' as const, text: c.document.getText(), language: c.document.languageId })),
    notebook.uri.fsPath,
    await parseOptions(notebook.uri),
  );
  cache.set(key, { version, parsed });
  return parsed;
}

export async function parsedDocument(document: vscode.TextDocument): Promise<ParsedFile | undefined> {
  if (!isParsedDocument(document)) return undefined;
  const cell = notebookOf(document);
  if (cell) return cellView(await parsedNotebook(cell.notebook), cell.index);
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === String(document.version)) return hit.parsed;
  await initParser();
  const options = await parseOptions(document.uri);
  let parsed: ParsedFile;
  if (document.languageId === 'python') {
    let parser = parsers.get(key);
    if (!parser) parsers.set(key, (parser = new DocumentParser(document.uri.fsPath, options)));
    else parser.setOptions(options);
    parsed = parser.update(document.getText());
  } else {
    parsed = parseFile(document.uri.fsPath, document.getText(), options);
  }
  cache.set(key, { version: String(document.version), parsed });
  return parsed;
}

export function forgetDocument(uri: vscode.Uri): void {
  cache.delete(uri.toString());
  parsers.get(uri.toString())?.dispose();
  parsers.delete(uri.toString());
}

/** Forget every parse (a setting or pin file changed what they depend on). */
export function forgetAll(): void {
  cache.clear();
  for (const p of parsers.values()) p.dispose();
  parsers.clear();
}

/** Editor ranges are 0-based; the parser's are 1-based lines and columns. */
export function toVsRange(range: SourceRange): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

/** The innermost layer call at a position, with its pipeline. */
export function layerAt(parsed: ParsedFile, position: vscode.Position): { layer: LayerCall; pipeline: Pipeline } | undefined {
  let best: { layer: LayerCall; pipeline: Pipeline; size: number } | undefined;
  for (const pipeline of parsed.pipelines) {
    for (const layer of pipeline.layers) {
      const range = toVsRange(layer.range);
      if (!range.contains(position)) continue;
      const size = (range.end.line - range.start.line) * 10_000 + (range.end.character - range.start.character);
      if (!best || size < best.size) best = { layer, pipeline, size };
    }
  }
  return best && { layer: best.layer, pipeline: best.pipeline };
}

/** The pipeline whose source range contains a position (the innermost one). */
export function pipelineAt(parsed: ParsedFile, position: vscode.Position): Pipeline | undefined {
  const lines = (p: Pipeline) => p.range.end.line - p.range.start.line;
  return parsed.pipelines
    .filter((p) => p.layers.length > 0 && toVsRange(p.range).contains(position))
    .sort((a, b) => lines(a) - lines(b))[0];
}
