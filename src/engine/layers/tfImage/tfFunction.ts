// What the layers standing for TF's tf.image functions (map functions on a tf.data dataset) and
// TF.js's tf.image ops share. A function has no `training` flag, so it acts in both previews and
// a random one draws whenever it runs. The preview calls a map function once per image, as
// `dataset.map(f)` does before `.batch()`: every image of the engine's batch is one call, with
// its own draws (a call on a whole batch draws once; state the same values for every image).
import type * as tf from '@tensorflow/tfjs-core';
import type { ParamSpec } from '../../../pipeline/catalog';
import type { Value } from '../../../pipeline/model';
import type { KerasVersion } from '../../../pipeline/model';
import type { Rng } from '../../rng';
import { phrase, type DescribeContext, type Phrase } from '../description';
import type { BatchShape, ConfiguredLayer, KerasDtype, LayerFactory, SampleParams, ValueRange } from '../layer';
import { perImageBooleans, perImageNumberParts } from '../perImageDraws';
import { transformationObject } from '../transformationJson';

export interface FunctionFactory extends LayerFactory {
  /**
   * The parameters after the image, as the parser names them, for TF.js ops (TF's come from
   * augmentation-signatures.json, generated from real TensorFlow).
   */
  readonly params?: readonly ParamSpec[];
}

/** TF functions' `seed`: it only picks TF's random numbers, and the preview draws its own. */
export const SEED_PARAMS: readonly string[] = ['seed'];

export const TF_FUNCTION_INFERENCE = phrase(
  'TensorFlow functions have no training flag: this runs every time the map function does, so a dataset mapped with it for evaluation or prediction is changed too.',
);

export const TFJS_OP_INFERENCE = phrase('TF.js image ops have no training flag: this runs every time the code calls it, at prediction time too.');

export const SEED_NOT_REPRODUCED = phrase(
  'TF draws from the seed argument; the preview draws its own numbers from the same distribution, so its images are not the ones that seed gives.',
);

/** sample, describeSample and parseTransformation of a function that draws nothing. */
export function noDraws(className: string) {
  return {
    sample: (): null => null,
    describeSample: (): SampleParams => ({}),
    parseTransformation(json: unknown): null {
      transformationObject(className, json, []);
      return null;
    },
  };
}

/** Per image: one coin. */
export interface PerImageFlags {
  readonly values: readonly boolean[];
}

/** The parts of a function that tosses one coin per call (image), named `key` in labels. */
export function perImageFlagParts(className: string, key: string, toss: (rng: Rng) => boolean) {
  return {
    sample: (shape: BatchShape, rng: Rng): PerImageFlags => ({ values: Array.from({ length: shape.batch }, () => toss(rng)) }),
    describeSample: (t: PerImageFlags, index: number): SampleParams => ({ [key]: t.values[index] }),
    parseTransformation: (json: unknown, shape: BatchShape): PerImageFlags => ({
      values: perImageBooleans(className, transformationObject(className, json, [key]), key, shape.batch),
    }),
  };
}

/** What a function that draws nothing does with its (validated) arguments. */
export interface FixedFunction {
  apply(images: tf.Tensor4D, dtype: KerasDtype): tf.Tensor4D;
  /** Absent: the input's shape. */
  outputShape?(input: BatchShape): BatchShape;
  /** Absent: the input's dtype (TF keeps it). */
  outputDtype?(input: KerasDtype): KerasDtype;
  /** Absent: the input's range. */
  outputRange?(input: ValueRange, dtype?: KerasDtype): ValueRange;
  describe(context: DescribeContext): { summary: Phrase; details: Phrase[] };
}

/**
 * The factory of a TF function that draws nothing: `configure` checks the arguments with TF's
 * messages (throwing LayerConfigError) and returns what the function does with them.
 */
export function fixedFunction(className: string, configure: (args: Readonly<Record<string, Value>>) => FixedFunction, inference: Phrase = TF_FUNCTION_INFERENCE): FunctionFactory {
  const create = (args: Readonly<Record<string, Value>>, version: 2 | 3): ConfiguredLayer<null> => {
    const fn = configure(args);
    return {
      className,
      version,
      config: { ...args },
      activeAtInference: true,
      ...noDraws(className),
      apply: (images, _t, _training, dtype = 'float32') => fn.apply(images, dtype),
      outputDtype: (dtype) => fn.outputDtype?.(dtype) ?? dtype,
      outputShape: (input) => fn.outputShape?.(input) ?? input,
      outputRange: (range, dtype) => fn.outputRange?.(range, dtype) ?? range,
      describe: (context) => ({ ...fn.describe(context), inference, versionNotes: [] }),
    };
  };
  return { className, versions: [2, 3], create };
}

/**
 * The parts of a function that uses one number per call (image), named `key`: drawn by `draw` for
 * the random ones, or the adjust_ function's fixed value, which is no draw to label.
 */
export function perCallNumber(
  className: string,
  version: KerasVersion,
  args: Readonly<Record<string, Value>>,
  key: string,
  fixed: boolean,
  draw: (rng: Rng, batch: number) => Float32Array,
) {
  return {
    className,
    version,
    config: { ...args },
    activeAtInference: true,
    drawsAtInference: !fixed,
    ...perImageNumberParts(className, key, draw),
    ...(fixed ? { describeSample: (): SampleParams => ({}) } : {}),
  };
}
