// tf.image.convert_image_dtype(image, dtype, saturate=False): to float32 (integers scaled to
// [0, 1]), uint8 or int32 (floats scaled by max + 0.5 and truncated; integers by the ratio of
// maxima), clipped first when `saturate` (kernels/convertImageDtype.ts). The engine holds images as
// float32, uint8 or int32: other targets (float16, float64, int16...) are not previewed.
import type { Value } from '../../../pipeline/model';
import { convertImageDtype as convertValues } from '../../kernels/convertImageDtype';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { LayerConfigError, UnsupportedLayerError, type KerasDtype } from '../layer';
import { pyRepr } from '../python';
import { arrivesAbove1 } from './scaleNotes';
import { fixedFunction } from './tfFunction';

const NAME = 'tf.image.convert_image_dtype';

/** tf.as_dtype's names for the dtypes the engine holds. */
const HELD: Readonly<Record<string, KerasDtype>> = { float32: 'float32', float: 'float32', uint8: 'uint8', int32: 'int32' };
/** Image dtypes TF converts to that the engine cannot hold exactly. */
const OTHER_NUMERIC = new Set(['float16', 'half', 'bfloat16', 'float64', 'double', 'int8', 'int16', 'int64', 'uint16', 'uint32', 'uint64']);
/** Dtypes TF knows that are no image dtype (its AttributeError). */
const NOT_NUMERIC = new Set(['bool', 'string', 'complex64', 'complex128', 'qint8', 'quint8', 'qint16', 'quint16', 'qint32', 'resource', 'variant']);

function targetDtype(value: Value | undefined): KerasDtype {
  const name = typeof value === 'string' ? value : undefined;
  if (name !== undefined && name in HELD) return HELD[name];
  if (name !== undefined && OTHER_NUMERIC.has(name)) {
    throw new UnsupportedLayerError(`${NAME}: dtype=${name} is not previewed: the engine holds images as float32, uint8 or int32 only`);
  }
  if (name !== undefined && NOT_NUMERIC.has(name)) throw new LayerConfigError('dtype must be either floating point or integer');
  throw new LayerConfigError(`Cannot convert the argument \`type_value\`: ${pyRepr(value ?? null)} to a TensorFlow DType.`);
}

export const convertImageDtype = fixedFunction(NAME, (args) => {
  const target = targetDtype(args.dtype);
  const saturate = Boolean(args.saturate);
  return {
    apply: (images, dtype) => mapBatch(images, (values) => convertValues(values, dtype, target, saturate, new Float32Array(values.length), values.length / images.shape[0])),
    outputDtype: () => target,
    // Integers become [0, 1] floats (uint8 divided by 255); floats to float32 stay as they are.
    outputRange: (range, dtype) => {
      if (target === 'uint8') return [0, 255];
      if (target === 'int32') return [-2147483648, 2147483647];
      const max = dtype === 'uint8' ? 255 : dtype === 'int32' ? 2147483647 : 1;
      return [range[0] / max, range[1] / max];
    },
    describe(context) {
      const details =
        target === 'float32'
          ? [phrase('Integer images are scaled to [0, 1] (uint8: divided by 255); float32 images pass through unchanged.')]
          : [
              target === 'uint8'
                ? phrase('Float images are read as [0, 1] and multiplied by 255.5, then truncated to whole numbers.')
                : phrase('Float images are read as [0, 1] and multiplied by 2147483647.5, then truncated to whole numbers.'),
              saturate
                ? phrase('Values beyond the dtype are clipped to it first (saturate=True).')
                : phrase('Values beyond the dtype are not clipped first (saturate=False): TF\'s CPU cast then saturates most uint8 values but wraps the last (size mod 32) of each image around, and turns out-of-range int32 values into −2147483648.'),
            ];
      if (target !== 'float32' && arrivesAbove1(context)) {
        details.push(phrase('The images reach it above 1: as float images they are read as [0, 1], so most values overflow the dtype.'));
      }
      return { summary: phrase('Converts every image to {0}, rescaling values between the dtypes\' ranges.', target), details };
    },
  };
});
