// The documented, stable JSON form of a ParsedFile (docs/parse-format.md): snake_case fields,
// 1-based lines and columns (with ends, and the cell for notebooks), each layer's full
// configuration, its unresolved values, and what it still does at inference.
import { layerActiveAtInference, layerConfig, unresolvedArgs, UnresolvedArg } from '../pipeline/layerConfig';
import type { ArgValue, Diagnostic, InputSize, KerasVersion, LayerCall, ParsedFile, Pipeline, PipelineUse, SourceKind, SourceRange } from '../pipeline/model';

export interface ParseOutputJson {
  readonly files: FileJson[];
}

export interface FileJson {
  readonly file: string;
  readonly language: string;
  readonly keras_version: { readonly version: 2 | 3; readonly reason: string };
  readonly pipelines: PipelineJson[];
  readonly diagnostics: DiagnosticJson[];
}

interface RangeJson {
  readonly line: number;
  readonly column: number;
  readonly end_line: number;
  readonly end_column: number;
  readonly cell?: number;
}

export interface PipelineJson extends RangeJson {
  readonly name: string;
  readonly kind: SourceKind;
  readonly input_size: ({ readonly height: number; readonly width: number; readonly source: string } & Partial<RangeJson>) | null;
  readonly uses: ({ readonly kind: PipelineUse['kind']; readonly training: boolean | null } & RangeJson)[];
  readonly layers: LayerJson[];
  readonly other_layers: OtherLayerJson[];
}

export interface LayerJson extends RangeJson {
  readonly class_name: string;
  readonly kind: SourceKind;
  readonly args: Record<string, ArgValue>;
  readonly config: Record<string, ArgValue>;
  readonly unresolved: UnresolvedArg[];
  readonly active_at_inference: boolean;
  readonly from: string | null;
}

export interface OtherLayerJson extends RangeJson {
  readonly class_name: string;
  readonly from: string | null;
}

export interface DiagnosticJson {
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly end_line: number | null;
  readonly end_column: number | null;
  readonly cell?: number;
}

export function fileToJson(parsed: ParsedFile): FileJson {
  const version = parsed.kerasVersion.version;
  return {
    file: parsed.file,
    language: parsed.language ?? 'python',
    keras_version: { version, reason: parsed.kerasVersion.reason },
    pipelines: parsed.pipelines.map((p) => pipelineToJson(p, version)),
    diagnostics: parsed.diagnostics.map(diagnosticToJson),
  };
}

function rangeJson(r: SourceRange): RangeJson {
  return {
    line: r.start.line, column: r.start.column, end_line: r.end.line, end_column: r.end.column,
    ...(r.cell !== undefined ? { cell: r.cell } : {}),
  };
}

function inputSizeJson(s: InputSize | undefined): PipelineJson['input_size'] {
  if (!s) return null;
  return { height: s.height, width: s.width, source: s.source, ...(s.range ? rangeJson(s.range) : {}) };
}

function pipelineToJson(p: Pipeline, version: KerasVersion): PipelineJson {
  return {
    name: p.name,
    kind: p.kind ?? 'keras',
    ...rangeJson(p.range),
    input_size: inputSizeJson(p.inputSize),
    uses: (p.uses ?? []).map((u) => ({ kind: u.kind, training: u.training, ...rangeJson(u.range) })),
    layers: p.layers.map((l) => layerToJson(l, version)),
    other_layers: p.otherLayers.map((l) => ({ class_name: l.className, ...rangeJson(l.range), from: l.from ?? null })),
  };
}

function layerToJson(l: LayerCall, version: KerasVersion): LayerJson {
  return {
    class_name: l.className,
    kind: l.kind ?? 'keras',
    ...rangeJson(l.range),
    args: { ...l.args },
    config: layerConfig(l, version),
    unresolved: unresolvedArgs(l.args),
    active_at_inference: layerActiveAtInference(l, version),
    from: l.from ?? null,
  };
}

function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    line: d.range?.start.line ?? null,
    column: d.range?.start.column ?? null,
    end_line: d.range?.end.line ?? null,
    end_column: d.range?.end.column ?? null,
    ...(d.range?.cell !== undefined ? { cell: d.range.cell } : {}),
  };
}
