// tf.image.rgb_to_grayscale(images): 0.2989·R + 0.5870·G + 0.1140·B (kernels/colorspace.ts) into
// one channel, computed on convert_image_dtype's float32 and converted back to the input dtype
// without saturating (uint8 truncates). The last axis must hold exactly 3 channels.
import { grayscale } from '../../kernels/colorspace';
import { convertImageDtype } from '../../kernels/convertImageDtype';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { mapBatchResized } from './reshapedBatch';
import { fixedFunction } from './tfFunction';

export const rgbToGrayscale = fixedFunction('tf.image.rgb_to_grayscale', () => ({
  apply: (images, dtype) =>
    mapBatchResized(images, (values, shape) => {
      // tensordot multiplies the (H·W)×C pixels by the 3×1 weights: C must be 3.
      if (shape.channels !== 3) throw new LayerConfigError(`Matrix size-incompatible: In[0]: [${shape.height * shape.width},${shape.channels}], In[1]: [3,1]`);
      const float = dtype === 'float32' ? values : convertImageDtype(values, dtype, 'float32', false);
      const gray = grayscale(float);
      return { values: convertImageDtype(gray, 'float32', dtype, false, gray, shape.height * shape.width), height: shape.height, width: shape.width, channels: 1 };
    }),
  outputShape: (input) => ({ ...input, channels: 1 }),
  describe: () => ({
    summary: phrase('Turns every image grey with one channel: 0.2989·R + 0.587·G + 0.114·B.'),
    details: [phrase('The output has 1 channel; tf.image.grayscale_to_rgb turns it back into 3 equal ones.')],
  }),
}));
