// tf.image.adjust_saturation(image, saturation_factor), random_saturation(image, lower, upper) and
// stateless_random_saturation(image, lower, upper, seed): TF's AdjustSaturation op
// (kernels/adjustSaturationOp.ts) multiplies the HSV saturation by the factor, capped to [0, 1];
// hue and value stay. The random ones draw the factor ~ U[lower, upper). RGB images only. Integer
// images go through convert_image_dtype's [0, 1] and back without saturating.
import { adjustSaturationOp } from '../../kernels/adjustSaturationOp';
import { phrase } from '../description';
import { colorFunctions } from './colorFamily';
import { factorRange } from './contrast';
import { requireThreeChannels } from './rgbChecks';
import { tfFloat } from './tfArgs';

const saturation = colorFunctions({
  name: 'saturation',
  key: 'saturation_factor',
  range: (kind, args) => (kind === 'adjust' ? [tfFloat(args.saturation_factor), tfFloat(args.saturation_factor)] : factorRange(args)),
  saturate: false,
  checkInput: requireThreeChannels,
  kernel: (values, shape, factors) => adjustSaturationOp(values, values.length / shape.batch, factors),
  describe: (kind, lo, hi) => ({
    summary:
      kind === 'adjust'
        ? phrase('Multiplies the saturation of every image by {0} (0 gives grey; saturation is capped at 1).', lo)
        : phrase('Multiplies the saturation of each image by a random factor from {0} to {1} (saturation is capped at 1).', lo, hi),
    details: [
      ...(kind === 'adjust' ? [] : [phrase('One factor per call: a map function that runs before .batch() draws one for every image.')]),
      phrase('Hue and value (the largest channel) stay as they are.'),
    ],
  }),
});

export const adjustSaturation = saturation.adjust;
export const randomSaturation = saturation.random;
export const statelessRandomSaturation = saturation.stateless;
