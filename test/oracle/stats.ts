// Distribution checks for the sampler tests.

/** Two-sample Kolmogorov–Smirnov statistic: the largest gap between the empirical CDFs. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] <= v) i++;
    while (j < y.length && y[j] <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/**
 * p-value of a two-sample KS statistic d for samples of n and m: the Kolmogorov distribution's
 * tail Q(λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²) at λ = (√e + 0.12 + 0.11/√e)·d, e = nm/(n+m)
 * (Stephens' small-sample correction; conservative for ties in discrete data).
 */
export function ksPValue(d: number, n: number, m: number): number {
  const e = Math.sqrt((n * m) / (n + m));
  const lambda = (e + 0.12 + 0.11 / e) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-12) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * Largest |p1 − p2| accepted between two proportions, of n and m draws, at `sigmas` standard
 * errors of the pooled proportion (so a value neither side draws, or both always draw, must agree exactly).
 */
export function proportionBound(count1: number, n: number, count2: number, m: number, sigmas: number): number {
  const p = (count1 + count2) / (n + m);
  return sigmas * Math.sqrt(p * (1 - p) * (1 / n + 1 / m));
}
