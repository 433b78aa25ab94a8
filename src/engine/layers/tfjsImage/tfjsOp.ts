// What the layers standing for TF.js 4.22's tf.image ops share: the factory (positional
// parameters after the image, as the parser names them, with TF.js's defaults), TF.js's dtypes
// (it has no uint8: integer images are int32), and its argument checks (util.assert's Error,
// whose message the engine repeats).
import type { ParamSpec } from '../../../pipeline/catalog';
import type { Value } from '../../../pipeline/model';
import { LayerConfigError, type KerasDtype } from '../layer';
import { pyRepr } from '../python';
import { fixedFunction, TFJS_OP_INFERENCE, type FixedFunction, type FunctionFactory } from '../tfImage/tfFunction';

/** A TF.js image op: `name` is its tf.image name ("rotateWithOffset"). */
export function tfjsOp(name: string, params: readonly ParamSpec[], configure: (args: Readonly<Record<string, Value>>) => FixedFunction): FunctionFactory {
  return { ...fixedFunction(`tf.image.${name}`, configure, TFJS_OP_INFERENCE), params };
}

/** The dtype TF.js holds an image of this dtype in. */
export function tfjsDtype(dtype: KerasDtype): KerasDtype {
  return dtype === 'float32' ? 'float32' : 'int32';
}

/** A value stored in an image of this dtype: TF.js's Int32Array truncates (and wraps). */
export function storedAs(dtype: KerasDtype, v: number): number {
  return dtype === 'float32' ? Math.fround(v) : (v | 0) + 0;
}

/** flipLeftRight, rotateWithOffset and transform convert their image as float32, refusing int32 tensors. */
export function requireFloat32(op: string, dtype: KerasDtype): void {
  if (dtype !== 'float32') throw new LayerConfigError(`Argument 'image' passed to '${op}' must be float32 tensor, but got int32 tensor`);
}

/** util.assert: TF.js throws an Error with exactly this message. */
export function check(condition: boolean, message: () => string): void {
  if (!condition) throw new LayerConfigError(message());
}

/** A number argument (JavaScript would turn anything else into NaN or fail). */
export function jsNumber(op: string, name: string, value: Value | undefined): number {
  if (typeof value === 'number') return value;
  throw new LayerConfigError(`tf.image.${op}: ${name} must be a number. Received: ${pyRepr(value ?? null)}`);
}

/** A [height, width] size of two whole numbers ≥ 0. */
export function jsSize(op: string, name: string, value: Value | undefined): [number, number] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 0)) throw new LayerConfigError(`tf.image.${op}: ${name} must be whole numbers. Received: ${pyRepr(value)}`);
  return value as [number, number];
}
