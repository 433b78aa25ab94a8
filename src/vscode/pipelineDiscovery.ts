// Finds the augmentation pipelines in the workspace: Python files, notebooks, TF.js code and
// saved configs. The first request scans (skipping .gitignore'd, files.exclude'd, dependency and
// virtual-environment folders, and files that mention no layer name); file watchers keep the
// index current after that, and open documents are read as the editor has them.
import * as vscode from 'vscode';
import type { PipelineSpec } from '../engine/previewTypes';
import { createExclusionFilter, fileKind, initParser, parseFile, WorkspacePipelines, type ExclusionFilter } from '../parse';
import { EXAMPLE_PIPELINE, EXAMPLE_PIPELINE_KEY } from '../pipeline/examplePipeline';
import type { ParsedFile } from '../pipeline/model';
import { toPipelineSpec } from '../pipeline/toPipelineSpec';
import { parsedDocument, parsedNotebook, parseOptions } from './documentPipelines';

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

export const exampleChoice: PipelineChoice = { key: EXAMPLE_PIPELINE_KEY, spec: EXAMPLE_PIPELINE, otherLayers: [] };

const SOURCE_GLOB = '**/*.{py,ipynb,js,mjs,cjs,jsx,ts,mts,cts,tsx,json,keras}';
/** Never enumerated at all (the exclusion filter catches the rest, gitignore included). */
const NEVER = '{**/node_modules/**,**/.git/**,**/.venv/**,**/venv/**,**/site-packages/**,**/__pycache__/**}';
const MAX_FILES = 10_000;

interface FolderIndex {
  readonly folder: vscode.WorkspaceFolder;
  readonly pipelines: WorkspacePipelines;
  exclusion: ExclusionFilter;
  filesSeen: number;
}

export class WorkspaceIndex implements vscode.Disposable {
  private folders: Promise<FolderIndex[]> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(SOURCE_GLOB);
    const gitignores = vscode.workspace.createFileSystemWatcher('**/.gitignore');
    this.subscriptions.push(
      watcher,
      gitignores,
      watcher.onDidCreate((uri) => this.updateFile(uri)),
      watcher.onDidChange((uri) => this.updateFile(uri)),
      watcher.onDidDelete((uri) => this.removeFile(uri)),
      // What is excluded changed: rebuild from scratch on the next request.
      gitignores.onDidChange(() => (this.folders = undefined)),
      gitignores.onDidCreate(() => (this.folders = undefined)),
      gitignores.onDidDelete(() => (this.folders = undefined)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => (this.folders = undefined)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('augmentationPreview.kerasVersion')) this.folders = undefined;
      }),
    );
  }

  /** Every pipeline in the workspace, open documents and notebooks as the editor has them. */
  async find(token?: vscode.CancellationToken): Promise<DiscoveryResult> {
    const folders = await (this.folders ??= this.scan(token));
    const byKey = new Map<string, PipelineChoice>();
    let filesSearched = 0;
    for (const f of folders) {
      filesSearched += f.filesSeen;
      for (const parsed of f.pipelines.results()) {
        const uri = vscode.Uri.joinPath(f.folder.uri, parsed.file);
        for (const c of choicesOf(uri, parsed)) byKey.set(c.key, c);
      }
    }
    // Unsaved edits of workspace files win over what is on disk (files outside the workspace are not in it).
    const inWorkspace = (uri: vscode.Uri) => uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
    for (const document of vscode.workspace.textDocuments) {
      if (!document.isDirty || !inWorkspace(document.uri) || !fileKind(document.uri.path)) continue;
      const parsed = await parsedDocument(document);
      if (parsed) replaceFile(byKey, document.uri, choicesOf(document.uri, parsed));
    }
    for (const notebook of vscode.workspace.notebookDocuments) {
      if (inWorkspace(notebook.uri) && notebook.isDirty) replaceFile(byKey, notebook.uri, choicesOf(notebook.uri, await parsedNotebook(notebook)));
    }
    const choices = [...byKey.values()].sort((a, b) => (a.uri?.fsPath ?? '').localeCompare(b.uri?.fsPath ?? '') || (a.line ?? 0) - (b.line ?? 0));
    return { choices, filesSearched };
  }

  private async scan(token?: vscode.CancellationToken): Promise<FolderIndex[]> {
    await initParser();
    const out: FolderIndex[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const index: FolderIndex = { folder, pipelines: new WorkspacePipelines(), exclusion: await exclusionFor(folder), filesSeen: 0 };
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SOURCE_GLOB), NEVER, MAX_FILES, token);
      for (const uri of uris) {
        if (token?.isCancellationRequested) break;
        if (index.exclusion.isExcluded(relative(folder, uri))) continue;
        index.filesSeen++;
        await this.read(index, uri);
      }
      out.push(index);
    }
    return out;
  }

  private async read(index: FolderIndex, uri: vscode.Uri): Promise<void> {
    const path = relative(index.folder, uri);
    try {
      const content = await vscode.workspace.fs.readFile(uri);
      // Pins and the Keras setting depend on the file's folder: set them for this file.
      index.pipelines.setOptions({ ...(await parseOptions(uri)), exclude: index.exclusion });
      index.pipelines.update({ path, content });
    } catch {
      index.pipelines.remove(path); // unreadable or gone: not a pipeline
    }
  }

  private async updateFile(uri: vscode.Uri): Promise<void> {
    if (!this.folders || !fileKind(uri.path)) return;
    const index = (await this.folders).find((f) => vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === f.folder.uri.toString());
    if (index && !index.exclusion.isExcluded(relative(index.folder, uri))) await this.read(index, uri);
  }

  private async removeFile(uri: vscode.Uri): Promise<void> {
    if (!this.folders) return;
    for (const f of await this.folders) f.pipelines.remove(relative(f.folder, uri));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function relative(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.startsWith(folder.uri.path + '/') ? uri.path.slice(folder.uri.path.length + 1) : uri.path;
}

/** .gitignore files (each applying below its folder), files.exclude, virtual environments. */
async function exclusionFor(folder: vscode.WorkspaceFolder): Promise<ExclusionFilter> {
  const gitignores: { dir: string; text: string }[] = [];
  for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), NEVER, 200)) {
    try {
      const dir = relative(folder, vscode.Uri.joinPath(uri, '..'));
      gitignores.push({ dir: dir === folder.uri.path ? '' : dir, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      // unreadable: ignores nothing
    }
  }
  // A folder with pyvenv.cfg is a virtual environment whatever its name.
  for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/pyvenv.cfg'), NEVER, 50)) {
    gitignores.push({ dir: '', text: `/${relative(folder, vscode.Uri.joinPath(uri, '..'))}/\n` });
  }
  const globs = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean>>('exclude') ?? {};
  return createExclusionFilter({ gitignores, globs });
}

function replaceFile(byKey: Map<string, PipelineChoice>, uri: vscode.Uri, choices: PipelineChoice[]): void {
  for (const [key, c] of byKey) if (c.uri?.toString() === uri.toString()) byKey.delete(key);
  for (const c of choices) byKey.set(c.key, c);
}

export function choicesOf(uri: vscode.Uri, parsed: ParsedFile): PipelineChoice[] {
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

/** One file's pipelines, as the editor has it when open. */
export async function pipelinesInFile(uri: vscode.Uri): Promise<PipelineChoice[]> {
  const notebook = vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === uri.toString());
  if (notebook) return choicesOf(uri, await parsedNotebook(notebook));
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const kind = fileKind(uri.path) ?? 'python';
  if (open || kind === 'python' || kind === 'javascript' || kind === 'typescript' || kind === 'tsx') {
    const parsed = await parsedDocument(open ?? (await vscode.workspace.openTextDocument(uri)));
    if (parsed) return choicesOf(uri, parsed);
  }
  // Notebooks on disk, saved configs and .keras archives: read as files.
  await initParser();
  return choicesOf(uri, parseFile(uri.fsPath, await vscode.workspace.fs.readFile(uri), await parseOptions(uri)));
}

/** The same pipeline after an edit of its file (found by name), or undefined when it is gone. */
export async function refreshChoice(choice: PipelineChoice, document: vscode.TextDocument): Promise<PipelineChoice | undefined> {
  const parsed = await parsedDocument(document);
  if (!parsed) return undefined;
  return choicesOf(document.uri, parsed).find((c) => c.key === choice.key);
}
