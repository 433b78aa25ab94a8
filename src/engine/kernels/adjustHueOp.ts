// TF's AdjustHue op (tf.image.adjust_hue / random_hue), which is not Keras's HSV path
// (hueSaturation.ts): each pixel keeps its largest and smallest channel; the hue is a position in
// [0, 6) (the sextant of the colour wheel, from which channel is largest and which is smallest,
// plus where the middle channel sits between them), moved by 6·delta and wrapped into [0, 6); the
// middle channel is then rebuilt in the new sextant. No clipping, any scale of values. float32
// step by step, as the op computes. Three channels per pixel.

import { f32 } from './float32';

/**
 * The sextant each ordering of (r, g, b) falls in, decided by TF's comparisons (ties go the way
 * its `<`/`>` tests send them): even sextants have the middle channel rising, odd ones falling.
 */
function sextantOf(r: number, g: number, b: number): number {
  if (r < g) return b < r ? 1 : b > g ? 3 : 2;
  return b < g ? 0 : b > r ? 4 : 5;
}

/** Per sextant: which channel (0 r, 1 g, 2 b) holds the largest, middle and smallest value. */
const ROLES: readonly (readonly [number, number, number])[] = [
  [0, 1, 2], // r ≥ g ≥ b
  [1, 0, 2], // g > r > b
  [1, 2, 0], // g ≥ b ≥ r
  [2, 1, 0], // b > g > r
  [2, 0, 1], // b > r ≥ g
  [0, 2, 1], // r ≥ b ≥ g
];

/** `deltas[i]` (in turns) for image i of `imageLength` values. */
export function adjustHueOp(values: Float32Array, imageLength: number, deltas: ArrayLike<number>, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let img = 0; img < deltas.length; img++) {
    const shift = f32(deltas[img] * 6);
    for (let i = img * imageLength, end = i + imageLength; i < end; i += 3) {
      const r = values[i], g = values[i + 1], b = values[i + 2];
      const from = sextantOf(r, g, b);
      const [maxAt, midAt, minAt] = ROLES[from];
      const max = values[i + maxAt], mid = values[i + midAt], min = values[i + minAt];
      let h = 0;
      if (max !== min) {
        const ratio = f32(f32(mid - min) / f32(max - min));
        h = f32(from + (from % 2 === 0 ? ratio : f32(1 - ratio)));
      }
      h = f32(h + shift);
      while (h < 0) h = f32(h + 6);
      while (h >= 6) h = f32(h - 6);
      const sextant = Math.trunc(h);
      let ratio = f32(h - sextant);
      if (sextant % 2 !== 0) ratio = f32(1 - ratio);
      const newMid = f32(min + f32(ratio * f32(max - min)));
      // Sextant 6 cannot occur after the wrap; TF's switch sends anything else to sextant 5.
      const [toMax, toMid, toMin] = ROLES[sextant <= 5 ? sextant : 5];
      out[i + toMax] = max;
      out[i + toMid] = newMid;
      out[i + toMin] = min;
    }
  }
  return out;
}
