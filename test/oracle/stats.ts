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

/** The KS statistic above which equal distributions are rejected at level alpha (asymptotic). */
export function ksCritical(n: number, m: number, alpha: number): number {
  return Math.sqrt(-Math.log(alpha / 2) / 2) * Math.sqrt((n + m) / (n * m));
}

/** |p1 − p2| bound for two proportions of n draws each, at `sigmas` standard errors under p = 0.5. */
export function proportionBound(n: number, sigmas: number): number {
  return sigmas * Math.sqrt(0.25 * 2 / n);
}
