// A batch's display form for the preview's tiles: each image's RGBA bytes (as toDisplayRgba
// makes them) and the batch's value extent (as valueExtent finds it), computed image by image
// and split across the image threads when large. On one thread this was a fifth of a render's
// CPU time in the engine worker (9 tiles at 256²: 9 ms, now 6.4 ms with the copies out).
import type { ImageBatchShape } from './kernels/imageBatch';
import { runImageJob, splitsBatch } from './parallel/imagePool';
import { batchWords } from './parallel/sharedBatch';

export interface DisplayBatch {
  /** Per image, its RGBA bytes in a buffer of its own (transferable). */
  readonly rgba: Uint8Array[];
  /** The smallest and largest values (NaN skipped), or [0, 0] when there is none. */
  readonly extent: [number, number];
}

// The words are copied out per tile, so scratch memory serves every call (fresh memory would cost
// its page faults each time): one shared for split batches, one ordinary for the others (the
// preview alternates between them: the grid, then the one-image inference stages).
const scratch: { shared?: Uint32Array; plain?: Uint32Array } = {};

export function displayBatch(values: Float32Array, shape: ImageBatchShape, range: readonly [number, number]): DisplayBatch {
  const pixels = shape.height * shape.width;
  const length = shape.batch * pixels;
  const kind = splitsBatch(values.length, shape.batch) ? 'shared' : 'plain';
  let memory = scratch[kind];
  if (!memory || memory.length < length) memory = scratch[kind] = batchWords(length, shape.batch, values.length);
  const words = memory.subarray(0, length);
  const bounds = new Float32Array(words.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(8 * shape.batch) : new ArrayBuffer(8 * shape.batch));
  runImageJob({ kernel: 'display', params: { range, bounds }, input: values, output: words, shape });
  const rgba = Array.from({ length: shape.batch }, (_, i) => new Uint8Array(words.buffer, 4 * pixels * i, 4 * pixels).slice());
  let min = Infinity;
  let max = -Infinity;
  // In image order with strict comparisons, as one scan of the whole batch would (−0 and 0 alike).
  for (let i = 0; i < shape.batch; i++) {
    min = bounds[2 * i] < min ? bounds[2 * i] : min;
    max = bounds[2 * i + 1] > max ? bounds[2 * i + 1] : max;
  }
  return { rgba, extent: min <= max ? [min, max] : [0, 0] };
}
