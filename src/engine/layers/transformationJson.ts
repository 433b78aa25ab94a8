// Reading a transformation the user states (CLI --transformation, tests) instead of a random
// draw: a JSON object with one list per parameter, one entry per image. Format: docs/transformations.md.
import { LayerConfigError } from './layer';

/** The JSON object, checked to have exactly the expected keys. */
export function transformationObject(layer: string, json: unknown, keys: readonly string[]): Record<string, unknown> {
  const expected = keys.length ? `{${keys.map((k) => `"${k}": [...]`).join(', ')}}` : '{} (or none)';
  if (json === undefined || json === null) {
    if (keys.length === 0) return {};
    throw new LayerConfigError(`${layer} transformation must be ${expected}`);
  }
  if (typeof json !== 'object' || Array.isArray(json)) throw new LayerConfigError(`${layer} transformation must be ${expected}`);
  const obj = json as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!keys.includes(k)) throw new LayerConfigError(`${layer} transformation has unknown key "${k}"; expected ${expected}`);
  }
  for (const k of keys) {
    if (!(k in obj)) throw new LayerConfigError(`${layer} transformation is missing "${k}"; expected ${expected}`);
  }
  return obj;
}

/** One entry per image, each passing `check` (described by `what`, e.g. "booleans"). */
export function perImageList<T>(
  layer: string,
  obj: Record<string, unknown>,
  key: string,
  batch: number,
  check: (v: unknown) => v is T,
  what: string,
): T[] {
  const v = obj[key];
  const problem = `${layer} transformation: "${key}" must be a list of ${batch} ${what} (one per image)`;
  if (!Array.isArray(v)) throw new LayerConfigError(`${problem}, got ${JSON.stringify(v)}`);
  if (v.length !== batch) throw new LayerConfigError(`${problem}, got ${v.length}`);
  const bad = v.findIndex((x) => !check(x));
  if (bad >= 0) throw new LayerConfigError(`${problem}; entry ${bad} is ${JSON.stringify(v[bad])}`);
  return v as T[];
}

export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
