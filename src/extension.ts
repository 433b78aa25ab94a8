// Entry point: registers commands and providers, nothing else. The parser loads on first use and
// TF.js only inside the engine worker, when a preview or a hover asks for it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PanelState, RenderSummary } from './protocol';
import { CODE_SELECTOR, forgetAll, forgetDocument } from './vscode/documentPipelines';
import { EngineClient } from './vscode/engineClient';
import { LayerHoverProvider } from './vscode/layerHover';
import { PipelineCodeLensProvider } from './vscode/pipelineCodeLens';
import { PipelineDiagnostics } from './vscode/pipelineDiagnostics';
import { previewAtCursor, previewAugmentations, previewLayer, previewPipeline } from './vscode/previewCommand';
import { WorkspaceIndex } from './vscode/pipelineDiscovery';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelDeps } from './vscode/previewPanel';
import { watchPinFiles } from './vscode/projectPins';
import { RenderReports } from './vscode/renderReports';

/** What activate() returns: used by the integration tests to see what the webview drew. */
export interface AugmentationPreviewApi {
  waitForRender(timeoutMs?: number): Promise<RenderSummary>;
  nextRender(timeoutMs?: number): Promise<RenderSummary>;
  /** Strictly the next training grid drawn ahead of its epoch strip. */
  nextGridDrawn(timeoutMs?: number): Promise<RenderSummary>;
  /** Types a value for an unresolved argument into the open preview of `image`, as its form does. */
  supplyArgument(image: vscode.Uri, layer: number, arg: string, text: string): Promise<void>;
  /** The document's augmentation diagnostics once they are up to date. */
  diagnostics(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
}

export function activate(context: vscode.ExtensionContext): AugmentationPreviewApi {
  const engine = new EngineClient(path.join(context.extensionPath, 'dist'));
  const reports = new RenderReports();
  const grids = new RenderReports();
  const index = new WorkspaceIndex();
  const deps: PanelDeps = { extensionUri: context.extensionUri, engine, reports, grids, index };
  const codeLens = new PipelineCodeLensProvider();
  const diagnostics = new PipelineDiagnostics(engine);
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    { dispose: () => engine.dispose() },
    index,
    watchPinFiles(forgetAll),
    command('augmentationPreview.preview', (target?: unknown) => previewAugmentations(deps, target)),
    command('augmentationPreview.previewPipeline', (uri: string, name: string) => previewPipeline(deps, uri, name)),
    command('augmentationPreview.inferenceView', (uri: string, name: string) => previewPipeline(deps, uri, name, { focus: 'inference' })),
    command('augmentationPreview.previewLayer', (uri: string, line: number, column: number) => previewLayer(deps, uri, line, column)),
    command('augmentationPreview.previewAtCursor', () => previewAtCursor(deps)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: PanelState | undefined) => PreviewPanel.revive(deps, panel, state),
    }),
    vscode.languages.registerHoverProvider(CODE_SELECTOR, new LayerHoverProvider(engine, context.extensionUri)),
    vscode.languages.registerCodeLensProvider(CODE_SELECTOR, codeLens),
    diagnostics,
    vscode.languages.registerCodeActionsProvider(CODE_SELECTOR, diagnostics, { providedCodeActionKinds: PipelineDiagnostics.providedCodeActionKinds }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('augmentationPreview')) return;
      forgetAll();
      codeLens.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => forgetDocument(d.uri)),
  );
  return {
    waitForRender: (timeoutMs) => reports.waitForRender(timeoutMs),
    nextRender: (timeoutMs) => reports.next(timeoutMs),
    nextGridDrawn: (timeoutMs) => grids.next(timeoutMs),
    supplyArgument: async (image, layer, arg, text) => {
      const panel = PreviewPanel.openFor(image);
      if (!panel) throw new Error(`no preview of ${image.toString()} is open`);
      await panel.supplyArgument(layer, arg, text);
    },
    diagnostics: (document) => diagnostics.refresh(document),
  };
}

export function deactivate(): void {
  // Disposables registered on the context stop the worker.
}
