// tf.image.resize_with_crop_or_pad(image, target_height, target_width): per axis, a larger image
// is centre-cropped (offset (n − t)//2) and a smaller one centre-padded with zeros (offset
// (t − n)//2, the odd pixel going to the bottom/right); nothing is scaled.
import { cropImages, padImagesTo } from '../../kernels/crop';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { mapBatchResized } from './reshapedBatch';
import { tfInt } from './tfArgs';
import { fixedFunction } from './tfFunction';
import { withZero } from './zeroRange';

export const resizeWithCropOrPad = fixedFunction('tf.image.resize_with_crop_or_pad', (args) => {
  const height = tfInt(args.target_height);
  const width = tfInt(args.target_width);
  if (width <= 0) throw new LayerConfigError('target_width must be > 0.');
  if (height <= 0) throw new LayerConfigError('target_height must be > 0.');
  return {
    apply: (images) =>
      mapBatchResized(images, (values, shape) => {
        const cropTop = Math.max(Math.floor((shape.height - height) / 2), 0);
        const cropLeft = Math.max(Math.floor((shape.width - width) / 2), 0);
        const cropped = cropImages(values, shape, cropTop, cropLeft, Math.min(height, shape.height), Math.min(width, shape.width));
        const padTop = Math.max(Math.floor((height - shape.height) / 2), 0);
        const padLeft = Math.max(Math.floor((width - shape.width) / 2), 0);
        return padImagesTo(cropped.values, { ...shape, height: cropped.height, width: cropped.width }, padTop, padLeft, height, width, 0);
      }),
    outputShape: (input) => ({ ...input, height, width }),
    // Zeros appear only where an image is padded, which depends on its size; the range allows them.
    outputRange: withZero,
    describe: () => ({
      summary: phrase('Brings every image to {0}×{1} px without scaling: a larger side is cut around the centre, a smaller one padded with zeros on both sides.', width, height),
      details: [],
    }),
  };
});
