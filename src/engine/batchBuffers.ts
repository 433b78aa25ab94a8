// Who may write where during one runLayers call. New memory is not free: a fresh 50 MB batch
// (16 × 512² × 3 float32) costs about 25 ms of page faults before a kernel writes a value. So
// runLayers tells each layer which memory it may reuse:
//  * the input, when runLayers made it (an earlier layer's output) and discards it after this
//    layer: an element-wise kernel may write its output over it;
//  * an earlier intermediate that is already discarded, for a new output of the same size.
// Ownership is positive and by identity: only arrays this run handed out through output() are
// ever written over or reused. The caller's images, and anything a layer made on its own, are
// never touched, so callers that keep their input (the preview's inference stages, the CLI) are
// safe without doing anything.
import { batchArray } from './parallel/sharedBatch';

/** What runLayers offers a layer's apply. */
export interface LayerBuffers {
  /** Whether apply may write its output over its input's values (runLayers discards them afterwards). */
  readonly inputWritable: boolean;
  /** A Float32Array of `length` values (contents unspecified) for apply's output, for a batch of `batch` images. */
  output(length: number, batch: number): Float32Array;
}

/** One runLayers call's arrays. */
export class RunBuffers {
  private readonly owned = new Set<Float32Array>();
  private readonly spare: Float32Array[] = [];

  /** The buffers offered to the layer about to read `input`. */
  forLayer(input: Float32Array | undefined): LayerBuffers {
    return {
      inputWritable: input !== undefined && this.owned.has(input),
      output: (length, batch) => {
        const i = this.spare.findIndex((a) => a.length === length);
        if (i >= 0) return this.spare.splice(i, 1)[0];
        const array = batchArray(length, batch);
        this.owned.add(array);
        return array;
      },
    };
  }

  /**
   * After a layer read `input` and returned `output` (the input tensor now disposed): the input's
   * memory is spare unless the output still uses it (written in place, passed through, or a view).
   */
  release(input: Float32Array | undefined, output: Float32Array | undefined): void {
    if (!input || !this.owned.has(input)) return;
    if (output && output.buffer === input.buffer) return;
    this.spare.push(input);
  }
}
