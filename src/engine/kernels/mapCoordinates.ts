// Keras 3's map_coordinates on the TF backend (backend/tensorflow/image.py), which its elastic
// transform calls per image and channel; it is not ImageProjectiveTransformV3. Order 1 blends the
// four integer nodes around each point, order 0 takes tf.round (half to even). The fill mode is
// applied to each integer node, not to the coordinate: reflect takes |index| first, so −1 reads 1
// (the projective kernel reads 0); wrap is a true modulo; constant reads fill_value for a node
// outside and blends it in. Weights and sums are float32 as TF computes them.
import { f32 } from './float32';
import type { ImageBatchShape } from './imageBatch';
import { roundHalfToEven } from './saturateCast';

export type MapFillMode = 'constant' | 'nearest' | 'wrap' | 'reflect';

/** An integer node mapped into [0, size) and whether it is valid (only constant mode has invalid nodes). */
function fixIndex(i: number, size: number, mode: MapFillMode): number {
  switch (mode) {
    case 'constant':
    case 'nearest':
      return i < 0 ? 0 : i >= size ? size - 1 : i;
    case 'wrap':
      return ((i % size) + size) % size;
    case 'reflect': {
      const m = Math.abs(i) % (2 * size);
      return m < size ? m : 2 * size - m - 1;
    }
  }
}

/** The (up to) two integer nodes of one coordinate on one axis. */
interface AxisNodes {
  readonly node: Int32Array;
  readonly weight: Float32Array;
  readonly valid: Uint8Array;
}

const axisNodes = (): AxisNodes => ({ node: new Int32Array(2), weight: new Float32Array(2), valid: new Uint8Array(2) });

/**
 * Samples each image of `images` at its own points (ys, xs: the same number per image; for a
 * warp, one per pixel) and returns batch × points × channels values.
 */
export function mapCoordinates(
  images: Float32Array,
  shape: ImageBatchShape,
  ys: Float32Array,
  xs: Float32Array,
  order: 0 | 1,
  fillMode: MapFillMode,
  fillValue: number,
): Float32Array {
  const { batch, height, width, channels } = shape;
  const points = ys.length / batch;
  if (!Number.isInteger(points) || xs.length !== ys.length) throw new Error(`mapCoordinates: ${ys.length} y and ${xs.length} x values for ${batch} images`);
  const out = new Float32Array(batch * points * channels);
  const fill = f32(fillValue);
  const constant = fillMode === 'constant';
  const nodes = order === 1 ? 2 : 1;
  const y = axisNodes(), x = axisNodes();
  const place = (c: number, size: number, a: AxisNodes) => {
    if (order === 1) {
      const lower = Math.floor(c);
      a.weight[1] = f32(c - lower);
      a.weight[0] = f32(1 - a.weight[1]);
      a.node[0] = lower;
      a.node[1] = lower + 1;
    } else {
      a.node[0] = roundHalfToEven(c);
      a.weight[0] = 1;
    }
    for (let k = 0; k < nodes; k++) {
      a.valid[k] = !constant || (a.node[k] >= 0 && a.node[k] < size) ? 1 : 0;
      a.node[k] = fixIndex(a.node[k], size, fillMode);
    }
  };
  for (let b = 0; b < batch; b++) {
    const src = b * height * width * channels;
    for (let p = 0; p < points; p++) {
      place(ys[b * points + p], height, y);
      place(xs[b * points + p], width, x);
      const dst = (b * points + p) * channels;
      for (let ch = 0; ch < channels; ch++) {
        let sum = 0;
        for (let i = 0; i < nodes; i++) {
          for (let j = 0; j < nodes; j++) {
            const value = y.valid[i] && x.valid[j] ? images[src + (y.node[i] * width + x.node[j]) * channels + ch] : fill;
            sum = f32(sum + f32(f32(y.weight[i] * x.weight[j]) * value));
          }
        }
        out[dst + ch] = sum;
      }
    }
  }
  return out;
}
