// The parser's public face: await initParser() once, then parse synchronously. Nothing here
// imports 'vscode' or TF.js; the VS Code glue and the CLI call these pure functions.
import type { ParsedFile } from '../pipeline/model';
import { cellsFromIpynb, NotebookCell, notebookProgram } from './notebook/notebookProgram';
import { parsePythonSourceWith, PythonParseOptions } from './python/parsePython';
import { phrase, said } from './phrases';
import { DEFAULT_KERAS } from './python/kerasVersion';
import { parseKerasArchive, parseSavedConfig } from './savedConfig/savedConfig';
import { parseTfjsWith } from './tfjs/tfjsParser';
import { initTreeSitter, LoadedGrammar, loadedGrammar, TreeSitterOptions } from './treeSitter';

export type { PythonParseOptions, LayerValidator } from './python/parsePython';
export type { TreeSitterOptions } from './treeSitter';
export type { NotebookCell } from './notebook/notebookProgram';
export { DocumentParser } from './documentParser';
export { pythonLiteral } from './python/literalText';
export { kerasVersionFromPins, isPinFile } from './project/kerasPins';
export { createExclusionFilter, type ExclusionFilter } from './project/exclusion';
export { scanFiles, mentionsPipelineWords, WorkspacePipelines, type ScanInput, type ScanResult } from './project/scan';

/** Loads the wasm runtime and the Python, JavaScript, TypeScript and TSX grammars; safe to call many times. */
export async function initParser(options: TreeSitterOptions = {}): Promise<void> {
  await initTreeSitter(options);
}

function grammar(): LoadedGrammar {
  const g = loadedGrammar();
  if (!g) throw new Error('the parser was called before initParser() resolved');
  return g;
}

/**
 * Finds the augmentation pipelines in a Python file's text, statically. Never throws on any
 * text; throws only when called before initParser() has resolved.
 */
export function parsePythonSource(text: string, fileName: string, options: PythonParseOptions = {}): ParsedFile {
  return parsePythonSourceWith(grammar().parser, { text, file: fileName }, options).parsed;
}

/** A notebook's cells (from the .ipynb JSON, or from VS Code's notebook API for open notebooks). */
export function parseNotebookCells(cells: readonly NotebookCell[], fileName: string, options: PythonParseOptions = {}): ParsedFile {
  const program = notebookProgram(cells);
  return parsePythonSourceWith(grammar().parser, { text: program.text, file: fileName, language: 'notebook', positions: program.positions }, options).parsed;
}

/** The file kinds `parseFile` reads, by extension. */
export const PARSED_EXTENSIONS: readonly string[] = ['.py', '.ipynb', '.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.json', '.keras'];

export function fileKind(fileName: string): 'python' | 'notebook' | 'javascript' | 'typescript' | 'tsx' | 'json' | 'keras' | undefined {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  switch (ext) {
    case '.py': return 'python';
    case '.ipynb': return 'notebook';
    case '.js': case '.mjs': case '.cjs': case '.jsx': return 'javascript';
    case '.ts': case '.mts': case '.cts': return 'typescript';
    case '.tsx': return 'tsx';
    case '.json': return 'json';
    case '.keras': return 'keras';
    default: return undefined;
  }
}

/**
 * Any supported file, by its extension (Python when unknown): .py, .ipynb, .js/.ts (TF.js),
 * .json (TF.js model.json, Keras config.json, model.to_json() text) and .keras archives.
 * `content` is the file's bytes or its text (bytes are needed for .keras). Never throws after init.
 */
export function parseFile(fileName: string, content: string | Uint8Array, options: PythonParseOptions = {}): ParsedFile {
  const kind = fileKind(fileName) ?? 'python';
  const text = () => (typeof content === 'string' ? content : new TextDecoder().decode(content));
  const keras = options.kerasVersion ? { kerasVersion: options.kerasVersion } : {};
  try {
    switch (kind) {
      case 'notebook': {
        const cells = cellsFromIpynb(text());
        if ('error' in cells) {
          return { file: fileName, language: 'notebook', kerasVersion: options.kerasVersion ?? DEFAULT_KERAS, pipelines: [],
            diagnostics: [{ severity: 'error', code: 'unreadable-notebook', ...said(phrase('cannot read the notebook: {0}', cells.error)) }] };
        }
        return parseNotebookCells(cells, fileName, options);
      }
      case 'javascript':
        return parseTfjsWith(grammar().scripts.javascript, text(), fileName, 'javascript', options.kerasVersion);
      case 'typescript':
      case 'tsx':
        return parseTfjsWith(grammar().scripts[kind], text(), fileName, 'typescript', options.kerasVersion);
      case 'json':
        return parseSavedConfig(text(), fileName, keras);
      case 'keras':
        return parseKerasArchive(typeof content === 'string' ? Buffer.from(content, 'latin1') : content, fileName, keras);
      default:
        return parsePythonSource(text(), fileName, options);
    }
  } catch (err) {
    if (!loadedGrammar()) throw err;
    return { file: fileName, kerasVersion: options.kerasVersion ?? DEFAULT_KERAS, pipelines: [],
      diagnostics: [{ severity: 'error', code: 'internal-error', ...said(phrase('the parser failed on this file: {0}', err instanceof Error ? err.message : String(err))) }] };
  }
}
