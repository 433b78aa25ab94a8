// keras.layers.RandomCrop (keras-layers.md §2.8). One window for the whole batch.
// Keras 3, training: when the image is strictly larger than height×width in both directions,
// top = int(U(0, H−h+1)) then left = int(U(0, W−w+1)); otherwise the centred aspect-ratio box's
// offsets (no draw). It slices [top:top+h, left:left+w] (clipped at the edges) and resizes
// bilinearly when that is not h×w. At inference it returns the input untouched (size and dtype).
// Keras 2, training with H ≥ h and W ≥ w (not strictly): random int % (H−h+1) and % (W−w+1),
// then the exact crop; otherwise, and always at inference, smart_resize (centre crop + resize).
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { aspectCropBox } from './aspectBox';
import { phrase, type DescribeContext, type LayerDescription } from './description';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { cropTensor, requireSize, resizeTensor, smartResizeTensor } from './sizing';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

export interface CropTransformation {
  /** Window offsets, shared by the whole batch. */
  readonly top: number;
  readonly left: number;
}

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<CropTransformation> {
  if (version === 3) checkDataFormat(args.data_format);
  const height = requireSize('RandomCrop', 'height', args.height);
  const width = requireSize('RandomCrop', 'width', args.width);
  /** Whether a training call crops at a random place (else Keras 3 uses the centred box, Keras 2 smart_resize). */
  const randomWindow = (shape: BatchShape) =>
    version === 3 ? shape.height > height && shape.width > width : shape.height >= height && shape.width >= width;

  return {
    className: 'RandomCrop',
    version,
    config: { ...args },
    activeAtInference: version === 2,

    sample(shape: BatchShape, rng: Rng) {
      if (!randomWindow(shape)) {
        const box = aspectCropBox(shape.height, shape.width, height, width, version === 3 ? 'keras3-static' : 'keras2');
        return { top: box.top, left: box.left };
      }
      if (version === 2) return { top: rng.int(0, shape.height - height + 1), left: rng.int(0, shape.width - width + 1) };
      // uniform(0, n + 1) in float32, truncated.
      const top = Math.trunc(f32(rng.uniform(0, shape.height - height + 1)));
      const left = Math.trunc(f32(rng.uniform(0, shape.width - width + 1)));
      return { top, left };
    },

    apply(images, t, training) {
      const [, inH, inW] = images.shape;
      if (version === 3 && !training) return float32Copy(images);
      if (version === 2 && (!training || !randomWindow({ batch: 1, height: inH, width: inW, channels: 1 }))) {
        return smartResizeTensor(images, height, width, 'keras2');
      }
      if (!t) throw new Error('RandomCrop: training needs a transformation');
      const cropped = cropTensor(images, { top: t.top, left: t.left, height, width });
      const [, h, w] = cropped.shape;
      if (h === height && w === width) return cropped;
      try {
        if (h === 0 || w === 0) throw new LayerConfigError(`RandomCrop: the window at (${t.top}, ${t.left}) lies outside the ${inH}x${inW} image`);
        return resizeTensor(cropped, height, width, 'bilinear');
      } finally {
        cropped.dispose();
      }
    },

    outputDtype: (input, training) => (version === 3 && !training ? input : 'float32'),
    outputShape: (input: BatchShape, _t, training) => (version === 3 && !training ? input : { ...input, height, width }),

    describeSample: (t) => ({ crop_top: t.top, crop_left: t.left }),

    parseTransformation(json) {
      const obj = transformationObject('RandomCrop', json, ['crop_top', 'crop_left']);
      for (const key of ['crop_top', 'crop_left']) {
        if (!isOffset(obj[key])) {
          throw new LayerConfigError(`RandomCrop transformation: "${key}" must be a whole number of pixels ≥ 0 (one window for the batch), got ${JSON.stringify(obj[key])}`);
        }
      }
      return { top: obj.crop_top as number, left: obj.crop_left as number };
    },

    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const details = [phrase('Cuts a {0}×{1} px window at a random position, the same position for every image of the batch.', width, height)];
      if (size) {
        details.push(
          randomWindow({ batch: 1, height: size.height, width: size.width, channels: 1 })
            ? phrase('From {0}×{1} px the window starts {2}–{3} px from the left and {4}–{5} px from the top.', size.width, size.height, 0, size.width - width, 0, size.height - height)
            : version === 3
              ? phrase('At {0}×{1} px the input is not larger than the window, so Keras 3 takes the centred box of the target aspect ratio and resizes it (no randomness).', size.width, size.height)
              : phrase('At {0}×{1} px the input is not larger than the window, so Keras 2 centre-crops to the target aspect ratio and resizes.', size.width, size.height),
        );
      }
      return {
        summary: phrase('Crops a random {0}×{1} px window while training.', width, height),
        details,
        inference:
          version === 3
            ? phrase('At inference (training=False) Keras 3 returns the input untouched, at its original size: model.predict() sees uncropped images.')
            : phrase('At inference Keras 2 centre-crops to the aspect ratio of {0}×{1} and resizes to {0}×{1} px.', width, height),
        versionNotes: [
          phrase('Keras 3 crops at random only when the input is strictly larger than the window in both directions and is an identity at inference; Keras 2 also crops randomly when a side is equal, and at inference centre-crops and resizes.'),
        ],
      };
    },
  };
}

export const randomCrop: LayerFactory = { className: 'RandomCrop', versions: [2, 3], create };
