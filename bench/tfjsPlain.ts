// (b) Plain TF.js doing the typical pipeline with tf.image/core ops on one backend (cpu or wasm),
// in a process of its own so that the engine's fixed cpu Transform kernel is not registered while
// it is timed. Prints JSON. Where TF.js cannot do what Keras does, it says so:
//  * cpu: tf.image.transform computes batch item 0 only (tfjs-notes.md §2.1), so each image is
//    transformed alone (slice + transform + concat), which is what plain TF.js has to do;
//  * wasm: transform maps reflect wrongly below 0 (Keras's default fill), so its pixels differ.
// The same transformations are then run through the engine (cpu, fixed kernel) to measure by
// how much the plain pixels differ.
//   node out/bench/tfjsPlain.js cpu|wasm SIZE RUNS WARMUP
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { ensureBackend } from '../src/engine/backend';
import type { ConfiguredLayer } from '../src/engine/layers/layer';
import type { RotationTransformation } from '../src/engine/layers/randomRotation';
import { zoomRow } from '../src/engine/layers/randomZoom';
import { SeededRng } from '../src/engine/rng';
import { runLayers } from '../src/engine/run';
import { BATCH, benchImages, median, timeRuns, typicalLayers } from './typicalPipeline';

interface Drawn {
  readonly transformations: unknown[];
  readonly flips: boolean[];
  readonly rotation: Float32Array;
  readonly zoom: Float32Array;
  readonly contrast: Float32Array;
}

/** One draw of the engine's layers, read back as plain parameters. */
function draw(layers: ConfiguredLayer[], size: number, seed: number): Drawn {
  const shape = { batch: BATCH, height: size, width: size, channels: 3 };
  const rng = new SeededRng(seed);
  const transformations = layers.map((l) => l.sample(shape, rng));
  const param = (name: string, key: string) => {
    const k = layers.findIndex((l) => l.className === name);
    return Array.from({ length: BATCH }, (_, i) => layers[k].describeSample(transformations[k], i)[key]);
  };
  const zoom = new Float32Array(8 * BATCH);
  const zh = param('RandomZoom', 'zoom_height') as number[];
  const zw = param('RandomZoom', 'zoom_width') as number[];
  zh.forEach((h, i) => zoomRow(zw[i], h, size, size, zoom, 8 * i));
  return {
    transformations,
    flips: param('RandomFlip', 'flip_horizontal') as boolean[],
    rotation: (transformations[layers.findIndex((l) => l.className === 'RandomRotation')] as RotationTransformation).matrices,
    zoom,
    contrast: Float32Array.from(param('RandomContrast', 'contrast_factor') as number[]),
  };
}

function transform(x: tf.Tensor4D, rows: Float32Array, perImage: boolean): tf.Tensor4D {
  const matrices = tf.tensor2d(rows, [BATCH, 8]);
  if (!perImage) return tf.image.transform(x, matrices, 'bilinear', 'reflect');
  const [, h, w, c] = x.shape;
  const parts = Array.from({ length: BATCH }, (_, i) =>
    tf.image.transform(tf.slice(x, [i, 0, 0, 0], [1, h, w, c]), tf.slice(matrices, [i, 0], [1, 8]), 'bilinear', 'reflect'),
  );
  return tf.concat(parts, 0);
}

/** Keras's five layers with TF.js ops: flip, rotate, zoom, contrast (mean over H then W, clip), rescale. */
function plain(x: tf.Tensor4D, d: Drawn, perImageTransform: boolean): tf.Tensor4D {
  return tf.tidy(() => {
    const flip = tf.cast(tf.tensor4d(d.flips.map(Number), [BATCH, 1, 1, 1]), 'bool');
    let y = tf.where(tf.broadcastTo(flip, x.shape), tf.image.flipLeftRight(x), x) as tf.Tensor4D;
    y = transform(y, d.rotation, perImageTransform);
    y = transform(y, d.zoom, perImageTransform);
    const mean = tf.mean(tf.mean(y, 1, true), 2, true);
    const c = tf.tensor4d(d.contrast, [BATCH, 1, 1, 1]);
    y = tf.clipByValue(tf.add(tf.mul(tf.sub(y, mean), c), mean), 0, 255) as tf.Tensor4D;
    return tf.mul(y, 1 / 255) as tf.Tensor4D;
  });
}

async function main(): Promise<void> {
  const [backend, sizeArg, runsArg, warmupArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  tf.env().set('PROD', true);
  if (backend === 'wasm') setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), path.sep));
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} did not start`);
  const { layers, missing } = typicalLayers();
  const needed = ['RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomContrast'];
  const absent = needed.filter((n) => !layers.some((l) => l.className === n));
  if (absent.length) {
    // The engine's layers draw the parameters both sides use; without them there is nothing to compare.
    process.stdout.write(JSON.stringify({ backend, size, skipped: `needs the engine's ${absent.join(', ')} to draw parameters`, missing }) + '\n');
    return;
  }
  const perImage = backend === 'cpu';
  const input = tf.tensor4d(benchImages(size), [BATCH, size, size, 3]);
  let seed = 1;
  const ms = timeRuns(() => {
    const y = plain(input, draw(layers, size, seed++), perImage);
    y.dataSync();
    y.dispose();
  }, Number(runsArg), Number(warmupArg));

  // The same draw through TF.js and through the engine.
  const d = draw(layers, size, 12345);
  const ours = plain(input, d, perImage);
  const plainValues = Float32Array.from(ours.dataSync());
  ours.dispose();
  const pixels = Float32Array.from(input.dataSync());
  input.dispose();
  await ensureBackend();
  const engineInput = tf.tensor4d(pixels, [BATCH, size, size, 3]);
  const engine = runLayers(layers, engineInput, { training: true, rng: new SeededRng(0), transformations: d.transformations });
  const engineValues = engine.output.dataSync();
  let maxDiff = 0;
  for (let i = 0; i < engineValues.length; i++) maxDiff = Math.max(maxDiff, Math.abs(engineValues[i] - plainValues[i]));
  engine.output.dispose();
  engineInput.dispose();
  process.stdout.write(JSON.stringify({ backend, size, ms, medianMs: median(ms), perImageTransform: perImage, maxDiffVsEngine: maxDiff }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
