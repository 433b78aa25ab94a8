// TF's AdjustSaturation op (tf.image.adjust_saturation / random_saturation), with its own RGB ↔ HSV
// conversions (not colorspace_op.h's, which Keras's RandomSaturation uses: hueSaturation.ts): the
// saturation is multiplied by the factor and clamped to [0, 1]; hue and value stay. float32 as
// the op computes, except where it adds the double constants 2/6 and 4/6 (the sum is rounded
// once to float32). Three channels per pixel; no clipping of the result.
import { f32 } from './float32';

const TWO_SIXTHS = 2 / 6;
const FOUR_SIXTHS = 4 / 6;

/** `factors[i]` for image i of `imageLength` values. */
export function adjustSaturationOp(values: Float32Array, imageLength: number, factors: ArrayLike<number>, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let img = 0; img < factors.length; img++) {
    const k = f32(factors[img]);
    for (let i = img * imageLength, end = i + imageLength; i < end; i += 3) {
      const r = values[i], g = values[i + 1], b = values[i + 2];
      // RGB → HSV.
      const v = Math.max(r, Math.max(g, b));
      const range = f32(v - Math.min(r, Math.min(g, b)));
      const s = v > 0 ? f32(range / v) : 0;
      const norm = f32(1 / f32(6 * range));
      let h: number;
      if (r === v) h = f32(norm * f32(g - b));
      else if (g === v) h = f32(f32(norm * f32(b - r)) + TWO_SIXTHS);
      else h = f32(f32(norm * f32(r - g)) + FOUR_SIXTHS);
      if (range <= 0) h = 0;
      if (h < 0) h = f32(h + 1);
      const saturation = Math.min(1, Math.max(0, f32(s * k)));
      // HSV → RGB: chroma c in the sextant of h, plus m.
      const c = f32(saturation * v);
      const m = f32(v - c);
      const dh = f32(h * 6);
      let rem = dh;
      while (rem <= 0) rem = f32(rem + 2);
      while (rem >= 2) rem = f32(rem - 2);
      const x = f32(c * f32(1 - Math.abs(f32(rem - 1))));
      let rr = 0, gg = 0, bb = 0;
      switch (Math.trunc(dh)) {
        case 0: rr = c; gg = x; break;
        case 1: rr = x; gg = c; break;
        case 2: gg = c; bb = x; break;
        case 3: gg = x; bb = c; break;
        case 4: rr = x; bb = c; break;
        case 5: rr = c; bb = x; break;
        default: break;
      }
      out[i] = f32(rr + m);
      out[i + 1] = f32(gg + m);
      out[i + 2] = f32(bb + m);
    }
  }
  return out;
}
