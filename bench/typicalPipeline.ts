// The pipeline `npm run bench` times everywhere: RandomFlip("horizontal"), RandomRotation(0.1),
// RandomZoom(0.1), RandomContrast(0.2), Rescaling(1/255), Keras 3 semantics, on 16 images.
import type { ConfiguredLayer } from '../src/engine/layers/layer';
import { createLayer } from '../src/engine/registry';
import type { Value } from '../src/pipeline/model';

export const BATCH = 16;

export const TYPICAL: readonly (readonly [string, Record<string, Value>])[] = [
  ['RandomFlip', { mode: 'horizontal' }],
  ['RandomRotation', { factor: 0.1 }],
  ['RandomZoom', { height_factor: 0.1 }],
  ['RandomContrast', { factor: 0.2 }],
  ['Rescaling', { scale: 1 / 255 }],
];

/** The engine's layers, and the ones it cannot build yet (reported, never stood in for). */
export function typicalLayers(): { layers: ConfiguredLayer[]; missing: string[] } {
  const layers: ConfiguredLayer[] = [];
  const missing: string[] = [];
  for (const [name, args] of TYPICAL) {
    try {
      layers.push(createLayer(name, args, 3));
    } catch (err) {
      missing.push(`${name} (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return { layers, missing };
}

/** 16 different images (float32, [0, 255)) of size×size×3, reproducible. */
export function benchImages(size: number): Float32Array {
  const data = new Float32Array(BATCH * size * size * 3);
  let s = size >>> 0;
  for (let i = 0; i < data.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = (s >>> 24) % 256;
  }
  return data;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `warmup` times untimed, then `runs` times; the times in ms. */
export function timeRuns(fn: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}
