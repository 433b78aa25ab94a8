// (a) The engine: runLayers on a 16-image batch with training on, as the preview calls it, and
// each layer alone (for where the time goes). The batch is in shared memory, as the preview's
// batches are (preview.ts batchTensor), so every layer's kernel can be split across the image
// threads; `singleThread` runs the same with no job split, for comparison.
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../src/engine/backend';
import { configureImageThreads, imageThreadSettings, imageThreadStats, startImageThreads } from '../src/engine/parallel/imagePool';
import { batchArray } from '../src/engine/parallel/sharedBatch';
import { SeededRng } from '../src/engine/rng';
import { runLayers } from '../src/engine/run';
import { BATCH, benchImages, median, timeRuns, typicalLayers } from './typicalPipeline';

/** One timed call: wall-clock ms, and CPU ms of the whole process (every thread). */
export interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

export interface EngineRunner {
  /** One call of the whole pipeline on the batch (output read back, as the preview reads it). */
  run(singleThread?: boolean): Timing;
  /** Median ms per layer when run alone on the same batch. */
  perLayer(runs: number): Record<string, number>;
  /** The share of images the image threads computed since the runner started. */
  helperShare(): number;
  readonly threads: number;
  readonly missing: string[];
  dispose(): void;
}

export async function engineRunner(size: number): Promise<EngineRunner> {
  await ensureBackend();
  await startImageThreads();
  const { layers, missing } = typicalLayers();
  const images = benchImages(size);
  const data = batchArray(images.length, BATCH);
  data.set(images);
  const input = tf.tensor4d(data, [BATCH, size, size, 3], 'float32');
  const { minValues } = imageThreadSettings();
  imageThreadStats(true);
  let seed = 1;
  const once = (subset = layers) => {
    const { output } = runLayers(subset, input, { training: true, rng: new SeededRng(seed++) });
    output.dataSync();
    output.dispose();
  };
  return {
    run(singleThread = false) {
      // No split (rather than fewer threads): the image threads stay up and warm.
      if (singleThread) configureImageThreads({ minValues: Infinity });
      const cpu = process.cpuUsage();
      const start = performance.now();
      try {
        once();
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu);
        return { ms, cpuMs: (used.user + used.system) / 1000 };
      } finally {
        configureImageThreads({ minValues });
      }
    },
    perLayer: (runs) => Object.fromEntries(layers.map((l) => [l.className, median(timeRuns(() => once([l]), runs, 1))])),
    helperShare() {
      const s = imageThreadStats();
      return s.images ? s.helperImages / s.images : 0;
    },
    threads: imageThreadSettings().threads,
    missing,
    dispose: () => input.dispose(),
  };
}
