// (a) The engine: runLayers on a 16-image batch with training on, as the preview calls it, and
// each layer alone (for where the time goes).
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../src/engine/backend';
import { SeededRng } from '../src/engine/rng';
import { runLayers } from '../src/engine/run';
import { BATCH, benchImages, median, timeRuns, typicalLayers } from './typicalPipeline';

export interface EngineTiming {
  readonly ms: number[];
  readonly medianMs: number;
  /** Median per layer when run alone on the same batch. */
  readonly perLayerMs: Record<string, number>;
  readonly missing: string[];
}

export async function timeEngine(size: number, runs: number, warmup: number): Promise<EngineTiming> {
  await ensureBackend();
  const { layers, missing } = typicalLayers();
  const input = tf.tensor4d(benchImages(size), [BATCH, size, size, 3], 'float32');
  let seed = 1;
  const once = (subset = layers) => {
    const { output } = runLayers(subset, input, { training: true, rng: new SeededRng(seed++) });
    output.dataSync();
    output.dispose();
  };
  try {
    const ms = timeRuns(() => once(), runs, warmup);
    const perLayerMs: Record<string, number> = {};
    for (const layer of layers) perLayerMs[layer.className] = median(timeRuns(() => once([layer]), runs, 1));
    return { ms, medianMs: median(ms), perLayerMs, missing };
  } finally {
    input.dispose();
  }
}
