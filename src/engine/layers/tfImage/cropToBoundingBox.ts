// tf.image.crop_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
// the window at (offset_height, offset_width) of target_height×target_width px, which must lie
// inside the image (TF checks; nothing is clipped or padded).
import { cropImages } from '../../kernels/crop';
import { phrase } from '../description';
import { checkCropFits, cropBox } from './boundingBoxArgs';
import { mapBatchResized } from './reshapedBatch';
import { fixedFunction } from './tfFunction';

export const cropToBoundingBox = fixedFunction('tf.image.crop_to_bounding_box', (args) => {
  const box = cropBox(args);
  return {
    apply: (images) =>
      mapBatchResized(images, (values, shape) => {
        checkCropFits(box, shape.height, shape.width);
        return cropImages(values, shape, box.top, box.left, box.height, box.width);
      }),
    outputShape: (input) => ({ ...input, height: box.height, width: box.width }),
    describe: () => ({
      summary: phrase('Cuts the same {0}×{1} px window out of every image, {2} px from the left and {3} px from the top.', box.width, box.height, box.left, box.top),
      details: [phrase('The window must lie inside the image: TF raises an error otherwise.')],
    }),
  };
});
