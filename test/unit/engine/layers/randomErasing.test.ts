// RandomErasing: the erase coin against a drawn probability, boxes, the fill (noise clipped to
// value_range, or a flat value per channel), and the checks Keras only makes when called.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import type { ErasingTransformation } from '../../../../src/engine/layers/randomErasing';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { at, randomPixels, shapeOf } from '../helpers';

describe('RandomErasing', () => {
  before(ensureBackend);

  it('erases about half the images with the default factor, and every image with (1, 1)', () => {
    const shape = shapeOf(4000, 4, 4, 1);
    const half = createLayer('RandomErasing', { fill_value: 0 }, 3).sample(shape, new SeededRng(1)) as ErasingTransformation;
    const rate = half.erase.filter(Boolean).length / 4000;
    assert.ok(Math.abs(rate - 0.5) < 4 * Math.sqrt(0.25 / 4000), `rate ${rate}`);
    const all = createLayer('RandomErasing', { factor: [1, 1], fill_value: 0 }, 3).sample(shapeOf(50, 4, 4, 1), new SeededRng(1)) as ErasingTransformation;
    assert.ok(all.erase.every(Boolean));
  });

  it('noise fills only the box of erased images, clipped to value_range', () => {
    const layer = createLayer('RandomErasing', { factor: [1, 1], value_range: [0, 1] }, 3);
    const shape = shapeOf(3, 8, 9, 3);
    const pixels = randomPixels(shape).map((v) => v / 255);
    const input = tf.tensor4d(pixels, [3, 8, 9, 3]);
    const t = layer.sample(shape, new SeededRng(4)) as ErasingTransformation;
    const out = layer.apply(input, t, true).dataSync();
    let changed = 0;
    for (let b = 0; b < 3; b++) {
      const box = t.boxes[b];
      for (let y = 0; y < 8; y++) for (let x = 0; x < 9; x++) for (let c = 0; c < 3; c++) {
        const i = at(shape, b, y, x, c);
        const inside = x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;
        if (!inside) assert.equal(out[i], pixels[i]);
        else {
          assert.ok(out[i] >= 0 && out[i] <= 1);
          changed++;
        }
      }
    }
    assert.ok(changed > 0);
    input.dispose();
  });

  it('a flat fill is clipped to value_range, per channel for three values', () => {
    const shape = shapeOf(1, 3, 3, 3);
    const layer = createLayer('RandomErasing', { fill_value: [-5, 100, 300] }, 3);
    const input = tf.tensor4d(randomPixels(shape), [1, 3, 3, 3]);
    const t = layer.parseTransformation({ erased: [true], box: [[0, 0, 3, 3]] }, shape);
    assert.deepEqual(Array.from(layer.apply(input, t, true).dataSync().slice(0, 3)), [0, 100, 255]);
    assert.deepEqual(layer.outputRange([0, 255]), [0, 255]);
    input.dispose();
  });

  it('states a noise fill as full images of standard normals, and a flat fill without it', () => {
    const shape = shapeOf(1, 2, 2, 1);
    const noisy = createLayer('RandomErasing', {}, 3);
    assert.throws(() => noisy.parseTransformation({ erased: [true], box: [[0, 0, 1, 1]] }, shape), /missing "fill_noise"/);
    assert.throws(() => noisy.parseTransformation({ erased: [true], box: [[0, 0, 1, 1]], fill_noise: [[[1]]] }, shape), /entry 0 must be null or 2×2×1/);
    const t = noisy.parseTransformation({ erased: [true], box: [[0, 0, 1, 1]], fill_noise: [[[[0.5], [9]], [[9], [9]]]] }, shape) as ErasingTransformation;
    assert.deepEqual(Array.from(t.noise?.[0] ?? []), [0.5 * 255]);
  });

  it('checks at construction what Keras checks when called', () => {
    assert.throws(() => createLayer('RandomErasing', { fill_value: [1, 2] }, 3), { message: 'The `fill_value` argument should be a number (or a list of three numbers) ' });
    assert.throws(() => createLayer('RandomErasing', { value_range: 'a' }, 3), (e: unknown) => e instanceof LayerConfigError && /`value_range` must be a list of two numbers/.test(e.message));
    const layer = createLayer('RandomErasing', { fill_value: [1, 2, 3] }, 3);
    const input = tf.zeros([1, 2, 2, 1]) as tf.Tensor4D;
    const t = layer.parseTransformation({ erased: [true], box: [[0, 0, 1, 1]] }, shapeOf(1, 2, 2, 1));
    assert.throws(() => layer.apply(input, t, true), /fill_value has 3 values.*1 channels/);
    input.dispose();
  });

  it('describes the erase rate and the box sides in percent', () => {
    const d = createLayer('RandomErasing', {}, 3).describe({});
    assert.deepEqual(d.details[0].args, [0, 100, 50]);
    assert.deepEqual(d.details[1].args?.slice(0, 2), [14, 57]);
  });
});
