// Layers with a `value_range` (RandomBrightness, RandomContrast, …) assume the pixel values that
// flow in lie in it: (0, 255) by default. After Rescaling(1/255) they are in [0, 1], and the
// layer then shifts and clips on the wrong scale. The range is followed through Rescaling; a
// Normalization (or an unresolved scale) ends what can be known statically.
import { phrase } from '../engine/layers/description';
import { formatNumber } from '../engine/layers/description';
import { layerSignature } from '../pipeline/catalog';
import { isFullyResolved, mayComeFromSplat, type KerasVersion, type LayerCall, type Value } from '../pipeline/model';
import { appendArgument, callText, keywordValueRange } from './callText';
import type { Finding } from './finding';
import type { SourceText } from './sourceText';

type Range = readonly [number, number];

function numbers(v: Value | undefined, fallback: number): number[] | undefined {
  if (v === undefined || v === null) return [fallback];
  const items = Array.isArray(v) ? v : [v];
  return items.every((x) => typeof x === 'number') ? (items as number[]) : undefined;
}

/** The nominal range after a Rescaling, or undefined when its arguments are not literal numbers. */
function rescaled([lo, hi]: Range, layer: LayerCall): Range | undefined {
  if (mayComeFromSplat(layer.args, 'scale') || mayComeFromSplat(layer.args, 'offset')) return undefined;
  if (!isFullyResolved(layer.args.scale ?? null) || !isFullyResolved(layer.args.offset ?? null)) return undefined;
  const scale = numbers(layer.args.scale as Value, 1);
  const offset = numbers(layer.args.offset as Value | undefined, 0);
  if (!scale || !offset) return undefined;
  const values = scale.flatMap((s, i) => [lo * s + offset[i % offset.length], hi * s + offset[i % offset.length]]);
  return [Math.min(...values), Math.max(...values)];
}

function declaredRange(layer: LayerCall, version: KerasVersion): Range | undefined {
  const signature = layerSignature(layer.className, version);
  const param = signature?.find((p) => p.name === 'value_range');
  if (!param || mayComeFromSplat(layer.args, 'value_range')) return undefined;
  const v = layer.args.value_range ?? param.default;
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number') return undefined;
  return [Math.min(v[0], v[1]), Math.max(v[0], v[1])];
}

/** Ranges that differ by more than a tenth of the larger span are different scales. */
function mismatched(a: Range, b: Range): boolean {
  const span = Math.max(a[1] - a[0], b[1] - b[0]);
  return Math.abs(a[0] - b[0]) > span / 10 || Math.abs(a[1] - b[1]) > span / 10;
}

export function valueRangeFindings(source: SourceText, layers: readonly LayerCall[], version: KerasVersion): Finding[] {
  const findings: Finding[] = [];
  let current: Range | undefined = [0, 255];
  let setBy: LayerCall | undefined;
  for (const layer of layers) {
    if (layer.className === 'Rescaling') {
      current = current && rescaled(current, layer);
      setBy = layer;
      continue;
    }
    if (layer.className === 'Normalization') {
      current = undefined;
      continue;
    }
    const declared = declaredRange(layer, version);
    if (!declared || !current || !setBy || !mismatched(declared, current)) continue;
    const [lo, hi] = [formatNumber(current[0]), formatNumber(current[1])];
    const call = callText(source, layer);
    const explicit = 'value_range' in layer.args ? keywordValueRange(source, call, 'value_range') : undefined;
    const edit = explicit ? { range: explicit, newText: `(${lo}, ${hi})` } : appendArgument(source, call, `value_range=(${lo}, ${hi})`);
    findings.push({
      code: 'value-range-mismatch',
      severity: 'warning',
      // With and without an explicit value_range: two whole sentences, not a clause as an argument.
      message: 'value_range' in layer.args
        ? phrase(
          '{0} assumes pixel values in [{1}, {2}] (value_range), but after {3} on line {4} they are in [{5}, {6}]: its changes are computed and clipped on the wrong scale. Pass value_range=({5}, {6}).',
          layer.className, formatNumber(declared[0]), formatNumber(declared[1]), setBy.className, setBy.range.start.line, lo, hi,
        )
        : phrase(
          '{0} assumes pixel values in [{1}, {2}] (value_range, its default), but after {3} on line {4} they are in [{5}, {6}]: its changes are computed and clipped on the wrong scale. Pass value_range=({5}, {6}).',
          layer.className, formatNumber(declared[0]), formatNumber(declared[1]), setBy.className, setBy.range.start.line, lo, hi,
        ),
      range: layer.range,
      kerasVersion: version,
      fixes: edit ? [{ title: phrase('Set value_range=({0}, {1})', lo, hi), edits: [edit], preferred: true }] : [],
    });
  }
  return findings;
}
