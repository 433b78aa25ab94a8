// MixUp's blend of each image with a partner image of the same batch, in float32 op by op as TF
// evaluates `w·x + (1 − w)·x[perm]`, so the result is bit-exact.
import { f32 } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

/** Image b becomes weights[b]·image[b] + (1 − weights[b])·image[partners[b]]. */
export function mixWithPartners(
  images: Float32Array,
  shape: ImageBatchShape,
  partners: readonly number[],
  weights: Float32Array,
): Float32Array {
  assertBatchLength(images, shape, 'mixWithPartners images');
  const per = shape.height * shape.width * shape.channels;
  const out = new Float32Array(images.length);
  for (let b = 0; b < shape.batch; b++) {
    const w = weights[b];
    const rest = f32(1 - w);
    const self = b * per;
    const other = partners[b] * per;
    for (let i = 0; i < per; i++) out[self + i] = f32(f32(w * images[self + i]) + f32(rest * images[other + i]));
  }
  return out;
}
