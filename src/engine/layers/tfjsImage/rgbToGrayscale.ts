// tf.image.rgbToGrayscale(image): TF.js's einsum of the pixels with the float32 weights
// [0.2989, 0.587, 0.114] (each product rounded to float32, their sum in double, rounded once),
// cast back to the input's dtype (int32 truncates). The last axis must have size 3.
import { f32 } from '../../kernels/float32';
import { mapBatchResized } from '../tfImage/reshapedBatch';
import { phrase } from '../description';
import { check, storedAs, tfjsDtype, tfjsOp } from './tfjsOp';

const WEIGHTS = [f32(0.2989), f32(0.587), f32(0.114)];

export const tfjsRgbToGrayscale = tfjsOp('rgbToGrayscale', [], () => ({
  apply: (images, dtype) =>
    mapBatchResized(images, (values, shape) => {
      check(shape.channels === 3, () => `Error in RGBToGrayscale: last dimension of an RGB image should be size 3, but got size ${shape.channels}.`);
      const gray = new Float32Array(values.length / 3);
      for (let p = 0; p < gray.length; p++) {
        const sum = f32(values[3 * p] * WEIGHTS[0]) + f32(values[3 * p + 1] * WEIGHTS[1]) + f32(values[3 * p + 2] * WEIGHTS[2]);
        gray[p] = storedAs(tfjsDtype(dtype), f32(sum));
      }
      return { values: gray, height: shape.height, width: shape.width, channels: 1 };
    }),
  outputShape: (input) => ({ ...input, channels: 1 }),
  outputDtype: tfjsDtype,
  describe: () => ({ summary: phrase('Turns every image grey with one channel: 0.2989·R + 0.587·G + 0.114·B.'), details: [] }),
}));
