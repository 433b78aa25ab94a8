// TF's casts to the integer dtypes Keras 3 keeps for integer inputs. Values stay in float32
// arrays (exact for these ranges); only their rounding and wrapping follow the dtype.
import type { KerasDtype } from '../layers/layer';

/**
 * float → uint8 as TF does it on x86: truncate toward zero, then keep the low 8 bits, so −25.5
 * becomes 231 (RandomBrightness's negative delta on uint8 wraps, as real Keras shows).
 */
export function toUint8(v: number): number {
  const t = Math.trunc(v) % 256;
  return t < 0 ? t + 256 : t === 0 ? 0 : t;
}

/** float → int32: truncate toward zero (values beyond ±2^31 do not occur here). */
export function toInt32(v: number): number {
  const t = Math.trunc(v);
  return t === 0 ? 0 : t;
}

/** A value cast to `dtype` (float32 rounds, the integers truncate, uint8 also wraps). */
export function castTo(v: number, dtype: KerasDtype): number {
  return dtype === 'uint8' ? toUint8(v) : dtype === 'int32' ? toInt32(v) : Math.fround(v);
}

/** Casts every value in place. */
export function castInPlace(values: Float32Array, dtype: KerasDtype): Float32Array {
  if (dtype === 'float32') return values;
  const cast = dtype === 'uint8' ? toUint8 : toInt32;
  for (let i = 0; i < values.length; i++) values[i] = cast(values[i]);
  return values;
}

export const isIntegerDtype = (dtype: KerasDtype): boolean => dtype !== 'float32';
