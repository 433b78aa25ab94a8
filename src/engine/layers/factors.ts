// How Keras turns `factor`-like arguments into [lower, upper] ranges, written once for every
// layer: Keras 3's BaseImagePreprocessingLayer._set_factor (keras-layers.md §1.4) and the
// Keras 2 (tf-keras) convention. Messages are Keras's own.
import type { Value } from '../../pipeline/model';
import { LayerConfigError } from './layer';
import { pyStr } from './python';

export type Range = readonly [number, number];

/** Python truthiness, for Keras's `factor or 0.0`. */
function truthy(v: Value): boolean {
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** A Python int/float/bool as a number, or undefined for anything else. */
export function pyNumeric(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/**
 * Keras 3 `_set_factor` with the class's `_FACTOR_BOUNDS`: a scalar f must lie within the bounds
 * and gives (max(−|f|, lo), |f|); a pair only needs a ≤ hi and b ≥ lo, and is sorted.
 * `argName` is for RandomErasing's copy of it for `scale`, whose message names the argument
 * but still says "Received: factor=".
 */
export function keras3SetFactor(factor: Value, bounds: Range = [-1, 1], argName = 'factor'): Range {
  const [lo, hi] = bounds;
  const error = () =>
    new LayerConfigError(
      `The \`${argName}\` argument should be a number (or a list of two numbers) ` +
        `in the range [${lo}, ${hi}]. Received: factor=${pyStr(factor)}`,
    );
  if (Array.isArray(factor)) {
    if (factor.length !== 2) throw error();
    const a = pyNumeric(factor[0]);
    const b = pyNumeric(factor[1]);
    if (a === undefined || b === undefined || a > hi || b < lo) throw error();
    return a <= b ? [a, b] : [b, a];
  }
  const f = pyNumeric(factor);
  if (f === undefined || f < lo || f > hi) throw error();
  const m = Math.abs(f);
  return [Math.max(-m, lo), m];
}

/** BaseImagePreprocessingLayer.__init__: `factor or 0.0`, then `_set_factor`. */
export function keras3BaseFactor(factor: Value, bounds: Range = [-1, 1]): Range {
  return keras3SetFactor(truthy(factor) ? factor : 0, bounds);
}

/**
 * The Keras 2 reading of a factor: a list/tuple gives (f[0], f[1]) as written (neither sorted
 * nor length-checked beyond two), a scalar f gives (−f, f). Each layer then raises its own
 * message when upper < lower or a bound is out of range. `argName` names it in our message for
 * values Python would fail on with a TypeError.
 */
export function keras2Bounds(factor: Value, argName = 'factor'): Range {
  if (Array.isArray(factor)) {
    const a = pyNumeric(factor[0]);
    const b = pyNumeric(factor[1]);
    if (a !== undefined && b !== undefined) return [a, b];
  } else {
    const f = pyNumeric(factor);
    if (f !== undefined) return [-f, f];
  }
  throw new LayerConfigError(`\`${argName}\` must be a number or a list of two numbers. Received: ${argName}=${pyStr(factor)}`);
}
