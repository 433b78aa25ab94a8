// tf.image.grayscale_to_rgb(images): the one channel repeated three times. The last axis must
// hold exactly one channel.
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { mapBatchResized } from './reshapedBatch';
import { fixedFunction } from './tfFunction';

/** Every value three times: [g] → [g, g, g]. */
export function repeatChannel(values: Float32Array): Float32Array {
  const out = new Float32Array(values.length * 3);
  for (let i = 0; i < values.length; i++) out[3 * i] = out[3 * i + 1] = out[3 * i + 2] = values[i];
  return out;
}

export const grayscaleToRgb = fixedFunction('tf.image.grayscale_to_rgb', () => ({
  apply: (images) =>
    mapBatchResized(images, (values, shape) => {
      if (shape.channels !== 1) throw new LayerConfigError('Last dimension of a grayscale image should be size 1.');
      return { values: repeatChannel(values), height: shape.height, width: shape.width, channels: 3 };
    }),
  outputShape: (input) => ({ ...input, channels: 3 }),
  describe: () => ({
    summary: phrase('Turns one-channel grey images into three equal RGB channels.'),
    details: [phrase('The input must have exactly 1 channel: TF raises an error otherwise.')],
  }),
}));
