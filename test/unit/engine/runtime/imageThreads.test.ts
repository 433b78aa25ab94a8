// Splitting a batch across image threads changes nothing: every layer built on a per-image job
// (flips, the projective transform in each fill mode and interpolation, contrast, rescaling)
// gives the same bits with the work shared out as on one thread, and the threads really do take
// images. The random draws stay on the calling thread, so the drawn parameters match too. The
// preview's display conversion, also split, gives what the one-tile functions give.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { displayBatch } from '../../../../src/engine/displayBatch';
import type { ConfiguredLayer } from '../../../../src/engine/layers/layer';
import { configureImageThreads, imageThreadSettings, imageThreadStats, startImageThreads } from '../../../../src/engine/parallel/imagePool';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers, type RunResult } from '../../../../src/engine/run';
import { toDisplayRgba, valueExtent } from '../../../../src/images/pixels';
import { randomPixels, shapeOf } from '../helpers';

describe('image threads', () => {
  const saved = imageThreadSettings();
  before(ensureBackend);
  after(() => configureImageThreads(saved));

  const layers = (version: 2 | 3): ConfiguredLayer[] => [
    createLayer('RandomFlip', { mode: 'horizontal_and_vertical' }, version),
    createLayer('RandomRotation', { factor: 0.3, fill_mode: 'reflect' }, version),
    createLayer('RandomRotation', { factor: 0.3, fill_mode: 'wrap', interpolation: 'nearest' }, version),
    createLayer('RandomRotation', { factor: 0.3, fill_mode: 'constant', fill_value: 7 }, version),
    createLayer('RandomZoom', { height_factor: [-0.3, 0.3], width_factor: [-0.2, 0.4], fill_mode: 'nearest' }, version),
    createLayer('RandomTranslation', { height_factor: 0.2, width_factor: 0.2 }, version),
    createLayer('RandomShear', { x_factor: 0.2, y_factor: 0.2 }, 3),
    createLayer('RandomContrast', { factor: 0.5 }, version),
    createLayer('Rescaling', { scale: [0.5, 0.25, 2], offset: -1 }, version),
  ].filter((l) => l.version === version);

  /** A shared-memory batch, as the preview makes (the first layer can be split too). */
  function sharedInput(shape: ReturnType<typeof shapeOf>, seed: number): tf.Tensor4D {
    const pixels = randomPixels(shape, seed);
    const data = new Float32Array(new SharedArrayBuffer(4 * pixels.length));
    data.set(pixels);
    return tf.tensor4d(data, [shape.batch, shape.height, shape.width, shape.channels]);
  }

  function run(pipeline: ConfiguredLayer[], input: tf.Tensor4D, seed: number): { values: Float32Array; params: RunResult['params'] } {
    const result = runLayers(pipeline, input, { training: true, rng: new SeededRng(seed) });
    const values = Float32Array.from(result.output.dataSync());
    result.output.dispose();
    return { values, params: result.params };
  }

  for (const version of [3, 2] as const) {
    it(`Keras ${version}: the same bits and draws split across threads as on one thread`, async function () {
      this.timeout(60_000);
      const shape = shapeOf(12, 41, 37, 3);
      let helperImages = 0;
      // Each kernel alone and all of them in a row, several seeds: the threads must take part at
      // least once (they start on first use, and a loaded machine may keep them waiting).
      for (let seed = 1; seed <= 6; seed++) {
        for (const pipeline of [...layers(version).map((l) => [l]), layers(version)]) {
          const input = sharedInput(shape, seed);
          // One thread: nothing is large enough to split. (The image threads stay up, warm.)
          configureImageThreads({ threads: 2, minValues: Infinity });
          const single = run(pipeline, input, seed);
          configureImageThreads({ minValues: 0 });
          await startImageThreads();
          imageThreadStats(true);
          const split = run(pipeline, input, seed);
          helperImages += imageThreadStats().helperImages;
          assert.ok(imageThreadStats().splitJobs >= pipeline.length - 1, 'the jobs were split');
          const names = pipeline.map((l) => l.className).join(', ');
          assert.deepEqual(split.params, single.params, names);
          const diff = split.values.findIndex((v, i) => !Object.is(v, single.values[i]));
          assert.equal(diff, -1, `${names}: value ${diff} is ${split.values[diff]} split, ${single.values[diff]} on one thread`);
          input.dispose();
        }
      }
      assert.ok(helperImages > 0, 'the image threads computed some of the images');
    });
  }

  it("the preview's display job: each tile and the extent as toDisplayRgba and valueExtent give them, split or not", async () => {
    const shape = shapeOf(6, 33, 35, 3);
    const input = sharedInput(shape, 3);
    const values = input.dataSync() as Float32Array;
    values[7] = NaN;
    values[values.length - 1] = -3;
    const per = shape.height * shape.width * shape.channels;
    const expected = Array.from({ length: shape.batch }, (_, i) => new Uint8Array(toDisplayRgba(values.subarray(i * per, (i + 1) * per), shape.height, shape.width, 3, [0, 255]).buffer));
    for (const minValues of [Infinity, 0]) {
      configureImageThreads({ threads: 2, minValues });
      await startImageThreads();
      const display = displayBatch(values, shape, [0, 255]);
      assert.deepEqual(display.rgba, expected, `minValues ${minValues}`);
      assert.ok(display.rgba.every((r) => r.byteOffset === 0 && r.buffer.byteLength === r.length && !(r.buffer instanceof SharedArrayBuffer)), 'each tile in a transferable buffer of its own');
      assert.deepEqual(display.extent, valueExtent(values));
    }
    input.dispose();
  });

  it('runs small batches, and batches in ordinary memory, on the calling thread', async () => {
    configureImageThreads({ threads: 2, minValues: 1 << 17 });
    await startImageThreads();
    imageThreadStats(true);
    const small = tf.tensor4d(randomPixels(shapeOf(4, 8, 8, 3)), [4, 8, 8, 3]);
    runLayers(layers(3), small, { training: true, rng: new SeededRng(1) }).output.dispose();
    configureImageThreads({ minValues: 0 });
    // Not shared: the first layer's kernel cannot be split; the later ones write shared memory.
    runLayers([createLayer('Rescaling', { scale: 2 }, 3)], small, { training: false, rng: new SeededRng(1) }).output.dispose();
    assert.deepEqual(imageThreadStats(), { splitJobs: 0, images: 0, helperImages: 0 });
    small.dispose();
  });
});
