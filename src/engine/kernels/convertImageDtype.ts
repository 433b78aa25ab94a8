// tf.image.convert_image_dtype between the dtypes the engine holds (float32, uint8, int32; values
// always in a Float32Array): integers scale by the ratio of the dtypes' maxima (floor division
// down, multiplication up), integer → float multiplies by 1/max, float → integer by max + 0.5 and
// casts (truncating), clipping first when `saturate`. Every float step is float32, as in TF.
// TF's adjust_* functions round-trip integer images through float32 with it.
import type { KerasDtype } from '../layers/layer';
import { f32 } from './float32';
import { toUint8 } from './integerCasts';

type IntegerDtype = Exclude<KerasDtype, 'float32'>;

const MAX: Readonly<Record<IntegerDtype, number>> = { uint8: 255, int32: 2147483647 };

/**
 * saturate_cast's clip bounds in float32: the dtype's range, pulled inside it where float32
 * rounds the bound outwards (int32's 2^31 − 1 becomes 2147483520, as TF computes with nextafter).
 */
const FLOAT_LIMITS: Readonly<Record<IntegerDtype, readonly [number, number]>> = {
  uint8: [0, 255],
  int32: [-2147483648, 2147483520],
};

const INT32_MIN = -2147483648;

/** float32 → int32 as x86 converts: truncation, and the "integer indefinite" −2^31 out of range. */
function floatToInt32(v: number): number {
  const t = Math.trunc(v);
  return t >= 2147483648 || t < INT32_MIN || Number.isNaN(t) ? INT32_MIN : t === 0 ? 0 : t;
}

/**
 * TF's float32 → uint8 cast of one tensor (C++ leaves out-of-range casts undefined; this is what
 * TF's CPU kernel does, measured): Eigen converts runs of 32 values with SIMD packs, which
 * saturate (out of int32's range gives 0), and the values after the last full run one by one,
 * which wrap (the low 8 bits of the truncated int32).
 */
function castTensorToUint8(values: Float32Array, start: number, end: number, out: Float32Array): void {
  const packed = start + Math.floor((end - start) / 32) * 32;
  for (let i = start; i < packed; i++) {
    const t = Math.trunc(values[i]);
    out[i] = t >= 2147483648 || t < INT32_MIN || Number.isNaN(t) ? 0 : Math.max(Math.min(t, 255), 0) + 0;
  }
  for (let i = packed; i < end; i++) out[i] = toUint8(values[i]);
}

/**
 * `callLength`: the values of one TF call (one image when a map function converts image by image),
 * which decides which values TF's uint8 cast converts in SIMD runs.
 */
export function convertImageDtype(
  values: Float32Array,
  from: KerasDtype,
  to: KerasDtype,
  saturate: boolean,
  out: Float32Array = new Float32Array(values.length),
  callLength = values.length,
): Float32Array {
  if (from === to) {
    if (out !== values) out.set(values);
    return out;
  }
  if (from === 'float32') {
    const target = to as IntegerDtype;
    // dtype.max + 0.5, "to avoid rounding problems in the cast", as a float32 tensor.
    const scale = f32(MAX[target] + 0.5);
    const [lo, hi] = FLOAT_LIMITS[target];
    for (let i = 0; i < values.length; i++) {
      const scaled = f32(values[i] * scale);
      // + 0 turns a truncated −0 into 0, as an integer holds it.
      out[i] = saturate ? Math.trunc(Math.max(Math.min(scaled, hi), lo)) + 0 : target === 'int32' ? floatToInt32(scaled) : scaled;
    }
    if (!saturate && target === 'uint8') {
      for (let start = 0; start < values.length; start += callLength) castTensorToUint8(out, start, Math.min(start + callLength, values.length), out);
    }
    return out;
  }
  if (to === 'float32') {
    const scale = f32(1 / MAX[from]);
    for (let i = 0; i < values.length; i++) out[i] = f32(values[i] * scale);
    return out;
  }
  // uint8 ↔ int32: the ratio of (max + 1)s is 2^23.
  const ratio = (MAX.int32 + 1) / (MAX.uint8 + 1);
  if (from === 'int32') {
    for (let i = 0; i < values.length; i++) {
      const scaled = Math.floor(values[i] / ratio);
      out[i] = saturate ? Math.max(Math.min(scaled, 255), 0) : toUint8(scaled);
    }
    return out;
  }
  // uint8 → int32: cast, then multiply (never overflows: 255·2^23 < 2^31).
  for (let i = 0; i < values.length; i++) out[i] = values[i] * ratio;
  return out;
}
