// RandomHue's and RandomSaturation's pixels (keras-layers.md §2.15–2.16) on 3-channel data,
// through TF's HSV conversions. Hue works on values already mapped to [0, 1]; saturation works on
// the values as they are (HSV is scale-invariant in V) and clips S to the layer's value_range.
import { hsvToRgb, rgbToHsv } from './colorspace';
import { f32 } from './float32';
import { clip } from './valueRange';

/** H += deltas[b] for image b, wrapped once into [0, 1]; then back to RGB and clipped to [0, 1]. */
export function adjustHue(values: Float32Array, imageLength: number, deltas: Float32Array, out: Float32Array = new Float32Array(values.length)): Float32Array {
  rgbToHsv(values, out);
  for (let b = 0; b < deltas.length; b++) {
    const d = deltas[b];
    for (let i = b * imageLength, end = i + imageLength; i < end; i += 3) {
      let h = f32(out[i] + d);
      // Two separate where()s in Keras: a hue pushed above 1 and one below 0 each wrap once.
      if (h > 1) h = f32(h - 1);
      if (h < 0) h = f32(h + 1);
      out[i] = h;
    }
  }
  hsvToRgb(out, out);
  for (let i = 0; i < out.length; i++) out[i] = clip(out[i], 0, 1);
  return out;
}

/** S = clip(S·factors[b], lo, hi) for image b; lo/hi are the value_range, not [0, 1], as in Keras. */
export function adjustSaturation(
  values: Float32Array,
  imageLength: number,
  factors: Float32Array,
  lo: number,
  hi: number,
  out: Float32Array = new Float32Array(values.length),
): Float32Array {
  rgbToHsv(values, out);
  const min = f32(lo);
  const max = f32(hi);
  for (let b = 0; b < factors.length; b++) {
    const k = factors[b];
    for (let i = b * imageLength + 1, end = (b + 1) * imageLength; i < end; i += 3) {
      out[i] = clip(f32(out[i] * k), min, max);
    }
  }
  return hsvToRgb(out, out);
}
