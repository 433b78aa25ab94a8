// What a preview asks for and what it produces. Types only: the webview, the extension host,
// the worker and the CLI all import them, and none of them pulls in TF.js through this file.
import type { ArgValue, KerasVersion, Phrase, SourceKind, Value } from '../pipeline/model';

export interface LayerSpec {
  readonly className: string;
  readonly args: Readonly<Record<string, ArgValue>>;
  /** 1-based source line, for labels and links; absent for built-in pipelines. */
  readonly line?: number;
  /** How it was written (a KerasCV layer is not Keras's layer of the same name). */
  readonly kind?: SourceKind;
  /**
   * Arguments the code leaves unresolved that the user gave a value for in the panel: argument →
   * the source text it stands for (the value itself is in `args`).
   */
  readonly supplied?: Readonly<Record<string, string>>;
}

/** A value the preview used for an argument the code does not state as a literal. */
export interface AssumedArgument {
  /** The parameter ("fill_mode"), or "**kwargs" / "*args" for a splat left out. */
  readonly arg: string;
  /** The source text in the code ("cfg.fill", "**opts"). */
  readonly text: string;
  readonly value: Value;
  /** Keras's default for the parameter, or the value the user gave in the panel. */
  readonly by: 'default' | 'user';
}

export interface PipelineSpec {
  readonly name: string;
  /** Workspace-relative or absolute path of the file it was found in; absent for built-ins. */
  readonly file?: string;
  readonly kerasVersion: KerasVersion;
  /** Why that Keras version was assumed, in English, e.g. "uses layers.experimental.preprocessing, line 3". */
  readonly kerasVersionReason?: string;
  /** The same reason in translatable form, when known (the extension localises it). */
  readonly kerasVersionReasonPhrase?: Phrase;
  readonly layers: readonly LayerSpec[];
  /**
   * Model input size (height, width) when the code states it; the preview works at that size.
   * `source` says where, in English; `phrase` is the same in translatable form, when known.
   */
  readonly inputSize?: { readonly height: number; readonly width: number; readonly source: string; readonly phrase?: Phrase };
  /**
   * The dtype images arrive in: float32 0–255 as image_dataset_from_directory yields them (the
   * default), or uint8 as tf.io.decode_jpeg and TFDS give them to map functions.
   */
  readonly inputDtype?: 'float32' | 'uint8';
}

export interface PreviewRequest {
  /** Encoded image file (PNG, JPEG, ...). */
  readonly imageBytes: Uint8Array;
  readonly imageName: string;
  readonly pipeline: PipelineSpec;
  readonly seed: number;
  /** Tiles in the training grid: one batch of this many copies of the image, one draw each. */
  readonly samples: number;
  /** Length of the epoch strip: the same image through this many separate calls. */
  readonly epochs: number;
  /** Longest side of the working image when the model's input size is unknown. */
  readonly maxSize: number;
  /**
   * Other images to fill the training batch with, for layers that mix images of a batch
   * (MixUp, CutMix): tile i then shows batch image i, as in a training step.
   */
  readonly partners?: readonly { readonly bytes: Uint8Array; readonly name: string }[];
}

export interface LayerSampleParams {
  readonly layer: string;
  readonly params: Readonly<Record<string, number | boolean | string | number[]>>;
}

export interface Tile {
  readonly width: number;
  readonly height: number;
  /** RGBA bytes for display (value range mapped to 0..255). */
  readonly rgba: Uint8Array;
  /** Parameters each layer drew for this image (training tiles only; empty otherwise). */
  readonly params: readonly LayerSampleParams[];
}

export interface InferenceStage {
  /** "input", or the layer's class name. */
  readonly layer: string;
  readonly tile: Tile;
  /** False when the layer passed the image through untouched (values equal). */
  readonly changed: boolean;
  /** Nominal value range after this stage. */
  readonly range: readonly [number, number];
}

export interface LayerStatus {
  readonly className: string;
  readonly line?: number;
  /** True when the engine runs it; false when skipped (see `problem`). */
  readonly applied: boolean;
  readonly activeAtInference: boolean;
  /** Why it was skipped: not supported yet, invalid configuration, unresolved argument. */
  readonly problem?: string;
  /** Values used for arguments the code does not state as literals (shown beside the layer). */
  readonly assumed?: readonly AssumedArgument[];
  /** A required argument that is not a literal: the panel asks for a value for it. */
  readonly needs?: { readonly arg: string; readonly text: string };
}

export interface PreviewResult {
  readonly imageName: string;
  readonly pipelineName: string;
  readonly pipelineFile?: string;
  readonly kerasVersion: KerasVersion;
  readonly kerasVersionReason?: string;
  readonly kerasVersionReasonPhrase?: Phrase;
  /** The dtype the layers received (see PipelineSpec.inputDtype). */
  readonly inputDtype: 'float32' | 'uint8';
  readonly seed: number;
  /**
   * Size of the decoded image and of the working image the layers receive, with where the
   * working size comes from (English `source`; `phrase` for the extension to localise).
   */
  readonly originalSize: { readonly width: number; readonly height: number };
  readonly inputSize: { readonly width: number; readonly height: number; readonly source: string; readonly phrase?: Phrase };
  readonly layers: readonly LayerStatus[];
  readonly training: readonly Tile[];
  readonly epochs: readonly Tile[];
  readonly inference: Tile;
  /** Which image each training tile started from (the previewed one first), when partners fill the batch. */
  readonly batchImages?: readonly string[];
  /** The training-off path layer by layer: the input, then the output after each layer. */
  readonly inferenceStages: readonly InferenceStage[];
  /** Class names of the layers that still change pixels with training=False. */
  readonly activeAtInference: readonly string[];
  /** Nominal value range of the outputs (e.g. [0, 1] after Rescaling(1/255)), and the measured extents. */
  readonly valueRange: {
    readonly nominal: readonly [number, number];
    readonly training: readonly [number, number];
    readonly inference: readonly [number, number];
  };
  readonly warnings: readonly string[];
  readonly elapsedMs: number;
}
