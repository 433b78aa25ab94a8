// Entry point: registers the command and the panel serializer, nothing else. The parser loads
// on first use and TF.js only inside the engine worker, when a preview is asked for.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EngineClient } from './vscode/engineClient';
import { previewAugmentations } from './vscode/previewCommand';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelDeps } from './vscode/previewPanel';
import { RenderReports } from './vscode/renderReports';
import type { PanelState, RenderSummary } from './protocol';

/** What activate() returns: used by the integration tests to see what the webview drew. */
export interface AugmentationPreviewApi {
  waitForRender(timeoutMs?: number): Promise<RenderSummary>;
  nextRender(timeoutMs?: number): Promise<RenderSummary>;
}

export function activate(context: vscode.ExtensionContext): AugmentationPreviewApi {
  const engine = new EngineClient(path.join(context.extensionPath, 'dist'));
  const reports = new RenderReports();
  const deps: PanelDeps = { extensionUri: context.extensionUri, engine, reports };
  context.subscriptions.push(
    { dispose: () => engine.dispose() },
    vscode.commands.registerCommand('augmentationPreview.preview', (target?: unknown) => previewAugmentations(deps, target)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: PanelState | undefined) => PreviewPanel.revive(deps, panel, state),
    }),
  );
  return {
    waitForRender: (timeoutMs) => reports.waitForRender(timeoutMs),
    nextRender: (timeoutMs) => reports.next(timeoutMs),
  };
}

export function deactivate(): void {
  // Disposables registered on the context stop the worker.
}
