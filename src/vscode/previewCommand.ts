// "Preview Augmentations": from the Explorer (an image's Uri), an image editor's title bar,
// or the command palette (asks for an image); then picks the pipeline and opens the panel.
import * as vscode from 'vscode';
import { isImageFileName } from '../images/imageFormats';
import { findWorkspacePipelines } from './pipelineDiscovery';
import { activeImageUri, pickImage, pickPipeline } from './pickers';
import { PreviewPanel, type PanelDeps, type PipelineSelection } from './previewPanel';
import { readSettings } from './settings';

export async function previewAugmentations(deps: PanelDeps, target?: unknown): Promise<void> {
  const imageUri = target instanceof vscode.Uri ? target : activeImageUri() ?? (await pickImage());
  if (!imageUri) return;
  if (!isImageFileName(imageUri.path)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not an image this preview can read (PNG, JPEG, BMP, GIF or TIFF).', imageUri.path.split('/').pop() ?? ''));
    return;
  }
  const selection = await selectPipeline(imageUri);
  if (selection) PreviewPanel.show(deps, imageUri, selection);
}

async function selectPipeline(imageUri: vscode.Uri): Promise<PipelineSelection | undefined> {
  const found = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for augmentation pipelines…') },
    () => findWorkspacePipelines(readSettings(imageUri)),
  );
  if (found.choices.length === 0) return { none: { filesSearched: found.filesSearched } };
  const choice = await pickPipeline(found.choices);
  return choice ? { choice } : undefined;
}
