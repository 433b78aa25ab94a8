// Runs configured layers over a batch the way Keras calls them: for each layer in order, one
// random draw for the whole batch (get_random_transformation), then the transform. The CLI's
// `apply` and the preview both come through here.
import * as tf from '@tensorflow/tfjs-core';
import type { ConfiguredLayer, SampleParams } from './layers/layer';
import type { Rng } from './rng';
import { batchShapeOf, float32Copy } from './tensors';

export interface RunOptions {
  /** Keras's `training` argument: false is model.predict (random layers pass the input through). */
  readonly training: boolean;
  readonly rng: Rng;
  /**
   * Per layer, a transformation to use instead of a random draw (from layer.parseTransformation);
   * an undefined entry draws as usual.
   */
  readonly transformations?: readonly unknown[];
}

export interface RunResult {
  /** float32 NHWC, owned by the caller (dispose it). */
  readonly output: tf.Tensor4D;
  /** Per layer, the transformation used (undefined when training is off). */
  readonly transformations: unknown[];
  /** params[imageIndex][layerIndex]: what each layer drew for each image ({} when training is off). */
  readonly params: SampleParams[][];
}

/** The input is not disposed; any dtype is accepted and cast to float32 first. */
export function runLayers(layers: readonly ConfiguredLayer[], images: tf.Tensor4D, options: RunOptions): RunResult {
  const shape = batchShapeOf(images);
  const transformations: unknown[] = [];
  const params: SampleParams[][] = Array.from({ length: shape.batch }, () => []);
  let current = float32Copy(images);
  try {
    layers.forEach((layer, l) => {
      let t: unknown;
      if (options.training) t = options.transformations?.[l] ?? layer.sample(batchShapeOf(current), options.rng);
      transformations.push(t);
      for (let i = 0; i < shape.batch; i++) params[i].push(t === undefined ? {} : layer.describeSample(t, i));
      const next = layer.apply(current, t, options.training);
      current.dispose();
      current = next;
    });
  } catch (err) {
    current.dispose();
    throw err;
  }
  return { output: current, transformations, params };
}
