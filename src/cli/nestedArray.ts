// Nested JSON arrays ↔ flat typed arrays with a shape: how the `apply` command reads its input
// and prints its output. Values are checked against the dtype Keras would receive them as.
import { CliError } from './errors';

export type InputDtype = 'float32' | 'int32' | 'uint8';
export const INPUT_DTYPES: readonly InputDtype[] = ['float32', 'int32', 'uint8'];

export interface FlatArray {
  readonly shape: number[];
  /** The values as float32 (an int32 or uint8 input is exact in float32 up to 2^24). */
  readonly data: Float32Array;
}

const RANGES: Record<Exclude<InputDtype, 'float32'>, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint8: [0, 255],
};

/** Reads a rectangular nested array of numbers; `what` names it in messages ("input"). */
export function parseNestedArray(json: unknown, dtype: InputDtype, what = 'input'): FlatArray {
  const shape: number[] = [];
  for (let level: unknown = json; Array.isArray(level); level = level[0]) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  if (shape.length === 0) throw new CliError(`${what} must be a nested array of numbers, got ${typeof json}`);
  if (shape.includes(0)) throw new CliError(`${what} has an empty dimension (shape [${shape.join(', ')}])`);
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  const range = dtype === 'float32' ? undefined : RANGES[dtype];
  let k = 0;
  const walk = (node: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof node !== 'number' || !Number.isFinite(node)) {
        throw new CliError(`${what}${path} is ${JSON.stringify(node)}, expected a number (the array is ragged or holds non-numbers)`);
      }
      if (range && (!Number.isInteger(node) || node < range[0] || node > range[1])) {
        throw new CliError(`${what}${path} is ${node}, not a ${dtype} value (integers ${range[0]}..${range[1]})`);
      }
      data[k++] = node;
      return;
    }
    if (!Array.isArray(node) || node.length !== shape[depth]) {
      const got = Array.isArray(node) ? `${node.length} entries` : JSON.stringify(node);
      throw new CliError(`${what} is ragged: ${what}${path} has ${got}, expected ${shape[depth]} entries (shape [${shape.join(', ')}])`);
    }
    for (let i = 0; i < node.length; i++) walk(node[i], depth + 1, `${path}[${i}]`);
  };
  walk(json, 0, '');
  return { shape, data };
}

/** The flat values as nested arrays of the given shape. */
export function toNestedArray(data: ArrayLike<number>, shape: readonly number[]): unknown[] {
  let k = 0;
  const build = (depth: number): unknown[] => {
    const n = shape[depth];
    const out = new Array<unknown>(n);
    if (depth === shape.length - 1) for (let i = 0; i < n; i++) out[i] = data[k++];
    else for (let i = 0; i < n; i++) out[i] = build(depth + 1);
    return out;
  };
  return build(0);
}
