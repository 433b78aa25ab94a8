// keras.layers.CutMix (Keras 3 only; keras-layers.md §2.29): each image gets a rectangle pasted
// from a partner image of the batch, at the same place. Draw order: α = U(factor) + 1e-6 once per
// batch, λ ~ Beta(α, α) per image, the box's x start then y start per image (its sides are
// √(1 − λ) of the image's), then the permutation. Labels would be mixed by the area kept.
// Unbatched input is a no-op in Keras; here it is a batch of one, mixed with itself: the same.
// Training off: the input as float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { copyBox, type Box } from '../kernels/boxes';
import { f32 } from '../kernels/float32';
import { betaSamples, shuffledIndices } from '../randomDistributions';
import type { Rng } from '../rng';
import { float32Copy, mapBatch } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { BatchShape, ConfiguredLayer, LayerFactory } from './layer';
import { isPartnerIndex, partnerPhrase } from './partners';
import { boxAreaFraction, boxFromList, boxList, drawnBox, isBoxList } from './randomBoxes';
import { perImageList, transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';

export interface CutMixTransformation {
  /** Per image, the image its patch comes from. */
  readonly partners: readonly number[];
  /** Per image, where the patch goes (and comes from), in pixels. */
  readonly boxes: readonly Box[];
  /** The image size the boxes were drawn for. */
  readonly height: number;
  readonly width: number;
}

const EPSILON32 = f32(1e-6);

/** The patch's side as a fraction of the image's: √(1 − λ), in float32. */
export const cutMixSideRatio = (lambda: number): number => f32(Math.sqrt(f32(1 - lambda)));

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<CutMixTransformation> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor ?? null, [0, 1]);
  const lo = f32(lower);
  const hi = f32(upper);

  return {
    className: 'CutMix',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng): CutMixTransformation {
      const { batch, height, width } = shape;
      const alpha = f32(f32(rng.uniform(lo, hi)) + EPSILON32);
      const lambdas = betaSamples(rng, batch, alpha, alpha);
      const ratios = Array.from(lambdas, cutMixSideRatio);
      const ux = ratios.map(() => f32(rng.uniform()));
      const uy = ratios.map(() => f32(rng.uniform()));
      const partners = shuffledIndices(rng, batch);
      const boxes = ratios.map((r, b) => drawnBox(r, r, ux[b], uy[b], height, width));
      return { partners, boxes, height, width };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      return mapBatch(images, (values, shape) => {
        const out = values.slice();
        t.boxes.forEach((box, b) => copyBox(out, values, shape, b, t.partners[b], box));
        return out;
      });
    },

    describeSample: (t, index) => ({
      partner: t.partners[index],
      box: boxList(t.boxes[index]),
      // Keras's `mix_weight`: the share of the label that stays the image's own.
      lambda: f32(1 - boxAreaFraction(t.boxes[index], t.height, t.width)),
    }),

    parseTransformation(json, shape) {
      const obj = transformationObject('CutMix', json, ['partner', 'box']);
      const partners = perImageList('CutMix', obj, 'partner', shape.batch, isPartnerIndex(shape.batch), `image indices in [0, ${shape.batch})`);
      const boxes = perImageList('CutMix', obj, 'box', shape.batch, isBoxList, 'boxes [x0, y0, x1, y1]').map(boxFromList);
      return { partners, boxes, height: shape.height, width: shape.width };
    },

    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const details = [
        phrase('Each image gets a rectangle cut from its partner pasted at the same place. Its sides are √(1 − λ) of the image\'s, with λ ~ Beta(α, α) per image and α drawn once per batch from {0} to {1} (+ 1e-6).', lower, upper),
        phrase('The patch covers 1 − λ of the image: half of it on average, anywhere from a sliver to nearly all of it.'),
        partnerPhrase,
      ];
      const size = context.inputSize;
      if (size) {
        const side = Math.SQRT1_2;
        details.push(phrase('At {0}×{1} px, a patch covering half the image is about {2}×{3} px.', size.width, size.height, Math.round(side * size.width), Math.round(side * size.height)));
      }
      details.push(phrase('Labels are mixed by area: λ = 1 − patch area / image area; the preview shows the images.'));
      return { summary: phrase('Pastes a patch of another image of the batch into each image (CutMix) while training.'), details, inference: UNCHANGED_AT_INFERENCE, versionNotes: [] };
    },
  };
}

export const cutMix: LayerFactory = { className: 'CutMix', versions: [3], create };
