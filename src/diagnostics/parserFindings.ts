// The parser's own diagnostics (syntax errors, unknown layer names, unknown keyword arguments)
// as findings, with the quick fix its "did you mean" implies.
import { phrase } from '../engine/layers/description';
import { ALL_IMAGE_LAYERS, layerSignature } from '../pipeline/catalog';
import { closestName } from '../parse/python/suggest';
import type { Diagnostic, KerasVersion, LayerCall, ParsedFile } from '../pipeline/model';
import { callText, keywordRange } from './callText';
import type { Finding, QuickFix } from './finding';
import type { SourceText } from './sourceText';

function unknownLayerFix(source: SourceText, d: Diagnostic): QuickFix[] {
  if (!d.range) return [];
  const text = source.slice(d.range);
  const match = /([A-Za-z_]\w*)\s*\(/.exec(text);
  const suggestion = match && closestName(match[1], ALL_IMAGE_LAYERS);
  if (!match || !suggestion) return [];
  const at = source.offsetOf(d.range.start) + match.index;
  return [{ title: phrase('Change to {0}', suggestion), edits: [{ range: source.rangeOf(at, at + match[1].length), newText: suggestion }], preferred: true }];
}

function unknownKeywordFix(source: SourceText, d: Diagnostic, layers: readonly LayerCall[], version: KerasVersion): QuickFix[] {
  const match = /has no argument '(\w+)'/.exec(d.message);
  const layer = d.range && layers.find((l) => l.range.start.line === d.range!.start.line && l.range.start.column === d.range!.start.column);
  if (!match || !layer) return [];
  const names = (layerSignature(layer.className, version) ?? []).map((p) => p.name);
  const suggestion = closestName(match[1], names);
  const range = suggestion && keywordRange(source, callText(source, layer), match[1]);
  return suggestion && range ? [{ title: phrase('Change to {0}', suggestion), edits: [{ range, newText: suggestion }], preferred: true }] : [];
}

/** Parser diagnostics a rule here reports itself, with fixes. */
const REPORTED_BY_RULES = new Set(['deprecated-namespace', 'not-followed']);

export function parserFindings(source: SourceText, parsed: ParsedFile): Finding[] {
  const version = parsed.kerasVersion.version;
  const layers = parsed.pipelines.flatMap((p) => p.layers);
  return parsed.diagnostics
    .filter((d) => d.range && !REPORTED_BY_RULES.has(d.code))
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      // The parser writes its messages as phrase literals in src/parse (extracted there); a
      // diagnostic from elsewhere without one shows its English message as it is.
      message: d.phrase ?? { message: d.message },
      range: d.range!,
      kerasVersion: version,
      fixes: d.code === 'unknown-layer' ? unknownLayerFix(source, d) : d.code === 'bad-arguments' ? unknownKeywordFix(source, d, layers, version) : [],
    }));
}
