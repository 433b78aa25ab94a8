// The `value_range` argument of the colour layers. Some Keras layers validate it (`_set_value_range`:
// a list/tuple of two, then sorted); others store it as given and only fail when called. The
// engine needs two numbers either way, so the latter get a message of the engine's own.
import type { KerasVersion, Value } from '../../pipeline/model';
import type { Range } from '../kernels/valueRange';
import { pyNumeric } from './factors';
import { LayerConfigError } from './layer';
import { pyStr } from './python';

/** `_set_value_range` with Keras's message: "... Received: value_range=" (K3) or "... Got " (K2). */
export function checkedValueRange(value: Value | undefined, version: KerasVersion): Range {
  const pair = numberPair(value);
  if (!pair) {
    const received = version === 3 ? `Received: value_range=${pyStr(value)}` : `Got ${pyStr(value)}`;
    throw new LayerConfigError(`The \`value_range\` argument should be a list of two numbers. ${received}`);
  }
  return pair[0] <= pair[1] ? pair : [pair[1], pair[0]];
}

/** A value_range Keras keeps as written (unsorted); anything but two numbers fails only later in Keras. */
export function storedValueRange(layer: string, value: Value | undefined): Range {
  const pair = numberPair(value);
  if (!pair) {
    throw new LayerConfigError(`${layer}: \`value_range\` must be a list of two numbers (Keras fails when the layer is called). Received: value_range=${pyStr(value)}`);
  }
  return pair;
}

function numberPair(value: Value | undefined): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const a = pyNumeric(value[0]);
  const b = pyNumeric(value[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** "[0, 255]" for descriptions. */
export function rangeText(range: Range): string {
  return `[${range[0]}, ${range[1]}]`;
}
