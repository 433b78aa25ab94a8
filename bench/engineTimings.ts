// Rough timings of the engine's layers and of a typical pipeline (flip → rotation → rescaling),
// through runLayers as the preview calls it. Not a test: `npx tsc -p . && node out/bench/engineTimings.js`.
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../src/engine/backend';
import type { ConfiguredLayer } from '../src/engine/layers/layer';
import { createLayer } from '../src/engine/registry';
import { SeededRng } from '../src/engine/rng';
import { runLayers } from '../src/engine/run';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(layers: ConfiguredLayer[], batch: number, size: number, runs: number): number {
  const pixels = new Float32Array(batch * size * size * 3).map((_, i) => (i * 2654435761) % 256);
  const input = tf.tensor4d(pixels, [batch, size, size, 3]);
  const rng = new SeededRng(1);
  const ms: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t0 = performance.now();
    const { output } = runLayers(layers, input, { training: true, rng });
    output.dataSync();
    output.dispose();
    if (r >= 2) ms.push(performance.now() - t0);
  }
  input.dispose();
  return median(ms);
}

async function main(): Promise<void> {
  await ensureBackend();
  const v = 3;
  const flip = createLayer('RandomFlip', {}, v);
  const rotation = createLayer('RandomRotation', { factor: 0.1 }, v);
  const rotationNearest = createLayer('RandomRotation', { factor: 0.1, interpolation: 'nearest', fill_mode: 'constant' }, v);
  const rescaling = createLayer('Rescaling', { scale: 1 / 255 }, v);
  const rows: [string, ConfiguredLayer[]][] = [
    ['RandomFlip', [flip]],
    ['RandomRotation bilinear/reflect', [rotation]],
    ['RandomRotation nearest/constant', [rotationNearest]],
    ['Rescaling', [rescaling]],
    ['flip → rotation → rescaling', [flip, rotation, rescaling]],
  ];
  for (const size of [224, 512]) {
    for (const batch of [1, 16]) {
      for (const [name, layers] of rows) {
        const ms = time(layers, batch, size, batch === 1 ? 15 : 5);
        console.log(`${size}² B=${String(batch).padEnd(2)} ${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms`);
      }
    }
  }
}

void main();
