// The preview's memory over 100 previews (tensors and heap), and how responsive the extension
// host's thread stays while the engine's worker renders (event-loop delay), against rendering
// on that thread itself.
import * as tf from '@tensorflow/tfjs-core';
import { encodePng } from '../src/images/encode';
import { renderPreview } from '../src/engine/preview';
import type { PreviewRequest } from '../src/engine/previewTypes';
import { TYPICAL } from './typicalPipeline';
import { engineWorker } from './workerClient';

/** A size×size PNG with some structure. */
async function testImage(size: number): Promise<Uint8Array> {
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const x = i % size;
    const y = Math.floor(i / size);
    rgba.set([(x * 255) / size, (y * 255) / size, ((x ^ y) & 32) * 7, 255], 4 * i);
  }
  return encodePng(size, size, rgba);
}

function request(imageBytes: Uint8Array, seed: number, samples: number): PreviewRequest {
  return {
    imageBytes,
    imageName: 'bench.png',
    pipeline: { name: 'typical', kerasVersion: 3, layers: TYPICAL.map(([className, args]) => ({ className, args })) },
    seed,
    samples,
    epochs: 2,
    maxSize: 1024,
  };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

export interface MemoryReport {
  readonly previews: number;
  readonly tensorsBefore: number;
  readonly tensorsAfter: number;
  readonly heapBeforeMiB: number;
  readonly heapAfterMiB: number;
  readonly rssAfterMiB: number;
  readonly gcExposed: boolean;
}

export async function previewMemory(previews: number, size: number): Promise<MemoryReport> {
  const image = await testImage(size);
  await renderPreview(request(image, 0, 9));
  gc();
  const tensorsBefore = tf.memory().numTensors;
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 1; i <= previews; i++) await renderPreview(request(image, i, 9));
  gc();
  const mib = (b: number) => b / 2 ** 20;
  return {
    previews,
    tensorsBefore,
    tensorsAfter: tf.memory().numTensors,
    heapBeforeMiB: mib(heapBefore),
    heapAfterMiB: mib(process.memoryUsage().heapUsed),
    rssAfterMiB: mib(process.memoryUsage().rss),
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

export interface LagReport {
  readonly renders: number;
  /** Main-thread event-loop delay while the worker rendered, ms. */
  readonly workerLagP99Ms: number;
  readonly workerLagMaxMs: number;
  readonly workerRenderMs: number;
  /** The same renders on the main thread: the delay is the render itself. */
  readonly mainLagMaxMs: number;
  readonly mainRenderMs: number;
}

/**
 * The main thread's event-loop delay while `work` runs: a 5 ms timer notes how late each tick
 * comes (a blocked thread delays it by the whole block), read once more after the work ends.
 */
async function lagDuring(work: () => Promise<void>): Promise<{ p99: number; max: number; ms: number }> {
  const TICK = 5;
  const delays: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - TICK));
    last = now;
    if (running) setTimeout(tick, TICK);
  };
  setTimeout(tick, TICK);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 3 * TICK));
  running = false;
  const sorted = delays.sort((a, b) => a - b);
  return { p99: sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0, max: sorted[sorted.length - 1] ?? 0, ms };
}

/** `workerFile`: the compiled worker entry (out/src/engine/worker.js). */
export async function workerLag(workerFile: string, renders: number, size: number): Promise<LagReport> {
  const image = await testImage(size);
  const worker = engineWorker(workerFile);
  const render = (seed: number) => worker.render(request(image, seed, 16));
  try {
    // The first loads TF.js in the worker; the next warm its code and its image threads' up, as
    // the main thread's is by the renders before this (else the worker's figure includes a JIT
    // warm-up the main thread's does not).
    for (let i = 0; i < 3; i++) await render(100 + i);
    const inWorker = await lagDuring(async () => {
      for (let i = 1; i <= renders; i++) await render(i);
    });
    const onMain = await lagDuring(async () => {
      for (let i = 1; i <= renders; i++) await renderPreview(request(image, i, 16));
    });
    return {
      renders,
      workerLagP99Ms: inWorker.p99,
      workerLagMaxMs: inWorker.max,
      workerRenderMs: inWorker.ms / renders,
      mainLagMaxMs: onMain.max,
      mainRenderMs: onMain.ms / renders,
    };
  } finally {
    await worker.close();
  }
}
