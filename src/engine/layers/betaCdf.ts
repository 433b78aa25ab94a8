// How much of a symmetric Beta(a, a) lies below x, for descriptions ("λ is below 0.1 for 35 % of
// images"). Numerical: with u = t^a the density's singularity at 0 disappears, and Simpson's rule
// on the smooth remainder is accurate to well under 0.1 %.

/** P(λ < x) for λ ~ Beta(a, a) as TF draws it: a = 0 always gives 0.5; a < 0 gives NaN. */
export function symmetricBetaCdf(x: number, a: number): number {
  if (!(a >= 0)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (a === 0) return x > 0.5 ? 1 : 0;
  if (x > 0.5) return 1 - symmetricBetaCdf(1 - x, a);
  return massBelow(x, a) / (2 * massBelow(0.5, a));
}

/** ∫₀ˣ t^(a−1)(1−t)^(a−1) dt for x ≤ 0.5, as (1/a)∫₀^(xᵃ) (1 − u^(1/a))^(a−1) du. */
function massBelow(x: number, a: number): number {
  const top = Math.pow(x, a);
  const steps = 2000;
  const h = top / steps;
  const g = (u: number) => Math.pow(1 - Math.pow(u, 1 / a), a - 1);
  let sum = g(0) + g(top);
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * g(i * h);
  return (sum * h) / 3 / a;
}
