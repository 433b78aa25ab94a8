// tf.image.pad_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
// the image placed at (offset_height, offset_width) on a target_height×target_width canvas of
// zeros (in the image's dtype); TF raises when it does not fit.
import { padImagesTo } from '../../kernels/crop';
import { phrase } from '../description';
import { checkPadFits, padBox } from './boundingBoxArgs';
import { mapBatchResized } from './reshapedBatch';
import { fixedFunction } from './tfFunction';
import { withZero } from './zeroRange';

export const padToBoundingBox = fixedFunction('tf.image.pad_to_bounding_box', (args) => {
  const box = padBox(args);
  return {
    apply: (images) =>
      mapBatchResized(images, (values, shape) => {
        checkPadFits(box, shape.height, shape.width);
        return padImagesTo(values, shape, box.top, box.left, box.height, box.width, 0);
      }),
    outputShape: (input) => ({ ...input, height: box.height, width: box.width }),
    outputRange: withZero,
    describe: () => ({
      summary: phrase('Places every image on a {0}×{1} px canvas of zeros, {2} px from the left and {3} px from the top.', box.width, box.height, box.left, box.top),
      details: [phrase('The image must fit on the canvas at that offset: TF raises an error otherwise.')],
    }),
  };
});
