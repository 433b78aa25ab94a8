// Runs configured layers over a batch the way Keras calls them: for each layer in order, one
// random draw for the whole batch (get_random_transformation), then the transform. The CLI's
// `apply` and the preview both come through here.
import * as tf from '@tensorflow/tfjs-core';
import type { ConfiguredLayer, KerasDtype, SampleParams } from './layers/layer';
import type { Rng } from './rng';
import { RunBuffers } from './batchBuffers';
import { oversizeProblem, OversizeError } from './sizeLimit';
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
  /** The Keras dtype of `images` (default float32, as image_dataset_from_directory yields). */
  readonly dtype?: KerasDtype;
}

export interface RunResult {
  /** float32 NHWC, owned by the caller (dispose it). */
  readonly output: tf.Tensor4D;
  /** Per layer, the transformation used (undefined when training is off, unless the layer draws at inference). */
  readonly transformations: unknown[];
  /** params[imageIndex][layerIndex]: what each layer drew for each image ({} for layers that drew nothing). */
  readonly params: SampleParams[][];
  /** The Keras dtype of `output` (its values are integers when this is not float32). */
  readonly dtype: KerasDtype;
}

/** The input is not disposed; any tensor dtype is accepted and cast to float32 first (options.dtype says what Keras would hold). */
export function runLayers(layers: readonly ConfiguredLayer[], images: tf.Tensor4D, options: RunOptions): RunResult {
  const shape = batchShapeOf(images);
  const transformations: unknown[] = [];
  const params: SampleParams[][] = Array.from({ length: shape.batch }, () => []);
  let current = float32Copy(images);
  let dtype: KerasDtype = options.dtype ?? 'float32';
  // Layer outputs this call makes may be written over or reused once discarded; the caller's
  // images never are (batchBuffers.ts).
  const buffers = new RunBuffers();
  try {
    layers.forEach((layer, l) => {
      let t: unknown;
      if (options.training || layer.drawsAtInference) t = options.transformations?.[l] ?? layer.sample(batchShapeOf(current), options.rng);
      transformations.push(t);
      for (let i = 0; i < shape.batch; i++) params[i].push(t === undefined ? {} : layer.describeSample(t, i));
      const outShape = layer.outputShape?.(batchShapeOf(current), t, options.training);
      const tooLarge = outShape && oversizeProblem(layer.className, outShape);
      if (tooLarge) throw new OversizeError(tooLarge);
      const input = valuesOf(current);
      const next = layer.apply(current, t, options.training, dtype, buffers.forLayer(input));
      dtype = layer.outputDtype?.(dtype, options.training) ?? 'float32';
      current.dispose();
      buffers.release(input, valuesOf(next));
      current = next;
    });
  } catch (err) {
    current.dispose();
    throw err;
  }
  return { output: current, transformations, params, dtype };
}

/** A float32 tensor's backing array (cpu: no copy), for telling which memory it uses. */
function valuesOf(t: tf.Tensor4D): Float32Array | undefined {
  return t.dtype === 'float32' ? (t.dataSync() as Float32Array) : undefined;
}
