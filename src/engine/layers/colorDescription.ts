// Description phrases the colour layers share: the value_range they assume, and the warning when
// it does not match the range the images actually arrive in (the classic mistake: the default
// (0, 255) after Rescaling(1/255)).
import type { Range } from '../kernels/valueRange';
import { phrase, type DescribeContext, type Phrase } from './description';

/** Empty when the ranges agree or the input range is unknown. */
export function valueRangeMismatch(valueRange: Range, context: DescribeContext): Phrase[] {
  const input = context.inputRange;
  if (!input) return [];
  const [lo, hi] = valueRange[0] <= valueRange[1] ? valueRange : [valueRange[1], valueRange[0]];
  const span = hi - lo;
  const inputSpan = input[1] - input[0];
  // A factor of 4 either way is a different convention (e.g. [0, 1] vs [0, 255]), not a margin.
  if (span > 0 && inputSpan > 0 && span / inputSpan < 4 && inputSpan / span < 4) return [];
  return [
    phrase(
      'The images reach this layer in [{0}, {1}], but value_range is [{2}, {3}]: pass value_range=({0}, {1}), or the layer works on the wrong scale.',
      input[0], input[1], lo, hi,
    ),
  ];
}

/** "Values are clipped to [lo, hi] (value_range)." */
export function clippedTo(range: Range): Phrase {
  return phrase('Results are clipped to value_range [{0}, {1}].', range[0], range[1]);
}

/** max(min(v, hi), lo), as TF's clip_by_value (so an unsorted range gives lo). */
export function clipValue(v: number, range: Range): number {
  return Math.max(Math.min(v, range[1]), range[0]);
}

/** A value range clipped into `range` at both ends. */
export function clipRange(input: Range, range: Range): [number, number] {
  return [clipValue(input[0], range), clipValue(input[1], range)];
}

/** "50 %" style percentages with at most one decimal. */
export function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}
