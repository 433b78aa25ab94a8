// The value range after a function that pads with zeros: the input's, widened to include 0.
import type { ValueRange } from '../layer';

export const withZero = (range: ValueRange): ValueRange => [Math.min(range[0], 0), Math.max(range[1], 0)];
