// Parsed pipelines of open documents, cached per document version so hovers, CodeLens,
// diagnostics and the live preview parse a file once per edit between them.
import * as vscode from 'vscode';
import { initParser, parsePythonSource } from '../parse';
import type { KerasVersionChoice, LayerCall, ParsedFile, Pipeline } from '../pipeline/model';
import { readSettings, type PreviewSettings } from './settings';

const cache = new Map<string, { version: number; parsed: ParsedFile }>();

export const PARSED_LANGUAGES: readonly string[] = ['python'];

export function isParsedDocument(document: vscode.TextDocument): boolean {
  return PARSED_LANGUAGES.includes(document.languageId);
}

export async function parsedDocument(document: vscode.TextDocument): Promise<ParsedFile | undefined> {
  if (!isParsedDocument(document)) return undefined;
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version) return hit.parsed;
  await initParser();
  const parsed = parsePythonSource(document.getText(), document.uri.fsPath, kerasOverride(readSettings(document.uri)));
  cache.set(key, { version: document.version, parsed });
  return parsed;
}

/** Positional arguments bind by the Keras version's signatures, so the setting goes in up front. */
export function kerasOverride(settings: PreviewSettings): { kerasVersion?: KerasVersionChoice } {
  return settings.kerasVersion === 'auto'
    ? {}
    : { kerasVersion: { version: settings.kerasVersion, reason: 'set by the augmentationPreview.kerasVersion setting' } };
}

export function forgetDocument(uri: vscode.Uri): void {
  cache.delete(uri.toString());
}

/** Editor ranges are 0-based; the parser's are 1-based lines and columns. */
export function toVsRange(range: LayerCall['range']): vscode.Range {
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
  return parsed.pipelines
    .filter((p) => p.layers.length > 0 && toVsRange(p.range).contains(position))
    .sort((a, b) => toVsRange(a.range).end.line - toVsRange(a.range).start.line - (toVsRange(b.range).end.line - toVsRange(b.range).start.line))[0];
}
