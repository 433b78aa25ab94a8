// Keras's own argument checks as findings: the engine configures each layer the way Keras's
// constructor would (in the worker, where TF.js is loaded) and reports what Keras would raise.
// Only for the layers the engine implements, once each, fully resolved, and not already flagged
// by a static rule on the same line.
import type { ValidateRequest, ValidateResult } from '../engine/layerInfo';
import type { LayerSpec } from '../engine/previewTypes';
import { validatableLayers } from '../parse/python/validation';
import type { ParsedFile } from '../pipeline/model';
import type { Finding } from './finding';

export type EngineValidator = (request: ValidateRequest) => Promise<ValidateResult>;

export async function engineValidationFindings(parsed: ParsedFile, already: readonly Finding[], validate: EngineValidator): Promise<Finding[]> {
  const lineOf = (range: Finding['range']) => `${range.cell ?? ''}:${range.start.line}`;
  const flagged = new Set(already.filter((f) => f.severity === 'error' || f.code === 'unknown-argument-value').map((f) => lineOf(f.range)));
  const layers = validatableLayers(parsed.pipelines).filter(({ layer }) => !flagged.has(lineOf(layer.range)));
  if (layers.length === 0) return [];
  let problems: ValidateResult;
  try {
    problems = await validate({
      pipelines: [{
        kerasVersion: parsed.kerasVersion.version,
        layers: layers.map(({ layer, args }): LayerSpec => ({ className: layer.className, args, line: layer.range.start.line })),
      }],
    });
  } catch {
    return []; // the engine being unavailable must not take the static findings with it
  }
  const out: Finding[] = [];
  layers.forEach(({ layer }, i) => {
    const problem = problems[0]?.[i];
    if (!problem || problem.kind !== 'invalid') return;
    out.push({
      code: 'invalid-argument',
      severity: 'error',
      message: { message: '{0} raises: {1}', args: [layer.className, problem.message] },
      range: layer.range,
      kerasVersion: parsed.kerasVersion.version,
      fixes: [],
    });
  });
  return out;
}
