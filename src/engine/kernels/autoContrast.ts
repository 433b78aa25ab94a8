// AutoContrast's stretch (keras-layers.md §2.23) on values already in [0, 255]: per image and
// channel, y = clip(x·s − lo·s, 0, 255) with s = 255/(hi − lo), in float32. A constant channel
// gives NaN (255/0 · 0 − ...), which Keras replaces by the original input: `nan` marks those.
import { f32 } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';
import { clip } from './valueRange';

/** Stretches in place; values of constant channels become NaN for the caller to restore. */
export function autoContrast(values: Float32Array, shape: ImageBatchShape): Float32Array {
  assertBatchLength(values, shape, 'autoContrast values');
  const { batch, channels } = shape;
  const imageLength = values.length / batch;
  for (let b = 0; b < batch; b++) {
    const end = (b + 1) * imageLength;
    for (let c = 0; c < channels; c++) {
      let low = Infinity;
      let high = -Infinity;
      for (let i = b * imageLength + c; i < end; i += channels) {
        const v = values[i];
        if (v < low) low = v;
        if (v > high) high = v;
      }
      const scale = f32(255 / f32(high - low));
      const offset = f32(-low * scale);
      for (let i = b * imageLength + c; i < end; i += channels) {
        const v = f32(f32(values[i] * scale) + offset);
        values[i] = clip(v, 0, 255);
      }
    }
  }
  return values;
}
