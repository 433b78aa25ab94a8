// The messages between the extension host and the preview webview, imported by both sides:
// adding a message here makes both fail to compile until they handle it.
import type { PreviewResult } from './engine/previewTypes';

/** What the webview persists with setState and the host restores after a reload. */
export interface PanelState {
  readonly imageUri: string;
  /** Identifies the pipeline: file URI + name, or "builtin:example". */
  readonly pipelineKey: string;
  readonly seed: number;
}

/** User-visible strings, localised by the host (vscode.l10n), so the webview holds none. */
export interface WebviewStrings {
  readonly training: string;
  readonly trainingHelp: string;
  readonly inference: string;
  readonly inferenceHelp: string;
  readonly inferenceNone: string;
  readonly inferenceActive: string;
  readonly epochs: string;
  readonly epochsHelp: string;
  readonly epoch: string;
  readonly sample: string;
  readonly resample: string;
  readonly seed: string;
  readonly rendering: string;
  readonly valueRange: string;
  readonly valueRangeMapped: string;
  readonly inputSize: string;
  readonly kerasVersion: string;
  readonly inputUint8: string;
  readonly skipped: string;
  readonly layers: string;
  readonly line: string;
  readonly trainingOnly: string;
  readonly alsoAtInference: string;
  readonly noRandomParams: string;
  readonly noPipelineTitle: string;
  readonly noPipelineHelp: string;
  readonly useExample: string;
  readonly choosePipeline: string;
  readonly errorTitle: string;
  readonly stagesTitle: string;
  readonly stagesHelp: string;
  readonly stageInput: string;
  readonly stageUnchanged: string;
  readonly stageChanged: string;
  readonly batchOf: string;
  /** An argument the code leaves unresolved: {0} parameter, {1} its source text, {2} the value used. */
  readonly assumedDefault: string;
  readonly assumedUser: string;
  /** {0}: the splat's source text (`**opts`). */
  readonly assumedSplat: string;
  /** {0} parameter, {1} source text: the layer waits for a value. */
  readonly needsValue: string;
  readonly supplyValue: string;
  /** Tile-label templates by parameter key (engine/paramLabels.ts), localised, {0} = the value. */
  readonly params: Readonly<Record<string, string>>;
}

export type HostToWebview =
  | { readonly type: 'init'; readonly strings: WebviewStrings; readonly state: PanelState }
  | { readonly type: 'rendering'; readonly imageName: string; readonly pipelineName: string; readonly state: PanelState }
  /** A result to draw; `pendingEpochs` when the epoch strip follows in a second 'preview'. */
  | { readonly type: 'preview'; readonly result: PreviewResult; readonly pendingEpochs?: number }
  | { readonly type: 'error'; readonly message: string; readonly imageName: string }
  /** Brings a section into view: the inference view opens the panel on the layer-by-layer path. */
  | { readonly type: 'focus'; readonly section: 'training' | 'inference' }
  | { readonly type: 'noPipeline'; readonly filesSearched: number; readonly example: string; readonly state: PanelState };

/** What the webview reports after drawing, so tests (and the host) know what the user sees. */
export interface RenderSummary {
  readonly image: string;
  readonly pipeline: string;
  readonly seed: number;
  readonly training: readonly { readonly params: PreviewResult['training'][number]['params']; readonly label: string }[];
  readonly inference: { readonly activeLayers: readonly string[]; readonly label: string };
  readonly epochs: number;
  /** The layer list as shown: each layer, whether it ran, the notes on assumed values, and the argument it asks for. */
  readonly layers?: readonly { readonly className: string; readonly applied: boolean; readonly notes: readonly string[]; readonly asks?: string }[];
  readonly error?: string;
}

export type WebviewToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'resample' }
  | { readonly type: 'setSeed'; readonly seed: number }
  | { readonly type: 'useExample' }
  | { readonly type: 'choosePipeline' }
  /** A value typed for an argument the code leaves unresolved (layer: its index in the pipeline). */
  | { readonly type: 'supplyArgument'; readonly layer: number; readonly arg: string; readonly text: string }
  | { readonly type: 'rendered'; readonly summary: RenderSummary }
  /** The training grid of a render is on screen (the epoch strip follows): what a live edit waits for. */
  | { readonly type: 'gridDrawn'; readonly summary: RenderSummary };
