// tf.image.central_crop(image, central_fraction): the centred window keeping `central_fraction`
// of each side, its offset int((n − n·f)/2) computed in double (the fraction is a Python number),
// so the window is n − 2·offset px. f must be in (0, 1]; 1 returns the image.
import { cropImages } from '../../kernels/crop';
import { phrase } from '../description';
import { LayerConfigError, type BatchShape } from '../layer';
import { mapBatchResized } from './reshapedBatch';
import { tfFloat } from './tfArgs';
import { fixedFunction } from './tfFunction';

export const centralCrop = fixedFunction('tf.image.central_crop', (args) => {
  const fraction = tfFloat(args.central_fraction);
  if (fraction <= 0 || fraction > 1) throw new LayerConfigError('central_fraction must be within (0, 1]');
  const offset = (n: number) => (fraction === 1 ? 0 : Math.trunc((n - n * fraction) / 2));
  const windowOf = (size: { height: number; width: number }) => ({
    top: offset(size.height),
    left: offset(size.width),
    height: size.height - 2 * offset(size.height),
    width: size.width - 2 * offset(size.width),
  });
  return {
    apply: (images) =>
      mapBatchResized(images, (values, shape) => {
        const w = windowOf(shape);
        return cropImages(values, shape, w.top, w.left, w.height, w.width);
      }),
    outputShape: (input: BatchShape) => ({ ...input, height: windowOf(input).height, width: windowOf(input).width }),
    describe(context) {
      const size = context.inputSize;
      const kept = size && windowOf(size);
      return {
        summary: phrase('Keeps the centre of every image: {0} % of its height and of its width.', fraction * 100),
        details: size && kept ? [phrase('From {0}×{1} px it keeps the central {2}×{3} px.', size.width, size.height, kept.width, kept.height)] : [],
      };
    },
  };
});
