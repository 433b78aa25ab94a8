// Small fixtures for the engine's unit tests.
import type { ImageBatchShape } from '../../../src/engine/kernels/imageBatch';
import type { Rng } from '../../../src/engine/rng';
import { SeededRng } from '../../../src/engine/rng';

/** Deterministic pseudo-random float32 pixels in [0, 255). */
export function randomPixels(shape: ImageBatchShape, seed = 1): Float32Array {
  const rng = new SeededRng(seed);
  return Float32Array.from({ length: shape.batch * shape.height * shape.width * shape.channels }, () => rng.uniform(0, 255));
}

/** Index of (b, y, x, c) in an NHWC array. */
export function at(shape: ImageBatchShape, b: number, y: number, x: number, c: number): number {
  return ((b * shape.height + y) * shape.width + x) * shape.channels + c;
}

/** An Rng that counts its uniform draws. */
export class CountingRng implements Rng {
  draws = 0;
  private readonly inner: SeededRng;
  constructor(seed = 1) {
    this.inner = new SeededRng(seed);
  }
  uniform(lo?: number, hi?: number): number {
    this.draws++;
    return this.inner.uniform(lo, hi);
  }
  int(lo: number, hi: number): number {
    this.draws++;
    return this.inner.int(lo, hi);
  }
  normal(): number {
    this.draws++;
    return this.inner.normal();
  }
}

export function shapeOf(batch: number, height: number, width: number, channels: number): ImageBatchShape {
  return { batch, height, width, channels };
}
