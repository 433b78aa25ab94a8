// The factor arguments of the geometric layers that parse their own (RandomZoom, RandomTranslation,
// RandomShear in Keras 3; RandomZoom, RandomTranslation, RandomHeight, RandomWidth in Keras 2),
// with each layer's own rules and messages. Python formats the received value with str().
import type { Value } from '../../pipeline/model';
import { keras2Bounds, pyNumeric, type Range } from './factors';
import { LayerConfigError } from './layer';
import { pyStr } from './python';

/**
 * Keras 3's per-layer `_set_factor(factor, factor_name)`: a pair is range-checked value by value
 * and sorted, a number f gives (−|f|, |f|); `inRange` is the layer's `_check_factor_range`.
 */
export function keras3LayerFactor(factor: Value, name: string, message: string, inRange: (v: number) => boolean): Range {
  const check = (v: number) => {
    if (!inRange(v)) throw new LayerConfigError(`${message}Received: input_number=${pyStr(v)}`);
  };
  if (Array.isArray(factor) && factor.length === 2) {
    const [a, b] = factor.map(pyNumeric);
    if (a !== undefined && b !== undefined) {
      check(a);
      check(b);
      return a <= b ? [a, b] : [b, a];
    }
  }
  const f = Array.isArray(factor) ? undefined : pyNumeric(factor);
  if (f === undefined) throw new LayerConfigError(`${message}Received: ${name}=${pyStr(factor)}`);
  check(f);
  return [-Math.abs(f), Math.abs(f)];
}

export const ZOOM_FACTOR_MESSAGE =
  'The `height_factor` and `width_factor` arguments should be a number (or a list of two numbers) in the range (-1.0, 1.0]. ';
export const TRANSLATION_FACTOR_MESSAGE = 'The `factor` argument should be a number (or a list of two numbers) in the range [-1.0, 1.0]. ';
export const SHEAR_FACTOR_MESSAGE = 'The `factor` argument should be a number (or a list of two numbers) in the range [0, 1.0]. ';

/** Keras 2 RandomZoom: height values need |v| ≤ 1, width values v ≥ −1; pairs are kept as written. */
export function keras2ZoomFactor(factor: Value, name: 'height_factor' | 'width_factor'): Range {
  const [lower, upper] = keras2Bounds(factor, name);
  if (name === 'height_factor' && (Math.abs(lower) > 1 || Math.abs(upper) > 1)) {
    throw new LayerConfigError(`\`height_factor\` argument must have values between [-1, 1]. Received: height_factor=${pyStr(factor)}`);
  }
  if (name === 'width_factor' && (lower < -1 || upper < -1)) {
    throw new LayerConfigError(`\`width_factor\` argument must have values larger than -1. Received: width_factor=${pyStr(factor)}`);
  }
  return [lower, upper];
}

/** Keras 2 RandomTranslation: upper ≥ lower, then |v| ≤ 1 (the two factors word it differently). */
export function keras2TranslationFactor(factor: Value, name: 'height_factor' | 'width_factor'): Range {
  const [lower, upper] = keras2Bounds(factor, name);
  if (upper < lower) throw new LayerConfigError(`\`${name}\` cannot have upper bound less than lower bound, got ${pyStr(factor)}`);
  if (Math.abs(lower) > 1 || Math.abs(upper) > 1) {
    throw new LayerConfigError(
      name === 'height_factor'
        ? `\`height_factor\` argument must have values between [-1, 1]. Received: height_factor=${pyStr(factor)}`
        : `\`width_factor\` must have values between [-1, 1], got ${pyStr(factor)}`,
    );
  }
  return [lower, upper];
}

/**
 * Keras 2 (and Keras 3 legacy) RandomHeight/RandomWidth `factor`: upper ≥ lower, both ≥ −1.
 * RandomHeight's message says "lesser than", RandomWidth's "less than".
 */
export function keras2ResizeFactor(factor: Value, comparative: 'lesser' | 'less'): Range {
  const [lower, upper] = keras2Bounds(factor);
  if (upper < lower) {
    throw new LayerConfigError(`\`factor\` argument cannot have an upper bound ${comparative} than the lower bound. Received: factor=${pyStr(factor)}`);
  }
  if (lower < -1 || upper < -1) throw new LayerConfigError(`\`factor\` argument must have values larger than -1. Received: factor=${pyStr(factor)}`);
  return [lower, upper];
}
