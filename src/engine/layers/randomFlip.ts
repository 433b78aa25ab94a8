// keras.layers.RandomFlip (keras-layers.md §2.1). Keras 3 draws ONE coin per image and, in
// "horizontal_and_vertical" mode, uses it for both axes (identity or a 180° rotation); Keras 2
// draws an independent coin per axis. Training off: the input, cast to float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import type { Rng } from '../rng';
import { float32Copy, imageJobTensor } from '../tensors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerContext, type LayerFactory, type SampleParams } from './layer';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { pyStr } from './python';
import { isBoolean, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

const MODES: readonly string[] = ['horizontal', 'vertical', 'horizontal_and_vertical'];

/** Per image: whether it is flipped left-right and up-down. */
export interface FlipTransformation {
  readonly horizontal: readonly boolean[];
  readonly vertical: readonly boolean[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion, context?: LayerContext): ConfiguredLayer<FlipTransformation> {
  const mode = args.mode;
  // Keras 3 does not validate `mode`: an unknown one flips nothing. Keras 2 raises.
  const known = typeof mode === 'string' && MODES.includes(mode);
  if (version === 2 && !known) {
    throw new LayerConfigError(`RandomFlip layer ${context?.name ?? 'random_flip'} received an unknown mode argument ${pyStr(mode)}`);
  }
  if (version === 3) checkDataFormat(args.data_format);
  const flipsH = known && mode !== 'vertical';
  const flipsV = known && mode !== 'horizontal';
  const sharedCoin = version === 3;
  const keys = [...(flipsH ? ['flip_horizontal'] : []), ...(flipsV ? ['flip_vertical'] : [])];

  return {
    className: 'RandomFlip',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng): FlipTransformation {
      const none = new Array<boolean>(shape.batch).fill(false);
      if (sharedCoin) {
        // Keras 3: flips = uniform(shape=(B,1,1,1)) <= 0.5, drawn whatever the mode.
        const coins = Array.from({ length: shape.batch }, () => rng.uniform() <= 0.5);
        return { horizontal: flipsH ? coins : none, vertical: flipsV ? coins : none };
      }
      // Keras 2: stateless_random_flip_left_right, then _up_down; a batched image flips when round(u) == 1.
      const horizontal = flipsH ? Array.from({ length: shape.batch }, () => rng.uniform() > 0.5) : none;
      const vertical = flipsV ? Array.from({ length: shape.batch }, () => rng.uniform() > 0.5) : none;
      return { horizontal, vertical };
    },

    apply(images, t, training, _dtype, buffers) {
      if (!training || !t || (!t.horizontal.some(Boolean) && !t.vertical.some(Boolean))) return float32Copy(images);
      return imageJobTensor(images, { kernel: 'flip', params: { horizontal: t.horizontal, vertical: t.vertical } }, buffers);
    },

    describeSample(t, index): SampleParams {
      const params: SampleParams = {};
      if (flipsH) params.flip_horizontal = t.horizontal[index];
      if (flipsV) params.flip_vertical = t.vertical[index];
      return params;
    },

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomFlip', json, keys);
      const none = new Array<boolean>(shape.batch).fill(false);
      const horizontal = flipsH ? perImageList('RandomFlip', obj, 'flip_horizontal', shape.batch, isBoolean, 'booleans') : none;
      const vertical = flipsV ? perImageList('RandomFlip', obj, 'flip_vertical', shape.batch, isBoolean, 'booleans') : none;
      if (sharedCoin && flipsH && flipsV) {
        const i = horizontal.findIndex((h, k) => h !== vertical[k]);
        if (i >= 0) {
          throw new LayerConfigError(
            'RandomFlip transformation: in Keras 3, "horizontal_and_vertical" uses one shared coin per image ' +
              `(identity or a 180° rotation), so "flip_horizontal" and "flip_vertical" must be equal; they differ at image ${i}`,
          );
        }
      }
      return { horizontal, vertical };
    },

    outputRange: (range) => range,

    describe(): LayerDescription {
      const details = !known
        ? [phrase('mode={0} is not one of "horizontal", "vertical", "horizontal_and_vertical": Keras 3 accepts it and flips nothing.', pyStr(mode))]
        : flipsH && flipsV
          ? sharedCoin
            ? [phrase('Each image is either left as it is or flipped both ways at once (a 180° turn), with probability 50 % each: Keras 3 uses one coin for both axes, so an image is never flipped along one axis only.')]
            : [phrase('Each image is mirrored left–right with probability 50 % and, independently, upside down with probability 50 %.')]
          : flipsH
            ? [phrase('Each image is mirrored left–right with probability 50 %.')]
            : [phrase('Each image is flipped upside down with probability 50 %.')];
      return {
        summary: phrase('Flips images at random while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: flipsH && flipsV
          ? [phrase('"horizontal_and_vertical": Keras 3 (3.6 and later) shares one coin between the axes (identity or 180°); Keras 2 flips each axis independently (four outcomes).')]
          : [],
      };
    },
  };
}

export const randomFlip: LayerFactory = { className: 'RandomFlip', versions: [2, 3], create };
