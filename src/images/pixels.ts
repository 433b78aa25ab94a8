// Conversions between decoded RGBA bytes, the engine's float HWC arrays, and what a screen shows.
import type { RgbaImage } from './decode';

/** RGBA bytes → float32 RGB (H, W, 3) in [0, 255], alpha dropped as Keras's load_img(color_mode="rgb") does. */
export function rgbaToRgbFloat(image: RgbaImage): Float32Array {
  const { width, height, data } = image;
  const out = new Float32Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    out[p * 3] = data[q];
    out[p * 3 + 1] = data[q + 1];
    out[p * 3 + 2] = data[q + 2];
  }
  return out;
}

/**
 * Float HWC pixels nominally in `range` → RGBA bytes for display: the range is mapped linearly
 * onto 0..255 and clipped, so an image rescaled to [0, 1] looks like the original.
 * One channel is shown as grey; the first three are shown when there are more.
 */
export function toDisplayRgba(
  data: Float32Array,
  height: number,
  width: number,
  channels: number,
  range: readonly [number, number],
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  const [lo, hi] = range;
  const scale = hi > lo ? 255 / (hi - lo) : 1;
  const pixels = width * height;
  for (let p = 0; p < pixels; p++) {
    const src = p * channels;
    const dst = p * 4;
    if (channels >= 3) {
      out[dst] = Math.round((data[src] - lo) * scale);
      out[dst + 1] = Math.round((data[src + 1] - lo) * scale);
      out[dst + 2] = Math.round((data[src + 2] - lo) * scale);
    } else {
      const v = Math.round((data[src] - lo) * scale);
      out[dst] = out[dst + 1] = out[dst + 2] = v;
    }
    out[dst + 3] = 255;
  }
  return out;
}

/** The smallest and largest finite values, or [0, 0] for an empty array. */
export function valueExtent(data: Float32Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : [0, 0];
}
