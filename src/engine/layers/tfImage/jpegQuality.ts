// tf.image.adjust_jpeg_quality(image, jpeg_quality, dct_method=""), random_jpeg_quality(image,
// min_jpeg_quality, max_jpeg_quality) and stateless_random_jpeg_quality(..., seed): the image
// saturated to uint8 (convert_image_dtype), encoded as a JPEG at that quality and decoded again
// with libjpeg-turbo's exact integer arithmetic (kernels/jpegRoundTrip.ts), converted back to its
// dtype. The random ones draw an integer quality from [min, max) per call (image). TF's op takes
// one image (rank 3) with 1 or 3 channels.
import type { KerasVersion, Value } from '../../../pipeline/model';
import { convertImageDtype } from '../../kernels/convertImageDtype';
import { jpegRoundTrip, type JpegDctMethod } from '../../kernels/jpegRoundTrip';
import { mapBatch } from '../../tensors';
import { phrase, type DescribeContext, type LayerDescription } from '../description';
import { LayerConfigError, type ConfiguredLayer } from '../layer';
import type { PerImageNumbers } from '../perImageDraws';
import { arrivesAbove1 } from './scaleNotes';
import { tfInt } from './tfArgs';
import { perCallNumber, SEED_NOT_REPRODUCED, TF_FUNCTION_INFERENCE, type FunctionFactory } from './tfFunction';

type Kind = 'adjust' | 'random' | 'stateless';

const KEY = 'jpeg_quality';

/** DecodeJpeg's dct_method: "" (TF's default) and "INTEGER_FAST" are the fast IDCT. */
function dctMethod(value: Value | undefined): JpegDctMethod {
  if (value === '' || value === 'INTEGER_FAST') return 'fast';
  if (value === 'INTEGER_ACCURATE') return 'accurate';
  throw new LayerConfigError(`dct_method must be one of {'', 'INTEGER_FAST', 'INTEGER_ACCURATE'}`);
}

/** [lowest, highest] quality: the one of adjust_, or random_'s [min, max) with TF's checks. */
function qualityRange(kind: Kind, args: Readonly<Record<string, Value>>): [number, number] {
  if (kind === 'adjust') {
    const q = tfInt(args.jpeg_quality);
    if (q < 0 || q > 100) throw new LayerConfigError(`quality must be in [0,100], got ${q}`);
    return [q, q];
  }
  const min = tfInt(args.min_jpeg_quality);
  const max = tfInt(args.max_jpeg_quality);
  if (min < 0 || max < 0 || min > 100 || max > 100) throw new LayerConfigError('jpeg encoding range must be between 0 and 100.');
  if (min >= max) throw new LayerConfigError('`min_jpeg_quality` must be less than `max_jpeg_quality`.');
  return [min, max - 1];
}

function create(kind: Kind, className: string, args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<PerImageNumbers> {
  const [lo, hi] = qualityRange(kind, args);
  const method = kind === 'adjust' ? dctMethod(args.dct_method) : 'fast';
  const head = perCallNumber(className, version, args, KEY, kind === 'adjust', (rng, n) => Float32Array.from({ length: n }, () => (kind === 'adjust' ? lo : rng.int(lo, hi + 1))));

  return {
    ...head,
    parseTransformation(json, shape) {
      const t = head.parseTransformation(json, shape);
      const bad = t.values.findIndex((q) => !Number.isInteger(q) || q < 0 || q > 100);
      if (bad >= 0) throw new LayerConfigError(`${className} transformation: "${KEY}" must hold whole numbers from 0 to 100; entry ${bad} is ${t.values[bad]}`);
      return t;
    },

    apply(images, t, _training, dtype = 'float32') {
      const [batch, height, width, channels] = images.shape;
      if (channels !== 1 && channels !== 3) throw new LayerConfigError(`image must have 1 or 3 channels, got [${height},${width},${channels}]`);
      const qualities = kind === 'adjust' ? new Float32Array(batch).fill(lo) : t?.values;
      if (!qualities) throw new Error(`${className}: apply needs the drawn qualities`);
      return mapBatch(images, (values) => {
        const imageLength = values.length / batch;
        const bytes = convertImageDtype(values, dtype, 'uint8', true, new Float32Array(values.length), imageLength);
        for (let i = 0; i < batch; i++) {
          const image = bytes.subarray(i * imageLength, (i + 1) * imageLength);
          jpegRoundTrip(image, height, width, channels, qualities[i], method, image);
        }
        return convertImageDtype(bytes, 'uint8', dtype, true, bytes, imageLength);
      });
    },

    outputDtype: (dtype) => dtype,
    outputRange: (range) => range,

    describe(context: DescribeContext): LayerDescription {
      const details = [
        ...(kind === 'adjust' ? [] : [phrase('One quality per call: a map function that runs before .batch() draws one for every image.')]),
        phrase('TF encodes with libjpeg-turbo: colours as YCbCr with the chroma halved both ways, 8×8 blocks quantised by the standard tables scaled to the quality.'),
        ...(arrivesAbove1(context) ? [phrase('The images reach it above 1: as float images they are read as [0, 1], so most values overflow the dtype.')] : []),
        ...(kind === 'stateless' ? [SEED_NOT_REPRODUCED] : []),
      ];
      return {
        summary:
          kind === 'adjust'
            ? phrase('Compresses every image as a JPEG at quality {0} and decodes it again.', lo)
            : phrase('Compresses each image as a JPEG at a random quality from {0} to {1} and decodes it again.', lo, hi),
        details,
        inference: TF_FUNCTION_INFERENCE,
        versionNotes: [],
      };
    },
  };
}

function factory(kind: Kind): FunctionFactory {
  const className = `tf.image.${kind === 'adjust' ? 'adjust' : kind === 'random' ? 'random' : 'stateless_random'}_jpeg_quality`;
  return { className, versions: [2, 3], create: (args, version) => create(kind, className, args, version) };
}

export const adjustJpegQuality = factory('adjust');
export const randomJpegQuality = factory('random');
export const statelessRandomJpegQuality = factory('stateless');
