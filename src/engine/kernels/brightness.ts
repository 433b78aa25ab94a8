// RandomBrightness's pixels (Keras 2 and 3): x + delta, clipped to value_range. Keras 3 first
// casts delta to the images' dtype, so an integer image gets it truncated toward zero and a uint8
// image also wraps (x + delta mod 256), as real Keras computes; Keras 2 casts images to float32.
import type { KerasDtype } from '../layers/layer';
import { f32 } from './float32';
import { castTo, toUint8 } from './integerCasts';
import { clip } from './valueRange';

/** `deltas[b]` is added to every value of image b, then clipped to [lo, hi] (both already in `dtype`). */
export function adjustBrightness(
  values: Float32Array,
  imageLength: number,
  deltas: Float32Array,
  dtype: KerasDtype,
  lo: number,
  hi: number,
  out: Float32Array = new Float32Array(values.length),
): Float32Array {
  for (let b = 0; b < deltas.length; b++) {
    const d = castTo(deltas[b], dtype);
    const start = b * imageLength, end = start + imageLength;
    if (dtype === 'float32') {
      for (let i = start; i < end; i++) {
        out[i] = clip(f32(values[i] + d), lo, hi);
      }
      continue;
    }
    // Integer images: the sum is exact; uint8 keeps its low 8 bits before the clip.
    for (let i = start; i < end; i++) {
      out[i] = clip(dtype === 'uint8' ? toUint8(values[i] + d) : values[i] + d, lo, hi);
    }
  }
  return out;
}
