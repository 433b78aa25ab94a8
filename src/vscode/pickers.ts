// Quick picks: which image to preview (from the command palette) and which pipeline
// (when the workspace has several).
import * as vscode from 'vscode';
import { IMAGE_EXTENSIONS, isImageFileName } from '../images/imageFormats';
import type { PipelineChoice } from './pipelineDiscovery';

export async function pickImage(): Promise<vscode.Uri | undefined> {
  const active = activeImageUri();
  if (active) return active;
  const exts = IMAGE_EXTENSIONS.flatMap((e) => [e.slice(1), e.slice(1).toUpperCase()]).join(',');
  const found = (await vscode.workspace.findFiles(`**/*.{${exts}}`, '**/node_modules/**', 500)).filter((u) => isImageFileName(u.path));
  found.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  const browse = vscode.l10n.t('Browse…');
  const items: (vscode.QuickPickItem & { uri?: vscode.Uri })[] = [
    ...found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri, false), uri })),
    { label: `$(folder-opened) ${browse}` },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Choose an image to preview its augmentations') });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Images')]: IMAGE_EXTENSIONS.map((e) => e.slice(1)) },
  });
  return chosen?.[0];
}

/** The image shown in the active editor tab (VS Code's image preview is a custom editor). */
export function activeImageUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) {
    return isImageFileName(input.uri.path) ? input.uri : undefined;
  }
  return undefined;
}

export async function pickPipeline(choices: readonly PipelineChoice[]): Promise<PipelineChoice | undefined> {
  if (choices.length <= 1) return choices[0];
  const items = choices.map((choice) => ({
    label: choice.spec.name,
    description: choice.spec.file ? `${choice.spec.file}:${choice.line ?? 1}` : undefined,
    detail: describeLayers(choice),
    choice,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Several augmentation pipelines were found: which one should the preview use?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.choice;
}

function describeLayers(choice: PipelineChoice): string {
  const layers = choice.spec.layers.map((l) => l.className).join(' → ');
  if (choice.otherLayers.length === 0) return layers;
  return vscode.l10n.t('{0}  (then {1} other layers)', layers, choice.otherLayers.length);
}
