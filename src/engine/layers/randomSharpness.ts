// keras.layers.RandomSharpness (keras-layers.md §2.19, Keras 3 only): u ~ U(lo, hi) per image with
// the (0, 1) parse; smooth = 3×3 kernel [[1,1,1],[1,5,1],[1,1,1]]/13 with zero padding (borders
// darken); y = clip(x + (1 − 2u)·(smooth − x), value_range), float32. u < 0.5 blurs, u = 0.5 keeps,
// u > 0.5 sharpens, so a scalar f ≤ 0.5 never sharpens. Training off: the input cast to float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { depthwiseConvSame, type Kernel2d } from '../kernels/depthwiseConv';
import { f32 } from '../kernels/float32';
import { clip, type Range } from '../kernels/valueRange';
import { float32Copy, mapBatch } from '../tensors';
import { clipRange, clippedTo, percent } from './colorDescription';
import { phrase, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import type { ConfiguredLayer, LayerFactory } from './layer';
import { perImageNumberParts, uniformDraws, type PerImageNumbers } from './perImageDraws';
import { checkDataFormat } from './validation';
import { checkedValueRange } from './valueRangeArg';


const A = f32(1 / 13);
const B = f32(5 / 13);
const SMOOTH: Kernel2d = { rows: 3, cols: 3, weights: Float32Array.of(A, A, A, A, B, A, A, A, A) };

function sharpen(values: Float32Array, smooth: Float32Array, imageLength: number, factors: Float32Array, range: Range): Float32Array {
  const lo = f32(range[0]), hi = f32(range[1]);
  for (let b = 0; b < factors.length; b++) {
    const weight = f32(1 - f32(factors[b] * 2));
    for (let i = b * imageLength, end = i + imageLength; i < end; i++) {
      const x = values[i];
      smooth[i] = clip(f32(x + f32(weight * f32(smooth[i] - x))), lo, hi);
    }
  }
  return smooth;
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  checkDataFormat(args.data_format);
  const [lower, upper] = keras3SetFactor(args.factor, [0, 1]);
  const valueRange = checkedValueRange(args.value_range, version);

  return {
    className: 'RandomSharpness',
    version,
    config: { ...args },
    activeAtInference: false,

    // Per image, Keras's draw u (0.5 leaves the image as it is).
    ...perImageNumberParts('RandomSharpness', 'sharpness_factor', (rng, n) => uniformDraws(rng, n, lower, upper)),

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const imageLength = images.size / images.shape[0];
      return mapBatch(images, (values, shape) => sharpen(values, depthwiseConvSame(values, shape, SMOOTH), imageLength, t.values, valueRange));
    },

    outputRange(input) {
      // Zero padding can pull border values to 0; sharpening overshoots by up to (2u − 1)·span.
      const over = Math.max(0, 2 * upper - 1) * (input[1] - input[0]);
      return clipRange([Math.min(input[0], 0) - over, Math.max(input[1], 0) + over], valueRange);
    },

    describe(): LayerDescription {
      // The strongest blur weight is 1 − 2·lower; a corner keeps 8/13 of a flat image under the kernel.
      const weights = [1 - 2 * upper, 1 - 2 * lower];
      const details = [
        phrase('Each image is blended with a 3×3 blurred copy by (1 − 2u), u drawn from [{0}, {1}]: u below 0.5 blurs, 0.5 leaves the image, above 0.5 sharpens.', lower, upper),
        upper <= 0.5
          ? phrase('Here u never exceeds 0.5, so images are only ever blurred (a single factor f means [0, f] in Keras 3).')
          : lower >= 0.5
            ? phrase('Here u is at least 0.5, so images are only ever sharpened.')
            : phrase('About {0} % of images are sharpened, the rest blurred.', percent((upper - 0.5) / (upper - lower))),
        phrase('The blur pads with zeros, so edge pixels are pulled towards 0 (up to {0} % darker at the corners when fully blurred).', percent((5 / 13) * Math.max(0, weights[1]))),
        clippedTo(valueRange),
      ];
      return {
        summary: phrase('Sharpens or blurs each image by a random amount while training.'),
        details,
        inference: phrase('At inference (training=False) images pass through unchanged (cast to float32).'),
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const randomSharpness: LayerFactory = { className: 'RandomSharpness', versions: [3], create };
