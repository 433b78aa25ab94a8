// tf.image.rot90(image, k=1): k quarter turns anticlockwise (k mod 4, so −1 is a clockwise
// turn). A quarter turn is the transpose of the left–right mirror image (H×W becomes W×H), three
// quarters the left–right mirror of the transpose, a half turn both flips. Values only move.
import { flipImages } from '../../kernels/flip';
import { transposeImages } from '../../kernels/transpose';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { mapBatchResized } from './reshapedBatch';
import { tfInt } from './tfArgs';
import { fixedFunction } from './tfFunction';

export const rot90 = fixedFunction('tf.image.rot90', (args) => {
  // math_ops.mod on int32: the sign of the divisor, as Python's %.
  const turns = ((tfInt(args.k) % 4) + 4) % 4;
  return {
    apply(images) {
      if (turns === 2) {
        const all = new Array<boolean>(images.shape[0]).fill(true);
        return mapBatch(images, (values, shape) => flipImages(values, shape, all, all));
      }
      if (turns === 0) return mapBatch(images, (values) => values.slice());
      return mapBatchResized(images, (values, shape) => ({ values: transposeImages(values, shape, turns === 3, turns === 1), height: shape.width, width: shape.height }));
    },
    outputShape: (input) => (turns % 2 === 1 ? { ...input, height: input.width, width: input.height } : input),
    describe: () => ({
      summary: [
        phrase('Leaves every image as it is: k is a multiple of 4 quarter turns.'),
        phrase('Turns every image a quarter turn anticlockwise (90°).'),
        phrase('Turns every image upside down (180°).'),
        phrase('Turns every image a quarter turn clockwise (three quarter turns anticlockwise).'),
      ][turns],
      details: turns % 2 === 1 ? [phrase('Height and width swap: an image of H×W px comes out W×H px.')] : [],
    }),
  };
});
