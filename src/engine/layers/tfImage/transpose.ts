// tf.image.transpose(image): rows become columns (a mirror across the main diagonal), H×W → W×H.
import { transposeImages } from '../../kernels/transpose';
import { phrase } from '../description';
import { mapBatchResized } from './reshapedBatch';
import { fixedFunction } from './tfFunction';

export const transpose = fixedFunction('tf.image.transpose', () => ({
  apply: (images) => mapBatchResized(images, (values, shape) => ({ values: transposeImages(values, shape, false, false), height: shape.width, width: shape.height })),
  outputShape: (input) => ({ ...input, height: input.width, width: input.height }),
  describe: () => ({
    summary: phrase('Swaps the rows and columns of every image: a mirror across the diagonal from the top-left corner.'),
    details: [phrase('Height and width swap: an image of H×W px comes out W×H px.')],
  }),
}));
