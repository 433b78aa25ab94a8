// Memory for image batches. A batch large enough to be split across the image threads lives in a
// SharedArrayBuffer, which those threads can read and write; tfjs-cpu adopts a Float32Array over
// one as a tensor's values without copying (tf.tensor keeps any Float32Array it is given), so
// layers pass shared batches along as tensors. Smaller batches use ordinary memory.
import { garbageCollector } from './collectGarbage';
import { splitsBatch } from './imagePool';

// V8 collects ordinary ArrayBuffers when their memory grows (it counts them as external memory),
// but not SharedArrayBuffers: without help, finished batches would pile up while the engine
// allocates little else. So after every so many bytes of shared batches, a young-generation
// collection (well under a millisecond here) frees the ones no longer referenced, as V8 would
// for ordinary memory.
const COLLECT_EVERY_BYTES = 64 * 2 ** 20;
let allocated = 0;

/** A zeroed Float32Array of `length` values for a batch of `batch` images. */
export function batchArray(length: number, batch: number): Float32Array {
  return splitsBatch(length, batch) ? new Float32Array(sharedBytes(4 * length)) : new Float32Array(length);
}

/** 32-bit words (the display's RGBA) for a batch of `batch` images of `values` values in all. */
export function batchWords(length: number, batch: number, values: number): Uint32Array {
  return splitsBatch(values, batch) ? new Uint32Array(sharedBytes(4 * length)) : new Uint32Array(length);
}

function sharedBytes(bytes: number): SharedArrayBuffer {
  allocated += bytes;
  if (allocated >= COLLECT_EVERY_BYTES) {
    allocated = 0;
    garbageCollector()({ type: 'minor' });
  }
  return new SharedArrayBuffer(bytes);
}
