// Keras 3's way back to an integer dtype after a float computation (Resizing):
// round half to even (tf.round), clip to what the dtype holds (as float32: int32's top is
// 2147483520, the largest float32 below 2^31), then cast. Values stay in a float32 array.
import type { KerasDtype } from '../layers/layer';

const LIMITS: Readonly<Record<Exclude<KerasDtype, 'float32'>, readonly [number, number]>> = {
  uint8: [0, 255],
  int32: [-2147483648, 2147483520],
};

/** tf.round: halves go to the even neighbour (2.5 → 2, 3.5 → 4, −0.5 → −0). */
export function roundHalfToEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Rounds and saturates every value in place for an integer dtype; float32 is left as is. */
export function roundSaturateInPlace(values: Float32Array, dtype: KerasDtype): Float32Array {
  if (dtype === 'float32') return values;
  const [lo, hi] = LIMITS[dtype];
  for (let i = 0; i < values.length; i++) {
    const r = roundHalfToEven(values[i]);
    values[i] = r < lo ? lo : r > hi ? hi : r;
  }
  return values;
}
