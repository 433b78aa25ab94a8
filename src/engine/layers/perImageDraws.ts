// Draw and read-back helpers the colour layers share: float32 uniform draws shaped (B,), Keras's
// "apply with a random probability" pattern, and per-image number lists in transformations.
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import type { BatchShape, SampleParams } from './layer';
import { isBoolean, isFiniteNumber, perImageList, transformationObject } from './transformationJson';

/** keras.random.uniform(shape=(n,), minval=lo, maxval=hi): float32 bounds, float32 values. */
export function uniformDraws(rng: Rng, n: number, lo: number, hi: number): Float32Array {
  const a = f32(lo);
  const b = f32(hi);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.uniform(a, b);
  return out;
}

/**
 * RandomInvert's and RandomGaussianBlur's draws: a probability p ~ U(lo, hi) per image, then
 * u ~ U(0, 1) per image; the image is transformed where u < p. So factor (0, f) applies to about
 * f/2 of the images, and the default factor 1.0 to half of them.
 */
export function probabilityDraws(rng: Rng, n: number, lo: number, hi: number): boolean[] {
  const p = uniformDraws(rng, n, lo, hi);
  const u = uniformDraws(rng, n, 0, 1);
  return Array.from(p, (pi, i) => u[i] < pi);
}

/** A stated per-image number list, as float32. */
export function perImageFloats(layer: string, obj: Record<string, unknown>, key: string, batch: number): Float32Array {
  return Float32Array.from(perImageList(layer, obj, key, batch, isFiniteNumber, 'numbers'));
}

/** A stated per-image boolean list. */
export function perImageBooleans(layer: string, obj: Record<string, unknown>, key: string, batch: number): boolean[] {
  return perImageList(layer, obj, key, batch, isBoolean, 'booleans');
}

/** The share of images probabilityDraws transforms on average: E[clamp(p, 0, 1)] for p ~ U(lo, hi). */
export function expectedApplyRate(lo: number, hi: number): number {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  if (hi === lo) return clamp(lo);
  // ∫ clamp(p) dp over [lo, hi], divided by the length.
  const integral = (p: number) => (p <= 0 ? 0 : p >= 1 ? 0.5 + (p - 1) : (p * p) / 2);
  return clamp((integral(hi) - integral(lo)) / (hi - lo));
}

/** The transformation of a layer that draws one float32 number per image. */
export interface PerImageNumbers {
  readonly values: Float32Array;
}

/**
 * sample, describeSample and parseTransformation of such a layer: `draw` makes the batch's
 * numbers in Keras's order, `key` names them in labels and stated transformations.
 */
export function perImageNumberParts(className: string, key: string, draw: (rng: Rng, batch: number) => Float32Array) {
  return {
    sample: (shape: BatchShape, rng: Rng): PerImageNumbers => ({ values: draw(rng, shape.batch) }),
    describeSample: (t: PerImageNumbers, index: number): SampleParams => ({ [key]: t.values[index] }),
    parseTransformation: (json: unknown, shape: BatchShape): PerImageNumbers => ({
      values: perImageFloats(className, transformationObject(className, json, [key]), key, shape.batch),
    }),
  };
}
