// tf.image.adjust_gamma's pixels: gain · x^gamma, the power and the product each in float32.
import { f32 } from './float32';

export function adjustGamma(values: Float32Array, gamma: number, gain: number, out: Float32Array = new Float32Array(values.length)): Float32Array {
  const g = f32(gamma);
  const k = f32(gain);
  for (let i = 0; i < values.length; i++) out[i] = f32(k * f32(Math.pow(values[i], g)));
  return out;
}
