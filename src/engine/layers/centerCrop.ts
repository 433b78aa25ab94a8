// keras.layers.CenterCrop (keras-layers.md §2.9), in training and at inference: when the image is
// at least height×width, the centred window ((H−h)//2, (W−w)//2); otherwise smart_resize (the
// centred crop of the target's aspect ratio, resized bilinearly), Keras 3 computing that box in
// double, Keras 2 in float32 and without its max(…, 1). Output float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { float32Copy } from '../tensors';
import { phrase, type DescribeContext, type LayerDescription } from './description';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { cropTensor, requireSize, smartResizeTensor } from './sizing';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  if (version === 3) checkDataFormat(args.data_format);
  const height = requireSize('CenterCrop', 'height', args.height);
  const width = requireSize('CenterCrop', 'width', args.width);

  return {
    className: 'CenterCrop',
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images) {
      const [, inH, inW] = images.shape;
      if (inH === height && inW === width) return float32Copy(images);
      if (inH >= height && inW >= width) {
        return cropTensor(images, { top: Math.floor((inH - height) / 2), left: Math.floor((inW - width) / 2), height, width });
      }
      return smartResizeTensor(images, height, width, version === 3 ? 'keras3-static' : 'keras2');
    },

    outputShape: (input: BatchShape) => ({ ...input, height, width }),

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('CenterCrop', json, []);
      return null;
    },

    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const details = [
        phrase('Keeps the central {0}×{1} px of each image.', width, height),
        phrase('An image smaller than that in either direction is instead cropped to the aspect ratio of {0}×{1} and resized up (bilinear).', width, height),
      ];
      if (size) {
        details.push(
          size.height >= height && size.width >= width
            ? phrase('From {0}×{1} px it drops {2} px on the left, {3} on the right, {4} at the top and {5} at the bottom.', size.width, size.height,
                Math.floor((size.width - width) / 2), Math.ceil((size.width - width) / 2), Math.floor((size.height - height) / 2), Math.ceil((size.height - height) / 2))
            : phrase('At {0}×{1} px the input is smaller than the crop, so it is resized up instead.', size.width, size.height),
        );
      }
      return {
        summary: phrase('Crops the centre of every image to {0}×{1} px, in training and at inference alike.', width, height),
        details,
        inference: phrase('Also applied at inference: model.predict() sees the same centre crop.'),
        versionNotes: [],
      };
    },
  };
}

export const centerCrop: LayerFactory = { className: 'CenterCrop', versions: [2, 3], create };
