// The engine's own checks of a layer's values, run by whoever can afford to load the engine (the
// CLI does; the parser itself stays free of TF.js and only calls the function it is given).
import type { Diagnostic, KerasVersion, LayerCall, Pipeline, Value } from '../../pipeline/model';
import { isFullyResolved } from '../../pipeline/model';
import { phrase, said } from '../phrases';

/** Returns the problem Keras would raise for these arguments, or undefined when they are valid. */
export type LayerValidator = (className: string, args: Readonly<Record<string, Value>>, version: KerasVersion) => string | undefined;

/**
 * The layers the engine can check: Keras's own (not KerasCV, tf.image or TF.js calls), each once
 * (a pipeline used inside another lists its layers again), with every argument resolved
 * (unresolved values are reported as such, not guessed at).
 */
export function validatableLayers(pipelines: readonly Pipeline[]): { layer: LayerCall; args: Record<string, Value> }[] {
  const out: { layer: LayerCall; args: Record<string, Value> }[] = [];
  const checked = new Set<string>();
  for (const p of pipelines) {
    for (const layer of p.layers) {
      if ((layer.kind ?? 'keras') !== 'keras') continue;
      const key = `${layer.range.cell ?? ''}:${layer.range.start.line}:${layer.range.start.column}`;
      if (checked.has(key)) continue;
      checked.add(key);
      if (!Object.values(layer.args).every(isFullyResolved)) continue;
      out.push({ layer, args: layer.args as Record<string, Value> });
    }
  }
  return out;
}

export function validateLayers(pipelines: readonly Pipeline[], version: KerasVersion, validate: LayerValidator, out: Diagnostic[]): void {
  for (const { layer, args } of validatableLayers(pipelines)) {
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
