// All findings for one parsed file: the parser's diagnostics, then the rules over each pipeline.
// Engine validation (Keras's own argument checks) is added by the caller, from the worker.
import type { ParsedFile } from '../pipeline/model';
import { deprecatedNamespaceFindings } from './deprecatedNamespace';
import { enumArgumentFindings } from './enumArguments';
import type { Finding } from './finding';
import { keras3ChangeFindings, kerasCvFindings } from './keras3Changes';
import { layerOrderFindings } from './layerOrder';
import { parserFindings } from './parserFindings';
import { SourceText } from './sourceText';
import { valueRangeFindings } from './valueRanges';

export function lintParsedFile(text: string, parsed: ParsedFile): Finding[] {
  const source = new SourceText(text);
  const version = parsed.kerasVersion.version;
  const findings = [...parserFindings(source, parsed), ...deprecatedNamespaceFindings(source, parsed, version)];
  for (const pipeline of parsed.pipelines) {
    for (const layer of pipeline.layers) {
      findings.push(...enumArgumentFindings(source, layer, version), ...kerasCvFindings(layer, version));
      if (version === 3 && layer.kind !== 'keras_cv') findings.push(...keras3ChangeFindings(source, layer));
    }
    findings.push(...valueRangeFindings(source, pipeline.layers, version), ...layerOrderFindings(pipeline, version));
  }
  return distinct(findings);
}

/** Each finding once: a pipeline used inside another lists its layers again, and both are linted. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.range, f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Applies replacements to a text (non-overlapping; any order), as an editor would. */
export function applyEdits(text: string, edits: readonly { range: Finding['range']; newText: string }[]): string {
  const source = new SourceText(text);
  const spans = edits
    .map((e) => ({ from: source.offsetOf(e.range.start), to: source.offsetOf(e.range.end), newText: e.newText }))
    .sort((a, b) => b.from - a.from);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.newText + out.slice(s.to);
  return out;
}
