// tf.image.grayscaleToRGB(image): the one channel tiled three times; the last axis must have size 1.
import { mapBatchResized } from '../tfImage/reshapedBatch';
import { repeatChannel } from '../tfImage/grayscaleToRgb';
import { phrase } from '../description';
import { check, tfjsDtype, tfjsOp } from './tfjsOp';

export const tfjsGrayscaleToRGB = tfjsOp('grayscaleToRGB', [], () => ({
  apply: (images) =>
    mapBatchResized(images, (values, shape) => {
      check(shape.channels === 1, () => `Error in grayscaleToRGB: last dimension of a grayscale image should be size 1, but got size ${shape.channels}.`);
      return { values: repeatChannel(values), height: shape.height, width: shape.width, channels: 3 };
    }),
  outputShape: (input) => ({ ...input, channels: 3 }),
  outputDtype: tfjsDtype,
  describe: () => ({ summary: phrase('Turns one-channel grey images into three equal RGB channels.'), details: [] }),
}));
