// The parser's public face: await initParser() once, then parse synchronously.
import type { ParsedFile } from '../pipeline/model';
import { parsePythonWith, PythonParseOptions } from './python/parsePython';
import { initTreeSitter, loadedGrammar, TreeSitterOptions } from './treeSitter';

export type { PythonParseOptions } from './python/parsePython';
export type { TreeSitterOptions } from './treeSitter';

/** Loads the wasm runtime and the Python grammar; safe to call many times. */
export async function initParser(options: TreeSitterOptions = {}): Promise<void> {
  await initTreeSitter(options);
}

/**
 * Finds the augmentation pipelines in a Python file's text, statically. Never throws on any
 * text; throws only when called before initParser() has resolved.
 */
export function parsePythonSource(text: string, fileName: string, options: PythonParseOptions = {}): ParsedFile {
  const grammar = loadedGrammar();
  if (!grammar) throw new Error('parsePythonSource() called before initParser() resolved');
  return parsePythonWith(grammar.parser, text, fileName, options);
}
