// tf.image.per_image_standardization(image): each image cast to float32 (no rescaling: uint8 stays
// 0–255) and mapped to (x − mean) / max(stddev, 1/√N), N its number of values, so it has mean 0
// and variance 1 (kernels/standardize.ts). Returns float32.
import { standardizeImages } from '../../kernels/standardize';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { fixedFunction } from './tfFunction';

export const perImageStandardization = fixedFunction('tf.image.per_image_standardization', () => ({
  apply: (images) => mapBatch(images, (values) => standardizeImages(values, values.length / images.shape[0])),
  outputDtype: () => 'float32',
  // Mean 0, standard deviation 1: ±3 holds most values of a natural image.
  outputRange: () => [-3, 3],
  describe: () => ({
    summary: phrase('Standardises each image to mean 0 and standard deviation 1, over all its pixels and channels together.'),
    details: [
      phrase('The standard deviation is at least 1/√N (N values per image), so a flat image becomes all zeros rather than dividing by zero.'),
      phrase('Returns float32; integer images are not rescaled first.'),
    ],
  }),
}));
