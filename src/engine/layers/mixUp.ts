// keras.layers.MixUp (Keras 3 only; keras-layers.md §2.28): each image is blended with a partner
// from the same batch, image b → λ_b·x_b + (1 − λ_b)·x_perm[b]. Draw order: the permutation
// (shuffle), then λ ~ Beta(α, α) per image. Keras validates nothing in the constructor; α < 0
// makes every λ NaN, and α = 0 makes every λ 0.5 (TF's gamma clamps at FLT_MIN). Training off:
// the input unchanged, in its own dtype.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { mixWithPartners } from '../kernels/mix';
import { betaSamples, shuffledIndices } from '../randomDistributions';
import type { Rng } from '../rng';
import { float32Copy, mapBatch } from '../tensors';
import { symmetricBetaCdf } from './betaCdf';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { isFiniteNumber, perImageList, transformationObject } from './transformationJson';
import { isPartnerIndex, partnerPhrase } from './partners';
import { checkDataFormat, requireNumber } from './validation';

export interface MixUpTransformation {
  /** Per image, the index of the image it is mixed with. */
  readonly partners: readonly number[];
  /** Per image, the weight λ of the image itself (float32). */
  readonly lambdas: Float32Array;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<MixUpTransformation> {
  checkDataFormat(args.data_format);
  // Keras only fails when called (a TF conversion error); the engine says so up front.
  const alpha = requireNumber('MixUp', 'alpha', args.alpha);
  const alpha32 = f32(alpha);

  return {
    className: 'MixUp',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng): MixUpTransformation {
      const partners = shuffledIndices(rng, shape.batch);
      return { partners, lambdas: betaSamples(rng, shape.batch, alpha32, alpha32) };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      return mapBatch(images, (values, shape) => mixWithPartners(values, shape, t.partners, t.lambdas));
    },

    // Unlike most layers, MixUp only casts when it mixes: at inference an integer batch stays integer.
    outputDtype: (input, training) => (training ? 'float32' : input),

    describeSample: (t, index) => ({ lambda: t.lambdas[index], partner: t.partners[index] }),

    parseTransformation(json, shape) {
      const obj = transformationObject('MixUp', json, ['lambda', 'partner']);
      const lambdas = perImageList('MixUp', obj, 'lambda', shape.batch, isFiniteNumber, 'numbers');
      const partners = perImageList('MixUp', obj, 'partner', shape.batch, isPartnerIndex(shape.batch), `image indices in [0, ${shape.batch})`);
      return { partners, lambdas: Float32Array.from(lambdas) };
    },

    // A convex combination of images in the range stays in it.
    outputRange: (range) => range,

    describe(): LayerDescription {
      const nearlyUnmixed = 2 * symmetricBetaCdf(0.1, alpha32);
      const details = [
        phrase('Each image becomes λ × itself + (1 − λ) × its partner; λ is drawn per image from Beta({0}, {0}), whose mean is 0.5.', alpha),
        partnerPhrase,
      ];
      if (!(alpha >= 0)) details.push(phrase('With alpha = {0} the Beta draw is NaN in Keras, so every image comes out NaN.', alpha));
      else if (alpha === 0) details.push(phrase('With alpha = 0, TensorFlow draws λ = 0.5 every time: each image is an even blend of two.'));
      else details.push(phrase('With alpha = {0}, {1} % of images keep more than 90 % of one image (λ below 0.1 or above 0.9).', alpha, Math.round(nearlyUnmixed * 100)));
      details.push(phrase('Labels are mixed with the same λ; the preview shows the images.'));
      return { summary: phrase('Blends each image with another image of the batch (MixUp) while training.'), details, inference: UNCHANGED_AT_INFERENCE, versionNotes: [] };
    },
  };
}

export const mixUp: LayerFactory = { className: 'MixUp', versions: [3], create };
