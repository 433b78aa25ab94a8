// The adjust_* / random_* / stateless_random_* triples of TF's colour functions (brightness,
// contrast, hue, saturation): adjust_x(image, v) applies one value; random_x and
// stateless_random_x draw it uniformly per call, and the engine calls them per image (a map
// function before .batch()). All work in float32, integer images round-tripping through
// convert_image_dtype (floatRoundTrip.ts); the seed is not read (the preview draws its own).
import type { KerasVersion, Value } from '../../../pipeline/model';
import { f32 } from '../../kernels/float32';
import type { ImageBatchShape } from '../../kernels/imageBatch';
import { mapBatch } from '../../tensors';
import type { DescribeContext, LayerDescription, Phrase } from '../description';
import type { ConfiguredLayer } from '../layer';
import { uniformDraws, type PerImageNumbers } from '../perImageDraws';
import { inFloat32 } from './floatRoundTrip';
import { perCallNumber, SEED_NOT_REPRODUCED, TF_FUNCTION_INFERENCE, type FunctionFactory } from './tfFunction';

export type ColorKind = 'adjust' | 'random' | 'stateless';

export interface ColorFamily {
  /** "brightness": the functions are tf.image.adjust_brightness, random_brightness, stateless_random_brightness. */
  readonly name: string;
  /** The drawn value's name in labels and stated transformations. */
  readonly key: string;
  /** [lo, hi] of the value (lo = hi for adjust_x), checked with TF's messages. */
  readonly range: (kind: ColorKind, args: Readonly<Record<string, Value>>) => readonly [number, number];
  /** Whether the conversion back to an integer dtype saturates (adjust_brightness/contrast do). */
  readonly saturate: boolean;
  /** Checks of the input TF's op makes (channel count), before anything is computed. */
  readonly checkInput?: (shape: ImageBatchShape) => void;
  /** The float32 computation, one value per image, into new memory (`values` may be the input's own). */
  readonly kernel: (values: Float32Array, shape: ImageBatchShape, perImage: Float32Array) => Float32Array;
  /** Summary and details for these values (the seed note and inference are added). */
  readonly describe: (kind: ColorKind, lo: number, hi: number, context: DescribeContext) => { summary: Phrase; details: Phrase[] };
}

function create(family: ColorFamily, kind: ColorKind, className: string, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  const [lo, hi] = family.range(kind, args);
  const fixed = (n: number) => new Float32Array(n).fill(f32(lo));
  return {
    ...perCallNumber(className, version, args, family.key, kind === 'adjust', (rng, n) => (kind === 'adjust' ? fixed(n) : uniformDraws(rng, n, lo, hi))),

    apply(images, t, _training, dtype = 'float32') {
      const perImage = kind === 'adjust' ? fixed(images.shape[0]) : t?.values;
      if (!perImage) throw new Error(`${className}: apply needs the drawn values`);
      return mapBatch(images, (values, shape) => {
        family.checkInput?.(shape);
        return inFloat32(values, dtype, family.saturate, values.length / shape.batch, (float) => family.kernel(float, shape, perImage));
      });
    },

    outputDtype: (dtype) => dtype,
    // TF does not clip, but the images stay on their scale (0–1 or 0–255): the nominal range is
    // that scale, and the display clips the overshoot as image viewers do.
    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const { summary, details } = family.describe(kind, lo, hi, context);
      return { summary, details: kind === 'stateless' ? [...details, SEED_NOT_REPRODUCED] : details, inference: TF_FUNCTION_INFERENCE, versionNotes: [] };
    },
  };
}

/** The three functions of a family. */
export function colorFunctions(family: ColorFamily): Record<ColorKind, FunctionFactory> {
  const make = (kind: ColorKind, prefix: string): FunctionFactory => {
    const className = `tf.image.${prefix}_${family.name}`;
    return { className, versions: [2, 3], create: (args, version) => create(family, kind, className, args, version) };
  };
  return { adjust: make('adjust', 'adjust'), random: make('random', 'random'), stateless: make('stateless', 'stateless_random') };
}
