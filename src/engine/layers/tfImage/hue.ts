// tf.image.adjust_hue(image, delta), random_hue(image, max_delta) and stateless_random_hue(image,
// max_delta, seed): TF's AdjustHue op (kernels/adjustHueOp.ts) turns the hue by delta (in turns)
// and keeps each pixel's largest and smallest channel; the random ones draw delta ~
// U[−max_delta, max_delta), max_delta ≤ 0.5. RGB images only. Integer images go through
// convert_image_dtype's [0, 1] and back without saturating (nothing leaves the range).
import { adjustHueOp } from '../../kernels/adjustHueOp';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { colorFunctions } from './colorFamily';
import { requireThreeChannels } from './rgbChecks';
import { tfFloat } from './tfArgs';

const hue = colorFunctions({
  name: 'hue',
  key: 'hue_shift',
  range(kind, args) {
    if (kind === 'adjust') {
      const delta = tfFloat(args.delta);
      if (delta < -1 || delta > 1) throw new LayerConfigError('delta must be in the interval [-1, 1]');
      return [delta, delta];
    }
    const max = tfFloat(args.max_delta);
    if (max > 0.5) throw new LayerConfigError('max_delta must be <= 0.5.');
    if (max < 0) throw new LayerConfigError('max_delta must be non-negative.');
    return [-max, max];
  },
  saturate: false,
  checkInput: requireThreeChannels,
  kernel: (values, shape, deltas) => adjustHueOp(values, values.length / shape.batch, deltas),
  describe: (kind, lo, hi) => ({
    summary:
      kind === 'adjust'
        ? phrase('Turns the hue of every image by {0}° ({1} of a full turn).', lo * 360, lo)
        : phrase('Turns the hue of each image by a random angle from −{0}° to {0}° (max_delta {1} of a full turn).', hi * 360, hi),
    details: [
      ...(kind === 'adjust' ? [] : [phrase('One angle per call: a map function that runs before .batch() draws one for every image.')]),
      phrase('Each pixel keeps its largest and smallest channel value; only the middle one changes, so nothing is clipped.'),
    ],
  }),
});

export const adjustHue = hue.adjust;
export const randomHue = hue.random;
export const statelessRandomHue = hue.stateless;
