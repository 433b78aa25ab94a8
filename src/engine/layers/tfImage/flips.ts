// tf.image.flip_left_right / flip_up_down (always), random_flip_left_right / random_flip_up_down
// and their stateless_ twins (one family: an axis, and whether a coin decides). For one image
// (rank 3, a map function before .batch()) TF draws u ~ U[0, 1) and flips when u < 0.5; on a
// batch it draws one u per image and flips where round(u) is 1 (u > 0.5): the same odds.
// Any dtype and channel count; values are only moved.
import type { KerasVersion, Value } from '../../../pipeline/model';
import { flipImages } from '../../kernels/flip';
import { mapBatch } from '../../tensors';
import { phrase, type LayerDescription } from '../description';
import type { ConfiguredLayer } from '../layer';
import { noDraws, perImageFlagParts, SEED_NOT_REPRODUCED, TF_FUNCTION_INFERENCE, type FunctionFactory, type PerImageFlags } from './tfFunction';

type Axis = 'left_right' | 'up_down';
type Kind = 'always' | 'random' | 'stateless';

function flipAll(images: Parameters<ConfiguredLayer['apply']>[0], axis: Axis, flags: readonly boolean[]) {
  const none = flags.map(() => false);
  return mapBatch(images, (values, shape) => flipImages(values, shape, axis === 'left_right' ? flags : none, axis === 'up_down' ? flags : none));
}

function create(axis: Axis, kind: Kind, className: string, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageFlags | null> {
  const key = axis === 'left_right' ? 'flip_horizontal' : 'flip_vertical';
  const draws = kind === 'always' ? noDraws(className) : perImageFlagParts(className, key, (rng) => rng.uniform() < 0.5);
  return {
    className,
    version,
    config: { ...args },
    activeAtInference: true,
    drawsAtInference: kind !== 'always',
    ...draws,
    describeSample: (t, index) => (t ? { [key]: t.values[index] } : {}),

    apply(images, t) {
      const flags = kind === 'always' ? new Array<boolean>(images.shape[0]).fill(true) : t?.values;
      if (!flags) throw new Error(`${className}: apply needs the drawn coins`);
      return flipAll(images, axis, flags);
    },

    outputDtype: (dtype) => dtype,
    outputRange: (range) => range,

    describe(): LayerDescription {
      const summary =
        kind === 'always'
          ? axis === 'left_right'
            ? phrase('Mirrors every image left–right.')
            : phrase('Flips every image upside down.')
          : axis === 'left_right'
            ? phrase('Mirrors each image left–right with probability 50 %.')
            : phrase('Flips each image upside down with probability 50 %.');
      const details =
        kind === 'always'
          ? []
          : [
              phrase('One coin per call: a map function that runs before .batch() tosses one for every image (TF flips when its uniform draw is below 0.5).'),
              ...(kind === 'stateless' ? [SEED_NOT_REPRODUCED] : []),
            ];
      return { summary, details, inference: TF_FUNCTION_INFERENCE, versionNotes: [] };
    },
  };
}

function factory(axis: Axis, kind: Kind): FunctionFactory {
  const prefix = kind === 'always' ? '' : kind === 'random' ? 'random_' : 'stateless_random_';
  const className = `tf.image.${prefix}flip_${axis}`;
  return { className, versions: [2, 3], create: (args, version) => create(axis, kind, className, args, version) };
}

export const flipLeftRight = factory('left_right', 'always');
export const flipUpDown = factory('up_down', 'always');
export const randomFlipLeftRight = factory('left_right', 'random');
export const randomFlipUpDown = factory('up_down', 'random');
export const statelessRandomFlipLeftRight = factory('left_right', 'stateless');
export const statelessRandomFlipUpDown = factory('up_down', 'stateless');
