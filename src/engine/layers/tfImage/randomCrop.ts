// tf.image.random_crop(value, size) and stateless_random_crop(value, size, seed): a window of
// `size` = [height, width, channels] at a random offset. TF draws one int32 per axis and takes it
// modulo (extent − size + 1), so every offset is equally likely (up to a bias of 2^-31); `size`
// may take fewer channels than the image has, and then a random run of channels is kept. The
// engine calls it per image (a map function before .batch()), so `size` has three entries; a
// batched call's four-entry size is not previewed.
import type { KerasVersion, Value } from '../../../pipeline/model';
import { cropImages } from '../../kernels/crop';
import type { Rng } from '../../rng';
import { phrase, type DescribeContext, type LayerDescription } from '../description';
import { LayerConfigError, UnsupportedLayerError, type BatchShape, type ConfiguredLayer, type SampleParams } from '../layer';
import { pyRepr } from '../python';
import { perImageList, transformationObject } from '../transformationJson';
import { mapEachImage } from './reshapedBatch';
import { SEED_NOT_REPRODUCED, TF_FUNCTION_INFERENCE, type FunctionFactory } from './tfFunction';

/** Per image, the window's offsets; `channel` only matters when the window keeps fewer channels. */
export interface RandomCropTransformation {
  readonly top: readonly number[];
  readonly left: readonly number[];
  readonly channel: readonly number[];
  readonly cropsChannels: boolean;
}

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function cropSize(className: string, value: Value | undefined): [number, number, number] {
  const entries = Array.isArray(value) ? value : [value];
  if (entries.some((v) => typeof v !== 'number' || !Number.isInteger(v))) throw new LayerConfigError(`Cannot convert ${pyRepr(value ?? null)} to EagerTensor of dtype int32`);
  const size = entries as number[];
  if (size.length === 4) {
    throw new UnsupportedLayerError(
      `${className}: size=${pyRepr(value ?? null)} crops a batch (4 entries); the preview calls map functions on one image at a time, whose size is [height, width, channels]`,
    );
  }
  // The image is [height, width, channels]: TF compares the two shapes element by element.
  if (size.length !== 3) throw new LayerConfigError(`Incompatible shapes: [3] vs. [${size.length}]`);
  if (size.some((n) => n < 0)) {
    throw new UnsupportedLayerError(`${className}: a negative size (${pyRepr(value ?? null)}) makes TF slice "to the end" from a random offset; the preview does not reproduce that`);
  }
  return size as [number, number, number];
}

function create(className: string, stateless: boolean, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<RandomCropTransformation> {
  const [height, width, channels] = cropSize(className, args.size);
  const fits = (shape: BatchShape) => shape.height >= height && shape.width >= width && shape.channels >= channels;
  const offsets = (n: number, rng: Rng, limit: number) => Array.from({ length: n }, () => rng.int(0, Math.max(limit, 1)));
  const keys = (cropsChannels: boolean) => ['crop_top', 'crop_left', ...(cropsChannels ? ['crop_channel'] : [])];

  return {
    className,
    version,
    config: { ...args },
    activeAtInference: true,
    drawsAtInference: true,

    sample(shape, rng) {
      // One draw per axis per image: row, column, channel.
      const draws = Array.from({ length: shape.batch }, () => [
        ...offsets(1, rng, shape.height - height + 1),
        ...offsets(1, rng, shape.width - width + 1),
        ...offsets(1, rng, shape.channels - channels + 1),
      ]);
      return { top: draws.map((d) => d[0]), left: draws.map((d) => d[1]), channel: draws.map((d) => d[2]), cropsChannels: shape.channels > channels };
    },

    apply(images, t) {
      if (!t) throw new Error(`${className}: apply needs the drawn offsets`);
      return mapEachImage(images, (values, shape, i) => {
        if (!fits(shape)) {
          throw new LayerConfigError(
            `Expected 'tf.Tensor(False, shape=(), dtype=bool)' to be true. Summarized data: b'Need value.shape >= size, got ' ` +
              `${shape.height}, ${shape.width}, ${shape.channels} ${height}, ${width}, ${channels}`,
          );
        }
        const window = cropImages(values, shape, t.top[i], t.left[i], height, width);
        if (channels === shape.channels) return window;
        // Keep channels channel[i] … channel[i] + channels − 1 of every pixel.
        const kept = new Float32Array(height * width * channels);
        for (let p = 0; p < height * width; p++) {
          for (let c = 0; c < channels; c++) kept[p * channels + c] = window.values[p * shape.channels + t.channel[i] + c];
        }
        return { values: kept, height, width, channels };
      });
    },

    outputDtype: (dtype) => dtype,
    outputShape: (input) => ({ ...input, height, width, channels }),

    describeSample(t, index): SampleParams {
      return { crop_top: t.top[index], crop_left: t.left[index], ...(t.cropsChannels ? { crop_channel: t.channel[index] } : {}) };
    },

    parseTransformation(json, shape) {
      const cropsChannels = shape.channels > channels;
      const obj = transformationObject(className, json, keys(cropsChannels));
      const list = (key: string) => perImageList(className, obj, key, shape.batch, isOffset, 'whole numbers ≥ 0');
      return { top: list('crop_top'), left: list('crop_left'), channel: cropsChannels ? list('crop_channel') : new Array<number>(shape.batch).fill(0), cropsChannels };
    },

    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const details = [phrase('One position per call: a map function that runs before .batch() crops every image at its own place.')];
      if (size && size.height >= height && size.width >= width) {
        details.push(phrase('From {0}×{1} px the window starts {2}–{3} px from the left and {4}–{5} px from the top.', size.width, size.height, 0, size.width - width, 0, size.height - height));
      }
      if (stateless) details.push(SEED_NOT_REPRODUCED);
      return {
        summary: phrase('Cuts a {0}×{1} px window with {2} channels out of each image at a random position.', width, height, channels),
        details,
        inference: TF_FUNCTION_INFERENCE,
        versionNotes: [],
      };
    },
  };
}

function factory(stateless: boolean): FunctionFactory {
  const className = stateless ? 'tf.image.stateless_random_crop' : 'tf.image.random_crop';
  return { className, versions: [2, 3], create: (args, version) => create(className, stateless, args, version) };
}

export const randomCrop = factory(false);
export const statelessRandomCrop = factory(true);
