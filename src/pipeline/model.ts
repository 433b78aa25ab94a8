// The shared model of "a pipeline found in source": what the parser produces and
// what the engine, the CLI and the editor consume. No pixels and no VS Code here.

export type KerasVersion = 2 | 3;

/**
 * A user-visible text in translatable form: an English message with {0}-style placeholders, which
 * is also its l10n key (l10n/bundle.l10n.json), and the arguments that fill them. Arguments are
 * numbers, identifiers, code and file names; a nested phrase stands for a clause that is itself a
 * translatable unit (a Keras version reason quoted inside a diagnostic).
 */
export interface Phrase {
  readonly message: string;
  readonly args?: readonly PhraseArg[];
}

export type PhraseArg = string | number | Phrase;

/** Which Keras semantics apply to a file, and why (shown to the user next to the preview). */
export interface KerasVersionChoice {
  readonly version: KerasVersion;
  /** English, e.g. "default", "uses layers.experimental.preprocessing, line 3", "--keras 2" (the CLI's JSON). */
  readonly reason: string;
  /** The reason in translatable form, when its producer gives one (the editor localises it). */
  readonly phrase?: Phrase;
}

/** A literal value as Keras would receive it (tuples become arrays). */
export type Value = number | string | boolean | null | Value[] | { [key: string]: Value };

/** A value the static evaluator could not determine; `text` is its source text. */
export interface Unresolved {
  readonly unresolved: string;
}

/** An argument as written, evaluated where possible; unresolved parts stay marked at any depth. */
export type ArgValue = number | string | boolean | null | Unresolved | ArgValue[] | { [key: string]: ArgValue };

export function isUnresolved(v: unknown): v is Unresolved {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Unresolved).unresolved === 'string'
    && Object.keys(v).length === 1;
}

/** True when the value contains no unresolved part, so it can be handed to the engine. */
export function isFullyResolved(v: ArgValue): v is Value {
  if (isUnresolved(v)) return false;
  if (Array.isArray(v)) return v.every(isFullyResolved);
  if (typeof v === 'object' && v !== null) return Object.values(v).every(isFullyResolved);
  return true;
}

/**
 * True when an argument is not written out but may still be given: the call also passes an
 * unresolved `*args` or `**kwargs`. Its default is then not known to apply.
 */
export function mayComeFromSplat(args: Readonly<Record<string, ArgValue>>, name: string): boolean {
  return !(name in args) && ('*args' in args || '**kwargs' in args);
}

/** 1-based line, 1-based column (UTF-16 code units, as editors count). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
  /** Notebook cell index (0-based) when the source is a notebook; lines are then within the cell. */
  readonly cell?: number;
}

/**
 * How a pipeline or a layer was written: Keras layers, KerasCV layers (keras_cv.layers.*), TF's
 * tf.image functions in a map function, TensorFlow.js code, or a saved model configuration.
 */
export type SourceKind = 'keras' | 'keras_cv' | 'tf.image' | 'tfjs' | 'saved_config';

/** The image size the model works at, and where the code says so. */
export interface InputSize {
  readonly height: number;
  readonly width: number;
  /** For people, in English: "input_shape of RandomFlip (line 4)", "image_dataset_from_directory(image_size=...) (line 9)". */
  readonly source: string;
  /** The source in translatable form, when its producer gives one (the editor localises it). */
  readonly phrase?: Phrase;
  readonly range?: SourceRange;
}

/** A place where a pipeline is applied: in a dataset.map function, inside a model, or called directly. */
export interface PipelineUse {
  readonly kind: 'dataset.map' | 'model' | 'call';
  /** The `training=` argument when written as a literal, else null. */
  readonly training: boolean | null;
  readonly range: SourceRange;
}

export interface LayerCall {
  /** Canonical Keras class name, e.g. "RandomFlip". */
  readonly className: string;
  /** The callee as written, e.g. "layers.experimental.preprocessing.RandomFlip". */
  readonly callee: string;
  readonly range: SourceRange;
  /** Arguments as written, positional ones mapped to Keras parameter names. */
  readonly args: Readonly<Record<string, ArgValue>>;
  /** How it was written; "keras" when absent. */
  readonly kind?: SourceKind;
  /** Set when the layer reached this pipeline through a reference: the referenced pipeline's name. */
  readonly from?: string;
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  /** English (the CLI's JSON, logs). */
  readonly message: string;
  /** The message in translatable form, when its producer gives one (the editor localises it). */
  readonly phrase?: Phrase;
  readonly range?: SourceRange;
  /** Stable identifier, e.g. "unknown-layer", "syntax-error". */
  readonly code: string;
}

export interface Pipeline {
  /** The variable name it is assigned to, or a synthesized one ("<anonymous>@12"). */
  readonly name: string;
  readonly file: string;
  readonly range: SourceRange;
  /** Preprocessing layers in call order. */
  readonly layers: readonly LayerCall[];
  /** Layers that are not preprocessing (Conv2D, Dense, ...), kept so the UI can say what was skipped. */
  readonly otherLayers: readonly LayerCall[];
  /** How it was written; "keras" when absent. */
  readonly kind?: SourceKind;
  /** The model's input size when the code states it. */
  readonly inputSize?: InputSize;
  /** Where the pipeline is applied (dataset.map, another model, direct calls), in source order. */
  readonly uses?: readonly PipelineUse[];
}

/** What a file was read as. */
export type SourceLanguage = 'python' | 'notebook' | 'javascript' | 'typescript' | 'saved_config';

export interface ParsedFile {
  readonly file: string;
  /** Absent in results from before notebooks, TF.js and saved configs were read: then Python. */
  readonly language?: SourceLanguage;
  /** Decided per file, since binding positional arguments depends on it. */
  readonly kerasVersion: KerasVersionChoice;
  readonly pipelines: readonly Pipeline[];
  readonly diagnostics: readonly Diagnostic[];
}
