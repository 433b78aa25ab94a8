// Argument checks of the TF image functions, with the message TF raises when the value reaches
// the op (Python numbers are converted to int32 or float32 tensors there).
import type { Value } from '../../../pipeline/model';
import { pyNumeric } from '../factors';
import { LayerConfigError } from '../layer';
import { pyRepr } from '../python';

/** A Python int (or bool) as convert_to_tensor(v, tf.int32) accepts it. */
export function tfInt(value: Value | undefined): number {
  const v = pyNumeric(value);
  if (v === undefined || !Number.isInteger(v)) throw new LayerConfigError(`Cannot convert ${pyRepr(value)} to EagerTensor of dtype int32`);
  return v;
}

/** A Python number as convert_to_tensor(v, tf.float32) accepts it. */
export function tfFloat(value: Value | undefined): number {
  const v = pyNumeric(value);
  if (v === undefined) throw new LayerConfigError(`Cannot convert ${pyRepr(value)} to EagerTensor of dtype float`);
  return v;
}

/** A [height, width] size of two Python ints (tf.image.resize's `size`). */
export function tfSize(value: Value | undefined): [number, number] {
  const entries = Array.isArray(value) ? value : [value];
  if (entries.some((v) => pyNumeric(v) === undefined || !Number.isInteger(pyNumeric(v)))) throw new LayerConfigError("'size' must be a 1-D int32 Tensor");
  if (!Array.isArray(value) || value.length !== 2) throw new LayerConfigError("'size' must be a 1-D Tensor of 2 elements: new_height, new_width");
  return [pyNumeric(value[0]) as number, pyNumeric(value[1]) as number];
}
