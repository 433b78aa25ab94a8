// The commands that open a preview: "Preview Augmentations" from an image (Explorer, image editor
// title, palette), and from code (CodeLens, hover links, "Preview Pipeline at Cursor"), where the
// image is the one last previewed or one the user picks.
import * as vscode from 'vscode';
import { isImageFileName } from '../images/imageFormats';
import { toPipelineSpec } from '../pipeline/toPipelineSpec';
import { layerAt, parsedDocument, pipelineAt } from './documentPipelines';
import { lastPreviewedImage } from './lastImage';
import { isFolder } from './partnerImages';
import { pipelinesInFile, type PipelineChoice } from './pipelineDiscovery';
import { activeImageUri, pickImage, pickPipeline } from './pickers';
import { PreviewPanel, type PanelDeps, type PipelineSelection, type ShowOptions } from './previewPanel';

export async function previewAugmentations(deps: PanelDeps, target?: unknown): Promise<void> {
  const imageUri = target instanceof vscode.Uri ? target : activeImageUri() ?? (await pickImage());
  if (!imageUri) return;
  if (!isImageFileName(imageUri.path) && !(await isFolder(imageUri))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not an image this preview can read (PNG, JPEG, BMP, GIF or TIFF).', imageUri.path.split('/').pop() ?? ''));
    return;
  }
  const selection = await selectPipeline(deps, imageUri);
  if (selection) PreviewPanel.show(deps, imageUri, selection);
}

async function selectPipeline(deps: PanelDeps, _imageUri: vscode.Uri): Promise<PipelineSelection | undefined> {
  const found = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for augmentation pipelines…') },
    (_progress) => deps.index.find(),
  );
  if (found.choices.length === 0) return { none: { filesSearched: found.filesSearched } };
  const choice = await pickPipeline(found.choices);
  return choice ? { choice } : undefined;
}

/** The image a preview started from code uses: the last one previewed, else the user picks. */
async function imageForCode(): Promise<vscode.Uri | undefined> {
  return lastPreviewedImage() ?? (await pickImage());
}

/** CodeLens and hover link: a pipeline by file and name. */
export async function previewPipeline(deps: PanelDeps, uri: string, name: string, options: ShowOptions = {}): Promise<void> {
  const fileUri = vscode.Uri.parse(uri);
  const choice = (await pipelinesInFile(fileUri)).find((c) => c.spec.name === name);
  if (!choice) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The pipeline {0} is no longer in {1}.', name, vscode.workspace.asRelativePath(fileUri)));
    return;
  }
  const image = await imageForCode();
  if (image) PreviewPanel.show(deps, image, { choice }, options);
}

/** Hover link: one layer on its own, as if it were the whole pipeline. */
export async function previewLayer(deps: PanelDeps, uri: string, line: number, column: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const parsed = await parsedDocument(document);
  const hit = parsed && layerAt(parsed, new vscode.Position(line - 1, column - 1));
  if (!parsed || !hit) return;
  const pipelineSpec = toPipelineSpec(hit.pipeline, parsed.kerasVersion, vscode.workspace.asRelativePath(document.uri));
  const choice: PipelineChoice = {
    key: `${uri}#${hit.pipeline.name}:${hit.layer.className}@${line}`,
    spec: { ...pipelineSpec, name: `${hit.layer.className} (${hit.pipeline.name})`, layers: pipelineSpec.layers.filter((l) => l.line === line && l.className === hit.layer.className).slice(0, 1) },
    uri: document.uri,
    line,
    otherLayers: [],
  };
  const image = await imageForCode();
  if (image) PreviewPanel.show(deps, image, { choice });
}

/** "Preview Pipeline at Cursor": the pipeline around the cursor in the active editor. */
export async function previewAtCursor(deps: PanelDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const parsed = editor && (await parsedDocument(editor.document));
  const pipeline = parsed && editor && (pipelineAt(parsed, editor.selection.active) ?? layerAt(parsed, editor.selection.active)?.pipeline);
  if (!editor || !pipeline) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor inside a Keras pipeline (a Sequential of preprocessing layers) to preview it.'));
    return;
  }
  await previewPipeline(deps, editor.document.uri.toString(), pipeline.name);
}
