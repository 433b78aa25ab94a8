// Values the user gave in the preview panel for arguments the code leaves unresolved, put into a
// pipeline spec. Keyed by layer position and argument, they apply only while that argument is
// still unresolved in the code (an edit that writes a literal there takes over).
import type { PipelineSpec } from '../engine/previewTypes';
import { isFullyResolved, isUnresolved, type ArgValue, type Value } from './model';

/** `${layerIndex}:${arg}` → the value. */
export type SuppliedValues = ReadonlyMap<string, Value>;

export function suppliedKey(layerIndex: number, arg: string): string {
  return `${layerIndex}:${arg}`;
}

export function withSuppliedValues(spec: PipelineSpec, supplied: SuppliedValues): PipelineSpec {
  if (supplied.size === 0) return spec;
  return {
    ...spec,
    layers: spec.layers.map((layer, i) => {
      const args: Record<string, ArgValue> = { ...layer.args };
      const texts: Record<string, string> = { ...layer.supplied };
      for (const [key, value] of supplied) {
        const arg = key.slice(key.indexOf(':') + 1);
        if (key !== suppliedKey(i, arg)) continue;
        const current = layer.args[arg];
        const splat = layer.args['**kwargs'] ?? layer.args['*args'];
        // Unresolved in the code, or (for a required argument a splat may hold) not written at all.
        if (current !== undefined && isFullyResolved(current)) continue;
        if (current === undefined && !(splat && isUnresolved(splat))) continue;
        args[arg] = value;
        texts[arg] = current !== undefined ? sourceText(current) : (splat as { unresolved: string }).unresolved;
      }
      return Object.keys(texts).length ? { ...layer, args, supplied: texts } : layer;
    }),
  };
}

function sourceText(v: ArgValue): string {
  if (isUnresolved(v)) return v.unresolved;
  if (Array.isArray(v)) return `(${v.map(sourceText).join(', ')})`;
  return JSON.stringify(v);
}
