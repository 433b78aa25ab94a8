// `layers.experimental.preprocessing.X` is Keras 2 API: TensorFlow 2.16+ (Keras 3) removed it,
// so the code stops importing on upgrade. The fix spells the same layer as keras.layers.X, and
// for a `preprocessing` alias also rewrites its import, all uses at once so the file keeps working.
import { phrase } from '../engine/layers/description';
import type { KerasVersion, LayerCall, ParsedFile, SourceRange } from '../pipeline/model';
import type { Finding, QuickFix, TextReplacement } from './finding';
import type { SourceText } from './sourceText';

const EXPERIMENTAL = 'experimental.preprocessing.';
/** `from tensorflow.keras.layers.experimental import preprocessing [as alias]` */
const ALIAS_IMPORT = /^([ \t]*)from[ \t]+((?:tensorflow\.)?keras)\.layers\.experimental[ \t]+import[ \t]+preprocessing(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/m;

interface Use {
  readonly layer: LayerCall;
  /** The deprecated part of the callee, and what replaces it. */
  readonly range: SourceRange;
  readonly replacement: string;
}

function deprecatedUses(source: SourceText, layers: readonly LayerCall[], alias: string | undefined): Use[] {
  const uses: Use[] = [];
  for (const layer of layers) {
    const start = source.offsetOf(layer.range.start);
    const calleeEnd = start + layer.callee.length;
    if (source.text.slice(start, calleeEnd) !== layer.callee) continue; // callee not where expected: no fix
    const i = layer.callee.indexOf(EXPERIMENTAL);
    if (i >= 0) {
      uses.push({ layer, range: source.rangeOf(start + i, start + i + EXPERIMENTAL.length), replacement: '' });
    } else if (alias && layer.callee.startsWith(`${alias}.`)) {
      uses.push({ layer, range: source.rangeOf(start, start + alias.length), replacement: 'layers' });
    }
  }
  return uses;
}

export function deprecatedNamespaceFindings(source: SourceText, parsed: ParsedFile, version: KerasVersion): Finding[] {
  const layers = parsed.pipelines.flatMap((p) => p.layers);
  const importMatch = ALIAS_IMPORT.exec(source.text);
  const alias = importMatch ? importMatch[3] ?? 'preprocessing' : undefined;
  const uses = deprecatedUses(source, layers, alias);
  if (uses.length === 0) return [];

  const edits: TextReplacement[] = uses.map((u) => ({ range: u.range, newText: u.replacement }));
  if (importMatch && uses.some((u) => u.replacement === 'layers')) {
    const at = importMatch.index;
    const hasLayers = new RegExp(`^[ \\t]*from[ \\t]+(?:tensorflow\\.)?keras[ \\t]+import[ \\t]+.*\\blayers\\b`, 'm').test(source.text);
    // With `layers` already imported the old import just goes (with its line break).
    const end = at + importMatch[0].length + (hasLayers && source.text[at + importMatch[0].length] === '\n' ? 1 : 0);
    edits.push({ range: source.rangeOf(at, end), newText: hasLayers ? '' : `${importMatch[1]}from ${importMatch[2]} import layers` });
  }
  const fixAll: QuickFix = { title: phrase('Use keras.layers for every deprecated preprocessing layer in this file'), edits, preferred: true };
  return uses.map((u) => ({
    code: 'deprecated-namespace',
    severity: 'warning' as const,
    message: phrase(
      '{0} is Keras 2 API (layers.experimental.preprocessing): TensorFlow 2.16 and Keras 3 removed it, so this line fails after an upgrade. Write keras.layers.{1}.',
      u.layer.callee,
      u.layer.className,
    ),
    range: u.layer.range,
    kerasVersion: version,
    fixes: u.replacement === ''
      ? [{ title: phrase('Use layers.{0}', u.layer.className), edits: [{ range: u.range, newText: '' }] }, fixAll]
      : [fixAll],
  }));
}
