// tf.image.adjust_contrast(images, contrast_factor), random_contrast(image, lower, upper) and
// stateless_random_contrast(image, lower, upper, seed): TF's AdjustContrastv2, (x − mean)·c + mean
// with the mean per image and channel over all its pixels (kernels/contrast.ts "whole-image"), no
// clipping for float images; the random ones draw c ~ U[lower, upper). Integer images go through
// convert_image_dtype's [0, 1] and are saturated back.
import type { Value } from '../../../pipeline/model';
import { adjustContrast as scaleAboutMean } from '../../kernels/contrast';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { colorFunctions } from './colorFamily';
import { tfFloat } from './tfArgs';

/** random_contrast's and random_saturation's [lower, upper) with TF's checks, in its order. */
export function factorRange(args: Readonly<Record<string, Value>>): [number, number] {
  const lower = tfFloat(args.lower);
  const upper = tfFloat(args.upper);
  if (upper <= lower) throw new LayerConfigError('upper must be > lower.');
  if (lower < 0) throw new LayerConfigError('lower must be non-negative.');
  return [lower, upper];
}

const contrast = colorFunctions({
  name: 'contrast',
  key: 'contrast_factor',
  range: (kind, args) => (kind === 'adjust' ? [tfFloat(args.contrast_factor), tfFloat(args.contrast_factor)] : factorRange(args)),
  saturate: true,
  kernel: (values, shape, factors) => scaleAboutMean(values, shape, factors, 'whole-image', -Infinity, Infinity),
  describe: (kind, lo, hi) => ({
    summary:
      kind === 'adjust'
        ? phrase('Scales the contrast of every image by {0} about its per-channel mean.', lo)
        : phrase('Scales the contrast of each image by a random factor from {0} to {1} about its per-channel mean.', lo, hi),
    details: [
      ...(kind === 'adjust' ? [] : [phrase('One factor per call: a map function that runs before .batch() draws one for every image, shared by its channels.')]),
      phrase('Each channel is scaled about its mean over the whole image; float images are not clipped, uint8 images are clipped to 0–255.'),
    ],
  }),
});

export const adjustContrast = contrast.adjust;
export const randomContrast = contrast.random;
export const statelessRandomContrast = contrast.stateless;
