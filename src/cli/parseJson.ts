// The documented, stable JSON form of a ParsedFile (docs/parse-format.md): snake_case fields,
// 1-based lines and columns, and what each layer still does at inference.
import { activeAtInference } from '../pipeline/catalog';
import type { ArgValue, Diagnostic, LayerCall, ParsedFile, Pipeline } from '../pipeline/model';

export interface ParseOutputJson {
  readonly files: FileJson[];
}

export interface FileJson {
  readonly file: string;
  readonly keras_version: { readonly version: 2 | 3; readonly reason: string };
  readonly pipelines: PipelineJson[];
  readonly diagnostics: DiagnosticJson[];
}

export interface PipelineJson {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly layers: LayerJson[];
  readonly other_layers: OtherLayerJson[];
}

export interface LayerJson {
  readonly class_name: string;
  readonly line: number;
  readonly column: number;
  readonly args: Record<string, ArgValue>;
  readonly active_at_inference: boolean;
}

export interface OtherLayerJson {
  readonly class_name: string;
  readonly line: number;
  readonly column: number;
}

export interface DiagnosticJson {
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

export function fileToJson(parsed: ParsedFile): FileJson {
  const version = parsed.kerasVersion.version;
  return {
    file: parsed.file,
    keras_version: { version, reason: parsed.kerasVersion.reason },
    pipelines: parsed.pipelines.map((p) => pipelineToJson(p, version)),
    diagnostics: parsed.diagnostics.map(diagnosticToJson),
  };
}

function pipelineToJson(p: Pipeline, version: 2 | 3): PipelineJson {
  return {
    name: p.name,
    line: p.range.start.line,
    column: p.range.start.column,
    layers: p.layers.map((l) => layerToJson(l, version)),
    other_layers: p.otherLayers.map((l) => ({ class_name: l.className, line: l.range.start.line, column: l.range.start.column })),
  };
}

function layerToJson(l: LayerCall, version: 2 | 3): LayerJson {
  return {
    class_name: l.className,
    line: l.range.start.line,
    column: l.range.start.column,
    args: { ...l.args },
    active_at_inference: activeAtInference(l.className, version),
  };
}

function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    line: d.range?.start.line ?? null,
    column: d.range?.start.column ?? null,
  };
}
