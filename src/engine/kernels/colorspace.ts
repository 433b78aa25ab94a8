// Colour conversions exactly as TF computes them in float32 (keras-layers.md §1.10):
// rgb_to_grayscale's weighted sum, and the RGBToHSV / HSVToRGB kernels of colorspace_op.h
// (Eigen, float32, step by step; checked bit for bit against tf.image on 200 000 pixels).
import { f32 } from './float32';

/** tf.image.rgb_to_grayscale's weights, as float32. */
export const GRAY_WEIGHTS: readonly [number, number, number] = [f32(0.2989), f32(0.587), f32(0.114)];

/** One pixel's grey value: ((R·w₀ + G·w₁) + B·w₂), rounded after each step as TF's tensordot does. */
export function grayValue(r: number, g: number, b: number): number {
  return f32(f32(f32(r * GRAY_WEIGHTS[0]) + f32(g * GRAY_WEIGHTS[1])) + f32(b * GRAY_WEIGHTS[2]));
}

/**
 * Grey values of 3-channel pixels (`pixels` = values.length / 3), into `out` (one per pixel).
 * Callers handle 1-channel images, which Keras returns unchanged.
 */
export function grayscale(values: Float32Array, out: Float32Array = new Float32Array(values.length / 3)): Float32Array {
  for (let p = 0, i = 0; i < values.length; p++, i += 3) out[p] = grayValue(values[i], values[i + 1], values[i + 2]);
  return out;
}

const ONE_SIXTH = f32(1 / 6);
const TWO_SIXTHS = f32(2 / 6);
const FOUR_SIXTHS = f32(4 / 6);

/**
 * RGB → HSV for 3-channel data, `out` may be `values`. Hue in [0, 1); the formulas are
 * scale-invariant in V, so [0, 255] data works too (RandomSaturation relies on it).
 */
export function rgbToHsv(values: Float32Array, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let i = 0; i < values.length; i += 3) {
    const r = values[i], g = values[i + 1], b = values[i + 2];
    const v = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    const range = f32(v - min);
    const s = v > 0 ? f32(range / v) : 0;
    // norm = range⁻¹ · (1/6); with range = 0 this is inf and h is replaced by 0 below.
    const norm = f32(f32(1 / range) * ONE_SIXTH);
    let h: number;
    if (r === v) h = f32(norm * f32(g - b));
    else if (g === v) h = f32(f32(norm * f32(b - r)) + TWO_SIXTHS);
    else h = f32(f32(norm * f32(r - g)) + FOUR_SIXTHS);
    if (!(range > 0)) h = 0;
    if (h < 0) h = f32(h + 1);
    out[i] = h;
    out[i + 1] = s;
    out[i + 2] = v;
  }
  return out;
}

/** HSV → RGB for 3-channel data, `out` may be `values`. TF does not wrap H first: dh = H·6. */
export function hsvToRgb(values: Float32Array, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let i = 0; i < values.length; i += 3) {
    const h = values[i], s = values[i + 1], v = values[i + 2];
    const dh = f32(h * 6);
    const dr = clamp01(f32(Math.abs(f32(dh - 3)) - 1));
    const dg = clamp01(f32(2 - Math.abs(f32(dh - 2))));
    const db = clamp01(f32(2 - Math.abs(f32(dh - 4))));
    const oneMinusS = f32(1 - s);
    out[i] = f32(f32(oneMinusS + f32(s * dr)) * v);
    out[i + 1] = f32(f32(oneMinusS + f32(s * dg)) * v);
    out[i + 2] = f32(f32(oneMinusS + f32(s * db)) * v);
  }
  return out;
}

/** Eigen's cwiseMax(0).cwiseMin(1). */
function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
