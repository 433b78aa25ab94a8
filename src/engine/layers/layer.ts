// The shape every Keras layer file in this folder follows: validate the configuration once,
// draw the random transformation (`sample`) apart from applying it (`apply`), as Keras 3
// separates get_random_transformation from transform_images, so tests can inject one.
import type * as tf from '@tensorflow/tfjs-core';
import type { KerasVersion, Value } from '../../pipeline/model';
import type { LayerBuffers } from '../batchBuffers';
import type { ImageBatchShape } from '../kernels/imageBatch';
import type { Rng } from '../rng';
import type { DescribeContext, LayerDescription } from './description';

/** Batch geometry the random draw depends on (the kernels' NHWC shape). */
export type BatchShape = ImageBatchShape;

/** Parameters drawn for one image, for labels: e.g. {flipped: true} or {angle_degrees: 12.3}. */
export type SampleParams = Record<string, number | boolean | string | number[]>;

/** A value range [low, high] that pixel values are nominally in (e.g. [0, 255], or [0, 1] after Rescaling(1/255)). */
export type ValueRange = readonly [number, number];

/**
 * The dtype Keras holds the images in. Tensors here are always float32 (exact for uint8, and for
 * int32 up to 2^24); the dtype travels beside them because some Keras 3 layers keep integer
 * inputs integer and then truncate or wrap (RandomBrightness, RandomGrayscale, CLAHE, Resizing).
 */
export type KerasDtype = 'float32' | 'int32' | 'uint8';

export interface ConfiguredLayer<T = unknown> {
  readonly className: string;
  readonly version: KerasVersion;
  /** The validated configuration with Keras's defaults filled in. */
  readonly config: Readonly<Record<string, Value>>;
  /** Whether training=false still changes pixels (Rescaling does, RandomFlip does not). */
  readonly activeAtInference: boolean;
  /**
   * True for TF's and TF.js's image functions: they have no training flag, so a random one draws
   * its transformation and applies it whatever `training` says (runLayers samples it anyway).
   */
  readonly drawsAtInference?: boolean;
  /** Draws this call's random transformation for a batch, in Keras's draw order. */
  sample(shape: BatchShape, rng: Rng): T;
  /**
   * Applies the layer to a float32 NHWC batch whose values Keras would hold as `dtype` (default
   * float32). With training=false the transformation is ignored. Returns a new tensor; the caller
   * disposes both. `buffers` (from runLayers) says whether the output may be written over the
   * input's values and offers discarded memory for it; without it, neither is allowed.
   */
  apply(images: tf.Tensor4D, transformation: T | undefined, training: boolean, dtype?: KerasDtype, buffers?: LayerBuffers): tf.Tensor4D;
  /** The Keras dtype of apply's output. Absent: float32 (the layer casts to its compute dtype). */
  outputDtype?(input: KerasDtype, training: boolean): KerasDtype;
  /**
   * The batch shape apply returns for this transformation. Absent: the input's shape. A Pipeline
   * needs it to draw each later sub-layer for the size that layer will receive.
   */
  outputShape?(input: BatchShape, transformation: T | undefined, training: boolean): BatchShape;
  /** The drawn parameters of one image of the batch, for labels and the CLI. */
  describeSample(transformation: T, index: number): SampleParams;
  /**
   * Reads a transformation given by the user (CLI --transformation, documented in
   * docs/transformations.md) for a batch, validating it. Throws LayerConfigError on bad input.
   */
  parseTransformation(json: unknown, shape: BatchShape): T;
  /**
   * The nominal value range after this layer, given the range before it and (when the caller
   * tracks it) the dtype of its input: an integer image converted to float changes scale.
   */
  outputRange(input: ValueRange, dtype?: KerasDtype): ValueRange;
  /** What this configuration does, in concrete numbers, for hovers (see description.ts). */
  describe(context: DescribeContext): LayerDescription;
}

/** What a layer's messages may mention besides its own arguments. */
export interface LayerContext {
  /** The `name=` the user gave, as Keras 2 quotes it in some messages. */
  readonly name?: string;
  /**
   * The registry's createLayer, for layers built from other layers (Pipeline, RandAugment,
   * AugMix): passed in rather than imported, so the registry and those layers do not import each other.
   */
  readonly createLayer?: (className: string, args: Readonly<Record<string, Value>>, version: KerasVersion) => ConfiguredLayer;
}

export interface LayerFactory {
  readonly className: string;
  /** Keras versions in which the layer exists. */
  readonly versions: readonly KerasVersion[];
  /**
   * Validates a configuration (arguments as the parser binds them, defaults filled from the
   * catalog, base-layer kwargs such as name/dtype removed) with Keras's own rules; throws
   * LayerConfigError with Keras's message for the problem.
   */
  create(args: Readonly<Record<string, Value>>, version: KerasVersion, context?: LayerContext): ConfiguredLayer;
}

/** Invalid constructor arguments or transformation: the message is shown to users as is. */
export class LayerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayerConfigError';
  }
}

/**
 * A Keras layer or configuration that Keras runs but the preview cannot (a layer not implemented
 * yet; a Normalization whose statistics only adapt() would know): skipped with the message, and
 * not an error in the user's code.
 */
export class UnsupportedLayerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedLayerError';
  }
}
