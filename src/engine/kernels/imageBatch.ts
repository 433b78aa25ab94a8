// The layout every kernel here works on: a batch of images stored NHWC (channels last),
// row-major, in one Float32Array, as TF and TF.js store them.

export interface ImageBatchShape {
  readonly batch: number;
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export function batchElementCount(shape: ImageBatchShape): number {
  return shape.batch * shape.height * shape.width * shape.channels;
}

/** Throws when `data` cannot hold `shape`: a caller bug, not user input. */
export function assertBatchLength(data: ArrayLike<number>, shape: ImageBatchShape, what: string): void {
  const expected = batchElementCount(shape);
  if (data.length !== expected) {
    throw new Error(`${what}: expected ${expected} values for ${shape.batch}x${shape.height}x${shape.width}x${shape.channels}, got ${data.length}`);
  }
}
