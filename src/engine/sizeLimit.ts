// The engine computes in memory, so a layer asked for an enormous output (Resizing(20000, 20000),
// an Input shape with a typo) would take minutes and gigabytes of the user's machine before
// failing. A batch stays within a budget: the preview skips a layer that would exceed it and
// scales an oversized model input down, and runLayers refuses anything larger up front.
import type { ImageBatchShape } from './kernels/imageBatch';

/** float32 values of one batch: 9 samples of 1,500 × 1,500 RGB fit (models rarely take more than 1,024²). */
export const MAX_BATCH_BYTES = 256 * 2 ** 20;

export function batchBytes(shape: ImageBatchShape): number {
  return shape.batch * shape.height * shape.width * shape.channels * 4;
}

/** The problem with a batch of this shape, or undefined when it fits the budget. */
export function oversizeProblem(what: string, shape: ImageBatchShape): string | undefined {
  const bytes = batchBytes(shape);
  if (bytes <= MAX_BATCH_BYTES) return undefined;
  const images = shape.batch === 1 ? 'an image' : `${shape.batch} images`;
  return `${what} would make ${images} of ${shape.width}×${shape.height} (${(bytes / 2 ** 30).toFixed(1)} GiB of float32 values), more than the preview computes at once (${MAX_BATCH_BYTES / 2 ** 20} MiB a batch)`;
}

/** A batch over the budget: the user's configuration, not a bug (shown as is). */
export class OversizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OversizeError';
  }
}

/** The largest size of the same aspect whose batch fits the budget (at least 1 × 1). */
export function fitWithinBudget(size: { width: number; height: number }, batch: number, channels: number): { width: number; height: number } {
  const shape = { batch, channels, ...size };
  if (batchBytes(shape) <= MAX_BATCH_BYTES) return size;
  const k = Math.sqrt(MAX_BATCH_BYTES / batchBytes(shape));
  return { width: Math.max(1, Math.floor(size.width * k)), height: Math.max(1, Math.floor(size.height * k)) };
}
