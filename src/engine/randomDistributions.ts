// Gamma, Beta and shuffle as Keras 3's TensorFlow backend draws them (keras-layers.md §1.5),
// built on the engine's seeded Rng. Only the distributions can match TF (its Philox stream
// cannot), including TF's quirks: samples are float32 and never below FLT_MIN (a tiny alpha
// gives FLT_MIN, not 0), and Beta(a, b) = X/(X+Y) in float32 with X ~ Gamma(a), Y ~ Gamma(b).
import { f32 } from './kernels/float32';
import type { Rng } from './rng';

/** The smallest normal float32: where tf.random.stateless_gamma clamps its samples. */
export const FLT_MIN = 1.1754943508222875e-38;

/**
 * One Gamma(alpha, 1) sample (Marsaglia–Tsang; for alpha < 1, Gamma(alpha + 1)·U^(1/alpha)).
 * alpha = 0 gives FLT_MIN, as TF does; a negative or NaN alpha gives NaN.
 */
export function gamma(rng: Rng, alpha: number): number {
  if (!(alpha >= 0)) return NaN;
  const boost = alpha < 1 ? Math.pow(rng.uniform(), 1 / alpha) : 1;
  const d = (alpha < 1 ? alpha + 1 : alpha) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return Math.max(f32(d * v * boost), FLT_MIN);
  }
}

/**
 * `count` Beta(a, b) samples as keras.random.beta on TF: all the X ~ Gamma(a) first (one seed),
 * then all the Y ~ Gamma(b) (the seed + 12), then X/(X+Y) in float32.
 */
export function betaSamples(rng: Rng, count: number, a: number, b: number): Float32Array {
  const xs = Array.from({ length: count }, () => gamma(rng, a));
  const ys = Array.from({ length: count }, () => gamma(rng, b));
  return Float32Array.from(xs, (x, i) => f32(x / f32(x + ys[i])));
}

/** keras.random.shuffle(arange(n)) on TF: the argsort of n uniform draws, a uniform permutation. */
export function shuffledIndices(rng: Rng, n: number): number[] {
  const keys = Array.from({ length: n }, () => rng.uniform());
  return Array.from({ length: n }, (_, i) => i).sort((i, j) => keys[i] - keys[j] || i - j);
}
