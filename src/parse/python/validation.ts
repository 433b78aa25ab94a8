// The engine's own checks of a layer's values, run by whoever can afford to load the engine (the
// CLI does; the parser itself stays free of TF.js and only calls the function it is given).
import type { Diagnostic, KerasVersion, Pipeline, Value } from '../../pipeline/model';
import { isFullyResolved } from '../../pipeline/model';
import { phrase, said } from '../phrases';

/** Returns the problem Keras would raise for these arguments, or undefined when they are valid. */
export type LayerValidator = (className: string, args: Readonly<Record<string, Value>>, version: KerasVersion) => string | undefined;

export function validateLayers(pipelines: readonly Pipeline[], version: KerasVersion, validate: LayerValidator, out: Diagnostic[]): void {
  const checked = new Set<string>();
  for (const p of pipelines) {
    for (const layer of p.layers) {
      if ((layer.kind ?? 'keras') !== 'keras') continue; // the engine implements Keras's layers only
      const key = `${layer.range.cell ?? ''}:${layer.range.start.line}:${layer.range.start.column}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const args: Record<string, Value> = {};
      let resolved = true;
      for (const [k, v] of Object.entries(layer.args)) {
        if (!isFullyResolved(v)) resolved = false;
        else args[k] = v;
      }
      if (!resolved) continue; // unresolved values are reported as such, not guessed at
      let problem: string | undefined;
      try {
        problem = validate(layer.className, args, version);
      } catch (err) {
        problem = err instanceof Error ? err.message : String(err);
      }
      // The problem is the error Keras would raise, quoted as it is (like code).
      if (problem) out.push({ severity: 'warning', code: 'invalid-value', ...said(phrase('{0}: {1}', layer.className, problem.split('\n')[0])), range: layer.range });
    }
  }
}
