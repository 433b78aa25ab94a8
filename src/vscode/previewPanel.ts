// The host side of one preview panel: which image and pipeline it shows, rendering through
// the engine worker, the message exchange with its webview (ready handshake first), and
// following edits of the pipeline's file so the grid redraws as the user types.
import * as vscode from 'vscode';
import { mergeExtents } from '../engine/extents';
import type { PreviewResult } from '../engine/previewTypes';
import { initParser, pythonLiteral } from '../parse';
import type { Value } from '../pipeline/model';
import { suppliedKey, withSuppliedValues } from '../pipeline/suppliedValues';
import { isImageFileName } from '../images/imageFormats';
import { EXAMPLE_PIPELINE_KEY, EXAMPLE_PIPELINE_SOURCE } from '../pipeline/examplePipeline';
import type { HostToWebview, PanelState, WebviewToHost } from '../protocol';
import type { EngineClient } from './engineClient';
import { rememberPreviewedImage } from './lastImage';
import { localise } from './localise';
import { panelHtml } from './panelHtml';
import { previewImages } from './partnerImages';
import { exampleChoice, refreshChoice, type PipelineChoice, type WorkspaceIndex } from './pipelineDiscovery';
import { pickPipeline } from './pickers';
import type { RenderReports } from './renderReports';
import { readSettings } from './settings';
import { webviewStrings } from './webviewStrings';

export const PREVIEW_VIEW_TYPE = 'augmentationPreview.preview';

/** Length of the epoch strip. */
const EPOCHS = 8;

/** From the last keystroke to a new render request: short, since a render takes ~20-60 ms. */
const LIVE_DEBOUNCE_MS = 30;

export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly engine: EngineClient;
  readonly reports: RenderReports;
  /** Grids drawn ahead of their epoch strip (a redraw's first sight), reported apart. */
  readonly grids: RenderReports;
  readonly index: WorkspaceIndex;
}

/** Either a pipeline to render, or the fact that the workspace has none. */
export type PipelineSelection = { readonly choice: PipelineChoice } | { readonly none: { readonly filesSearched: number } };

export interface ShowOptions {
  /** Open scrolled to the layer-by-layer inference path ("Inference view"). */
  readonly focus?: 'training' | 'inference';
}

export class PreviewPanel {
  private static readonly open = new Map<string, PreviewPanel>();

  private selection: PipelineSelection;
  private seed: number;
  private lastResult: PreviewResult | undefined;
  private renderSeq = 0;
  /** Values typed in the panel for unresolved arguments, for the pipeline with key `suppliedFor`. */
  private supplied = new Map<string, Value>();
  private suppliedFor = '';
  private focus: ShowOptions['focus'];
  private liveTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  /** Opens (or reveals and updates) the panel for an image, or for a folder (its images form the batch). */
  static openFor(imageUri: vscode.Uri): PreviewPanel | undefined {
    return PreviewPanel.open.get(imageUri.toString());
  }

  static show(deps: PanelDeps, imageUri: vscode.Uri, selection: PipelineSelection, options: ShowOptions = {}): PreviewPanel {
    if (isImageFileName(imageUri.path)) rememberPreviewedImage(imageUri);
    const existing = PreviewPanel.open.get(imageUri.toString());
    if (existing) {
      existing.panel.reveal(undefined, false);
      existing.selection = selection;
      existing.focus = options.focus;
      void existing.render();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, panelTitle(imageUri), vscode.ViewColumn.Beside, webviewOptions(deps.extensionUri));
    return new PreviewPanel(panel, deps, imageUri, selection, readSettings(imageUri).seed, options.focus);
  }

  /** Restores a panel VS Code kept across a window reload, from the state its webview saved. */
  static async revive(deps: PanelDeps, panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    panel.webview.options = webviewOptions(deps.extensionUri);
    if (!state?.imageUri) {
      panel.dispose();
      return;
    }
    const imageUri = vscode.Uri.parse(state.imageUri);
    const selection = await selectionFromKey(deps.index, state.pipelineKey);
    new PreviewPanel(panel, deps, imageUri, selection, state.seed, undefined);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    private readonly imageUri: vscode.Uri,
    selection: PipelineSelection,
    seed: number,
    focus: ShowOptions['focus'],
  ) {
    this.selection = selection;
    this.seed = seed;
    this.focus = focus;
    PreviewPanel.open.set(imageUri.toString(), this);
    panel.title = panelTitle(imageUri);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'icon.svg');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
    );
    panel.webview.html = panelHtml(panel.webview, deps.extensionUri);
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private state(): PanelState {
    const pipelineKey = 'choice' in this.selection ? this.selection.choice.key : '';
    return { imageUri: this.imageUri.toString(), pipelineKey, seed: this.seed };
  }

  private async onMessage(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'init', strings: webviewStrings(), state: this.state() });
        // A webview that was hidden and shown again reloads: give it the last result back.
        if (this.lastResult) this.post({ type: 'preview', result: localisedResult(this.lastResult) });
        else await this.render();
        return;
      case 'resample':
        this.seed = Math.floor(Math.random() * 2 ** 31);
        await this.render();
        return;
      case 'setSeed':
        if (Number.isInteger(message.seed) && message.seed >= 0) {
          this.seed = message.seed;
          await this.render();
        }
        return;
      case 'useExample':
        this.selection = { choice: exampleChoice };
        await this.render();
        return;
      case 'choosePipeline': {
        const found = await this.deps.index.find();
        const choice = await pickPipeline([...found.choices, exampleChoice]);
        if (choice) {
          this.selection = { choice };
          await this.render();
        }
        return;
      }
      case 'supplyArgument':
        await this.supplyArgument(message.layer, message.arg, message.text);
        return;
      case 'rendered':
        this.deps.reports.report(message.summary);
        return;
      case 'gridDrawn':
        this.deps.grids.report(message.summary);
        return;
    }
  }

  /** The live preview: an edit of the pipeline's file re-reads it and redraws, debounced. */
  private onEdit(document: vscode.TextDocument): void {
    if (!('choice' in this.selection)) return;
    const { choice } = this.selection;
    if (!choice.uri || choice.uri.toString() !== document.uri.toString()) return;
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(async () => {
      const updated = await refreshChoice(choice, document);
      if (!updated || !('choice' in this.selection) || this.selection.choice !== choice) return;
      if (JSON.stringify(updated.spec) === JSON.stringify(choice.spec)) return;
      this.selection = { choice: updated };
      await this.render();
    }, LIVE_DEBOUNCE_MS);
  }

  /** A value typed for an argument the code leaves unresolved: read as a Python literal, then redrawn. */
  async supplyArgument(layer: number, arg: string, text: string): Promise<void> {
    await initParser();
    const value = pythonLiteral(text);
    if (value === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a Python literal (a number, a string, True, False, None, or a tuple, list or dict of them)', text));
      return;
    }
    this.supplied.set(suppliedKey(layer, arg), value);
    await this.render();
  }

  private async render(): Promise<void> {
    const seq = ++this.renderSeq;
    this.lastResult = undefined;
    if ('none' in this.selection) {
      const { filesSearched } = this.selection.none;
      this.post({ type: 'noPipeline', filesSearched, example: EXAMPLE_PIPELINE_SOURCE, state: this.state() });
      return;
    }
    const { key } = this.selection.choice;
    if (key !== this.suppliedFor) {
      this.supplied.clear(); // the values belong to another pipeline's arguments
      this.suppliedFor = key;
    }
    const spec = withSuppliedValues(this.selection.choice.spec, this.supplied);
    const imageName = this.imageUri.path.split('/').pop() ?? this.imageUri.path;
    this.post({ type: 'rendering', imageName, pipelineName: spec.name, state: this.state() });
    try {
      const settings = readSettings(this.imageUri);
      const { target, partners } = await previewImages(this.imageUri, spec, settings.samples);
      const request = {
        imageBytes: target.bytes,
        imageName: target.name,
        pipeline: spec,
        seed: this.seed,
        samples: settings.samples,
        epochs: 0,
        maxSize: settings.previewSize,
        ...(partners.length ? { partners } : {}),
      };
      // The grid and the inference path first, then the epoch strip: a redraw after an edit
      // shows the grid without waiting for eight more calls of the pipeline.
      const grid = await this.deps.engine.render(request);
      if (seq !== this.renderSeq) return; // a newer render superseded this one
      this.post({ type: 'preview', result: localisedResult(grid), pendingEpochs: EPOCHS });
      const strip = await this.deps.engine.call('epochs', { ...request, epochs: EPOCHS });
      if (seq !== this.renderSeq) return;
      const result: PreviewResult = {
        ...grid,
        epochs: strip.epochs,
        valueRange: { ...grid.valueRange, training: mergeExtents(grid.valueRange.training, strip.extent) },
      };
      this.lastResult = result;
      this.post({ type: 'preview', result: localisedResult(result) });
      if (this.focus) {
        this.post({ type: 'focus', section: this.focus });
        this.focus = undefined;
      }
    } catch (err) {
      if (seq !== this.renderSeq) return;
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err), imageName });
    }
  }

  private dispose(): void {
    clearTimeout(this.liveTimer);
    PreviewPanel.open.delete(this.imageUri.toString());
    for (const d of this.disposables) d.dispose();
  }
}

function panelTitle(imageUri: vscode.Uri): string {
  const base = imageUri.path.split('/').pop() ?? imageUri.path;
  const name = isImageFileName(base) ? base : `${base}/`;
  return vscode.l10n.t('Augmentations: {0}', name);
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

async function selectionFromKey(index: WorkspaceIndex, key: string): Promise<PipelineSelection> {
  if (key === EXAMPLE_PIPELINE_KEY) return { choice: exampleChoice };
  const found = await index.find();
  const choice = found.choices.find((c) => c.key === key) ?? found.choices[0];
  return choice ? { choice } : { none: { filesSearched: found.filesSearched } };
}

/**
 * The result with its Keras version reason and input-size source in the user's language (from
 * their phrases, when the engine passed them on): the webview shows the strings it receives.
 */
function localisedResult(result: PreviewResult): PreviewResult {
  const { kerasVersionReasonPhrase, ...rest } = result;
  const { phrase: sizeSource, ...inputSize } = result.inputSize;
  return {
    ...rest,
    ...(kerasVersionReasonPhrase ? { kerasVersionReason: localise(kerasVersionReasonPhrase) } : {}),
    inputSize: sizeSource ? { ...inputSize, source: localise(sizeSource) } : inputSize,
  };
}
