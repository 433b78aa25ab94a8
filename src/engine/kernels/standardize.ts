// tf.image.per_image_standardization: (x − mean) / max(stddev, 1/√N) per image, N = H·W·C, in
// float32. TF reduces in float32 with Eigen's tree sums; the sums here are in double and rounded
// once, within an ulp of TF's.
import { f32 } from './float32';

export function standardizeImages(values: Float32Array, imageLength: number, out: Float32Array = new Float32Array(values.length)): Float32Array {
  const minStd = f32(1 / Math.sqrt(f32(imageLength)));
  for (let start = 0; start < values.length; start += imageLength) {
    const end = start + imageLength;
    let sum = 0;
    for (let i = start; i < end; i++) sum += values[i];
    const mean = f32(sum / imageLength);
    // reduce_std: the square root of the mean squared deviation from the float32 mean.
    let squares = 0;
    for (let i = start; i < end; i++) {
      const d = f32(values[i] - mean);
      squares += f32(d * d);
    }
    const std = f32(Math.sqrt(f32(squares / imageLength)));
    const divisor = Math.max(std, minStd);
    for (let i = start; i < end; i++) out[i] = f32(f32(values[i] - mean) / divisor);
  }
  return out;
}
