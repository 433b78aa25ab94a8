// Channel-count checks of TF's colour ops, with the op's message (the engine raises it as the
// function is applied, as TF does).
import type { ImageBatchShape } from '../../kernels/imageBatch';
import { LayerConfigError } from '../layer';

/** AdjustHue / AdjustSaturation: exactly 3 channels. */
export function requireThreeChannels(shape: ImageBatchShape): void {
  if (shape.channels !== 3) throw new LayerConfigError(`input must have 3 channels but instead has ${shape.channels} channels.`);
}
