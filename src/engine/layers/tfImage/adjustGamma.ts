// tf.image.adjust_gamma(image, gamma=1, gain=1): gain · x^gamma on float images (no clipping);
// integer images go through convert_image_dtype's [0, 1] and are saturated back. gamma ≥ 0.
import { adjustGamma as powerCurve } from '../../kernels/gamma';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { inFloat32 } from './floatRoundTrip';
import { arrivesAbove1 } from './scaleNotes';
import { tfFloat } from './tfArgs';
import { fixedFunction } from './tfFunction';

export const adjustGamma = fixedFunction('tf.image.adjust_gamma', (args) => {
  const gamma = tfFloat(args.gamma);
  const gain = tfFloat(args.gain);
  if (gamma < 0) throw new LayerConfigError('Gamma should be a non-negative real number.');
  const curve = (v: number) => gain * Math.pow(v, gamma);
  return {
    apply: (images, dtype) => mapBatch(images, (values) => inFloat32(values, dtype, true, values.length / images.shape[0], (float) => powerCurve(float, gamma, gain))),
    outputRange(range) {
      const ends = [curve(Math.max(range[0], 0)), curve(Math.max(range[1], 0))];
      return [Math.min(...ends), Math.max(...ends)];
    },
    describe(context) {
      const details = [phrase('Float images are not clipped; uint8 images are computed in [0, 1] and clipped back to 0–255.')];
      if (arrivesAbove1(context) && gamma !== 1) {
        details.push(phrase('The images reach it above 1, where the curve is not the one meant for [0, 1] images: 255 becomes {0}.', curve(255)));
      }
      return { summary: phrase('Maps every value x to {0} · x^{1} (gamma correction).', gain, gamma), details };
    },
  };
});
