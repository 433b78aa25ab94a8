// keras.layers.RandomColorJitter (keras-layers.md §2.17, Keras 3 only): RandomBrightness,
// RandomContrast, RandomSaturation and RandomHue (those whose factor is given), built with this
// layer's value_range, applied always in that fixed order (not randomly, whatever the docstring
// says), each drawing from the one generator in turn. Training off: the input.
import type * as tf from '@tensorflow/tfjs-core';
import type { KerasVersion, Value } from '../../pipeline/model';
import { float32Copy } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import type { BatchShape, ConfiguredLayer, LayerFactory, SampleParams } from './layer';
import { randomBrightness } from './randomBrightness';
import { randomContrast } from './randomContrast';
import { randomHue } from './randomHue';
import { randomSaturation } from './randomSaturation';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

/** Each sub-layer, the argument that enables it, and the key of its drawn value. */
const PARTS = [
  { arg: 'brightness_factor', factory: randomBrightness, key: 'brightness_delta' },
  { arg: 'contrast_factor', factory: randomContrast, key: 'contrast_factor' },
  { arg: 'saturation_factor', factory: randomSaturation, key: 'saturation_factor' },
  { arg: 'hue_factor', factory: randomHue, key: 'hue_shift' },
] as const;

interface Part {
  readonly layer: ConfiguredLayer;
  readonly key: string;
}

/** Per sub-layer (in order), its transformation. */
export type JitterTransformation = readonly unknown[];

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<JitterTransformation> {
  checkDataFormat(args.data_format);
  // Built in Keras's order, so the first invalid factor raises its own sub-layer's message.
  const parts: Part[] = PARTS.filter((p) => args[p.arg] !== null && args[p.arg] !== undefined).map((p) => ({
    layer: p.factory.create({ factor: args[p.arg], value_range: args.value_range ?? [0, 255], seed: null }, version),
    key: p.key,
  }));
  const keys = parts.map((p) => p.key);

  return {
    className: 'RandomColorJitter',
    version,
    config: { ...args },
    activeAtInference: false,

    sample: (shape: BatchShape, rng) => parts.map((p) => p.layer.sample(shape, rng)),

    apply(images, t, training) {
      let current = float32Copy(images);
      if (!training || !t) return current;
      try {
        parts.forEach((p, i) => {
          const next: tf.Tensor4D = p.layer.apply(current, t[i], true, 'float32');
          current.dispose();
          current = next;
        });
      } catch (err) {
        current.dispose();
        throw err;
      }
      return current;
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    describeSample(t, index) {
      return Object.assign({}, ...parts.map((p, i) => p.layer.describeSample(t[i], index))) as SampleParams;
    },

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomColorJitter', json, keys);
      return parts.map((p) => p.layer.parseTransformation({ [p.key]: obj[p.key] }, shape));
    },

    outputRange: (input) => parts.reduce((range, p) => p.layer.outputRange(range), input),

    describe(context: DescribeContext): LayerDescription {
      const details = parts.flatMap((p, i) => {
        const input = context.inputRange;
        const before = input && parts.slice(0, i).reduce((range, q) => q.layer.outputRange(range), input);
        return p.layer.describe({ ...context, ...(before ? { inputRange: before } : {}) }).details;
      });
      return {
        summary: parts.length
          ? phrase('Applies {0} while training, always in this order.', parts.map((p) => p.layer.className).join(' → '))
          : phrase('No factor is given, so the layer changes nothing.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only. The docstring says the adjustments come in random order; the code applies them in the fixed order brightness → contrast → saturation → hue.')],
      };
    },
  };
}

export const randomColorJitter: LayerFactory = { className: 'RandomColorJitter', versions: [3], create };
