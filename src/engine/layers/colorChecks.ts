// Input checks of the colour layers, with the message Keras (or the TF op under it) fails with
// when called, so the CLI reports what Keras would.
import type { KerasDtype } from './layer';
import { LayerConfigError } from './layer';

/** TF's RGBToHSV op: exactly 3 channels. */
export function requireRgb(layer: string, channels: number): void {
  if (channels !== 3) throw new LayerConfigError(`${layer}: input must have 3 channels but input only has ${channels} channels.`);
}

/** Keras's rgb_to_grayscale: 1 channel (returned as is) or 3. */
export function requireGrayOrRgb(layer: string, shape: readonly number[]): void {
  if (shape[3] !== 1 && shape[3] !== 3) {
    throw new LayerConfigError(
      `${layer}: Invalid channel size: expected 3 (RGB) or 1 (Grayscale). Received input with shape: images.shape=(${shape.join(', ')})`,
    );
  }
}

/** Keras's rgb_to_hsv on an integer tensor. */
export function requireFloat(layer: string, dtype: KerasDtype): void {
  if (dtype !== 'float32') throw new LayerConfigError(`${layer}: Invalid images dtype: expected float dtype. Received: images.dtype=${dtype}`);
}
