// TF's adjust_* functions work on float images: a float32 image is used as it is, any other is
// converted with convert_image_dtype (uint8 0–255 becomes 0–1) and converted back afterwards,
// saturating or not as each function says.
import { convertImageDtype } from '../../kernels/convertImageDtype';
import type { KerasDtype } from '../layer';

/** `op` must not write over the values it gets: for a float32 image they are the input's own. */
export function inFloat32(values: Float32Array, dtype: KerasDtype, saturate: boolean, imageLength: number, op: (float: Float32Array) => Float32Array): Float32Array {
  if (dtype === 'float32') return op(values);
  const result = op(convertImageDtype(values, dtype, 'float32', false));
  return convertImageDtype(result, 'float32', dtype, saturate, result, imageLength);
}
