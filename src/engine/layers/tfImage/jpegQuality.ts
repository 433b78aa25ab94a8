// tf.image.adjust_jpeg_quality, random_jpeg_quality and stateless_random_jpeg_quality: TF encodes
// the image as a JPEG at the given quality with libjpeg-turbo (4:2:0 chroma) and decodes it again
// (fast integer DCT), so the result is that codec's exact rounding, block by block. The engine has
// no bit-exact copy of that codec, and an approximate one would show artefacts TF does not make,
// so these are reported as not previewed, after TF's own checks of the arguments.
import type { KerasVersion, Value } from '../../../pipeline/model';
import { LayerConfigError, UnsupportedLayerError, type ConfiguredLayer } from '../layer';
import { tfInt } from './tfArgs';
import type { FunctionFactory } from './tfFunction';

const WHY = "is not previewed: TF round-trips the image through libjpeg-turbo's JPEG encoder and decoder, whose exact output the engine cannot reproduce";

function checkQualityRange(args: Readonly<Record<string, Value>>): void {
  const min = tfInt(args.min_jpeg_quality);
  const max = tfInt(args.max_jpeg_quality);
  if (min < 0 || max < 0 || min > 100 || max > 100) throw new LayerConfigError('jpeg encoding range must be between 0 and 100.');
  if (min >= max) throw new LayerConfigError('`min_jpeg_quality` must be less than `max_jpeg_quality`.');
}

function factory(name: string, check: (args: Readonly<Record<string, Value>>) => void): FunctionFactory {
  const className = `tf.image.${name}`;
  return {
    className,
    versions: [2, 3],
    create(args: Readonly<Record<string, Value>>, _version: KerasVersion): ConfiguredLayer {
      check(args);
      throw new UnsupportedLayerError(`${className} ${WHY}`);
    },
  };
}

export const adjustJpegQuality = factory('adjust_jpeg_quality', (args) => void tfInt(args.jpeg_quality));
export const randomJpegQuality = factory('random_jpeg_quality', checkQualityRange);
export const statelessRandomJpegQuality = factory('stateless_random_jpeg_quality', checkQualityRange);
