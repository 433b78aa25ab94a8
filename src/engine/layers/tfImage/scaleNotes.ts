// Description phrases for TF functions whose amounts assume float images in [0, 1] (what
// convert_image_dtype makes of decoded images) when the images reaching them are in 0–255.
import { phrase, type DescribeContext, type Phrase } from '../description';

/** True when the images arrive on a 0–255-like scale rather than 0–1. */
export function arrivesAbove1(context: DescribeContext): boolean {
  const range = context.inputRange;
  return range !== undefined && range[1] - range[0] > 2;
}

/** For additive amounts (brightness deltas): how small they are next to the images' range. */
export function shiftScaleNote(context: DescribeContext, maxShift: number): Phrase[] {
  const range = context.inputRange;
  if (!range || !arrivesAbove1(context)) return [];
  return [
    phrase(
      'The images reach it in [{0}, {1}], where a shift of at most {2} is {3} % of the range: TF functions expect float images in [0, 1] (convert_image_dtype of decoded images).',
      range[0], range[1], maxShift, Math.round((1000 * maxShift) / (range[1] - range[0])) / 10,
    ),
  ];
}
