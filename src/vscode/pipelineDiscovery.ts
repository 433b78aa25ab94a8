// Finds the augmentation pipelines in the workspace's Python files. Files that mention no
// image layer name are skipped before parsing, which keeps a scan of a large repo cheap.
import * as vscode from 'vscode';
import type { PipelineSpec } from '../engine/previewTypes';
import { ALL_IMAGE_LAYERS } from '../pipeline/catalog';
import { EXAMPLE_PIPELINE, EXAMPLE_PIPELINE_KEY } from '../pipeline/examplePipeline';
import { toPipelineSpec } from '../pipeline/toPipelineSpec';
import { initParser, parsePythonSource } from '../parse';
import type { ParsedFile } from '../pipeline/model';
import { kerasOverride, parsedDocument } from './documentPipelines';
import type { PreviewSettings } from './settings';

export interface PipelineChoice {
  /** Stable across reloads: file URI + pipeline name, or the built-in key. */
  readonly key: string;
  readonly spec: PipelineSpec;
  readonly uri?: vscode.Uri;
  readonly line?: number;
  /** Names of layers in the model that are not preprocessing (skipped by the preview). */
  readonly otherLayers: readonly string[];
}

export interface DiscoveryResult {
  readonly choices: PipelineChoice[];
  readonly filesSearched: number;
}

const EXCLUDE = '{**/node_modules/**,**/.venv/**,**/venv/**,**/env/**,**/site-packages/**,**/.git/**,**/__pycache__/**}';
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MENTIONS_IMAGE_LAYER = new RegExp(`\\b(${[...ALL_IMAGE_LAYERS].join('|')})\\b`);

export const exampleChoice: PipelineChoice = { key: EXAMPLE_PIPELINE_KEY, spec: EXAMPLE_PIPELINE, otherLayers: [] };

export async function findWorkspacePipelines(settings: PreviewSettings, token?: vscode.CancellationToken): Promise<DiscoveryResult> {
  const uris = await vscode.workspace.findFiles('**/*.py', EXCLUDE, MAX_FILES, token);
  uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  await initParser();
  const choices: PipelineChoice[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    choices.push(...(await pipelinesInFile(uri, settings)));
  }
  return { choices, filesSearched: uris.length };
}

export async function pipelinesInFile(uri: vscode.Uri, settings: PreviewSettings): Promise<PipelineChoice[]> {
  let text: string;
  try {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return choicesOf(uri, (await parsedDocument(open)) ?? emptyParse(uri));
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > MAX_FILE_BYTES) return [];
    text = new TextDecoder().decode(bytes);
  } catch {
    return []; // unreadable files are not pipelines; the scan goes on
  }
  if (!MENTIONS_IMAGE_LAYER.test(text)) return [];
  // Positional arguments bind by the Keras version's signatures, so an override goes in up front.
  const parsed = parsePythonSource(text, uri.fsPath, kerasOverride(settings));
  return choicesOf(uri, parsed);
}

/** The same pipeline after an edit of its file (found by name), or undefined when it is gone. */
export async function refreshChoice(choice: PipelineChoice, document: vscode.TextDocument, _settings: PreviewSettings): Promise<PipelineChoice | undefined> {
  const parsed = await parsedDocument(document);
  if (!parsed) return undefined;
  return choicesOf(document.uri, parsed).find((c) => c.key === choice.key);
}

function choicesOf(uri: vscode.Uri, parsed: ParsedFile): PipelineChoice[] {
  const file = vscode.workspace.asRelativePath(uri, false);
  return parsed.pipelines
    .filter((p) => p.layers.length > 0)
    .map((p) => ({
      key: `${uri.toString()}#${p.name}`,
      spec: toPipelineSpec(p, parsed.kerasVersion, file),
      uri,
      line: p.range.start.line,
      otherLayers: p.otherLayers.map((l) => l.className),
    }));
}

function emptyParse(uri: vscode.Uri): ParsedFile {
  return { file: uri.fsPath, kerasVersion: { version: 3, reason: 'default' }, pipelines: [], diagnostics: [] };
}
