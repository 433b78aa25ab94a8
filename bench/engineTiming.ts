// (a) The engine: runLayers on a 16-image batch with training on, as the preview calls it, and
// each layer alone (for where the time goes).
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../src/engine/backend';
import { SeededRng } from '../src/engine/rng';
import { runLayers } from '../src/engine/run';
import { BATCH, benchImages, median, timeRuns, typicalLayers } from './typicalPipeline';

export interface EngineRunner {
  /** One call of the whole pipeline on the batch, ms (output read back, as the preview reads it). */
  run(): number;
  /** Median per layer when run alone on the same batch. */
  perLayer(runs: number): Record<string, number>;
  readonly missing: string[];
  dispose(): void;
}

export async function engineRunner(size: number): Promise<EngineRunner> {
  await ensureBackend();
  const { layers, missing } = typicalLayers();
  const input = tf.tensor4d(benchImages(size), [BATCH, size, size, 3], 'float32');
  let seed = 1;
  const once = (subset = layers) => {
    const { output } = runLayers(subset, input, { training: true, rng: new SeededRng(seed++) });
    output.dataSync();
    output.dispose();
  };
  return {
    run: () => timeRuns(() => once(), 1, 0)[0],
    perLayer: (runs) => Object.fromEntries(layers.map((l) => [l.className, median(timeRuns(() => once([l]), runs, 1))])),
    missing,
    dispose: () => input.dispose(),
  };
}
