// tf.image.adjust_brightness(image, delta), random_brightness(image, max_delta) and
// stateless_random_brightness(image, max_delta, seed): delta is added to every value, with no
// clipping for float images; the random ones draw delta ~ U[−max_delta, max_delta). Integer images
// are shifted in convert_image_dtype's [0, 1] units and saturated back.
import { adjustBrightness as shiftValues } from '../../kernels/brightness';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { colorFunctions } from './colorFamily';
import { shiftScaleNote } from './scaleNotes';
import { tfFloat } from './tfArgs';

const brightness = colorFunctions({
  name: 'brightness',
  key: 'brightness_delta',
  range(kind, args) {
    if (kind === 'adjust') return [tfFloat(args.delta), tfFloat(args.delta)];
    const max = tfFloat(args.max_delta);
    if (max < 0) throw new LayerConfigError('max_delta must be non-negative.');
    return [-max, max];
  },
  saturate: true,
  kernel: (values, shape, deltas) => shiftValues(values, values.length / shape.batch, deltas, 'float32', -Infinity, Infinity),
  describe: (kind, lo, hi, context) => ({
    summary: kind === 'adjust' ? phrase('Adds {0} to every value of every image.', lo) : phrase('Adds one random amount from −{0} to {0} to every value of each image.', hi),
    details: [
      ...(kind === 'adjust' ? [] : [phrase('One amount per call: a map function that runs before .batch() draws one for every image, the same for all its pixels and channels.')]),
      phrase('Float images are not clipped; uint8 images are shifted in units of 255 (1.0 = 255) and clipped to 0–255.'),
      ...shiftScaleNote(context, Math.max(Math.abs(lo), Math.abs(hi))),
    ],
  }),
});

export const adjustBrightness = brightness.adjust;
export const randomBrightness = brightness.random;
export const statelessRandomBrightness = brightness.stateless;
