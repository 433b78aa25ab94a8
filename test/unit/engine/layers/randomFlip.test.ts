import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import type { FlipTransformation } from '../../../../src/engine/layers/randomFlip';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { randomPixels, shapeOf } from '../helpers';

const BATCH = shapeOf(3, 4, 5, 2);
const N = 4000;
const rate = (v: readonly boolean[]) => v.filter(Boolean).length / v.length;

describe('RandomFlip', () => {
  before(ensureBackend);

  it('labels each image with the axes its mode can flip', () => {
    const t: FlipTransformation = { horizontal: [true, false, true], vertical: [false, true, true] };
    assert.deepEqual(createLayer('RandomFlip', { mode: 'horizontal' }, 3).describeSample(t, 1), { flip_horizontal: false });
    assert.deepEqual(createLayer('RandomFlip', { mode: 'vertical' }, 2).describeSample(t, 1), { flip_vertical: true });
    assert.deepEqual(createLayer('RandomFlip', {}, 2).describeSample(t, 2), { flip_horizontal: true, flip_vertical: true });
    assert.deepEqual(createLayer('RandomFlip', { mode: 'diagonal' }, 3).describeSample(t, 0), {});
  });

  it('Keras 3: one coin per image, shared by both axes, flipping about half', () => {
    const layer = createLayer('RandomFlip', {}, 3);
    const t = layer.sample(shapeOf(N, 1, 1, 1), new SeededRng(5)) as FlipTransformation;
    assert.deepEqual(t.horizontal, t.vertical);
    assert.ok(Math.abs(rate(t.horizontal) - 0.5) < 4 * Math.sqrt(0.25 / N));
  });

  it('Keras 2: independent coins per axis', () => {
    const t = createLayer('RandomFlip', {}, 2).sample(shapeOf(N, 1, 1, 1), new SeededRng(5)) as FlipTransformation;
    const disagree = t.horizontal.filter((h, i) => h !== t.vertical[i]).length / N;
    assert.ok(Math.abs(disagree - 0.5) < 4 * Math.sqrt(0.25 / N), `axes disagree on ${disagree}`);
    assert.ok(Math.abs(rate(t.horizontal) - 0.5) < 0.04 && Math.abs(rate(t.vertical) - 0.5) < 0.04);
  });

  it('a single-axis mode never flips the other axis', () => {
    const t = createLayer('RandomFlip', { mode: 'horizontal' }, 3).sample(shapeOf(100, 1, 1, 1), new SeededRng(1)) as FlipTransformation;
    assert.ok(t.vertical.every((v) => !v) && t.horizontal.some(Boolean));
  });

  it('reads stated flips and rejects malformed ones with a message naming the problem', () => {
    const k3 = createLayer('RandomFlip', {}, 3);
    const ok = k3.parseTransformation({ flip_horizontal: [true, false, true], flip_vertical: [true, false, true] }, BATCH);
    assert.deepEqual(ok, { horizontal: [true, false, true], vertical: [true, false, true] });
    assert.throws(() => k3.parseTransformation({ flip_horizontal: [true, false, true], flip_vertical: [true, true, true] }, BATCH),
      (e: unknown) => e instanceof LayerConfigError && /one shared coin per image.*must be equal; they differ at image 1/.test(e.message));
    const k2 = createLayer('RandomFlip', {}, 2);
    assert.deepEqual(k2.parseTransformation({ flip_horizontal: [true, false, true], flip_vertical: [true, true, false] }, BATCH), {
      horizontal: [true, false, true], vertical: [true, true, false],
    });
    const h = createLayer('RandomFlip', { mode: 'horizontal' }, 3);
    assert.throws(() => h.parseTransformation({ flip_horizontal: [true, false] }, BATCH), /list of 3 booleans \(one per image\), got 2/);
    assert.throws(() => h.parseTransformation({ flip_horizontal: [true, 1, false] }, BATCH), /entry 1 is 1/);
    assert.throws(() => h.parseTransformation({ flip_horizontal: [true, true, false], flip_vertical: [true, true, true] }, BATCH), /unknown key "flip_vertical"/);
    assert.throws(() => h.parseTransformation({}, BATCH), /missing "flip_horizontal"/);
    assert.throws(() => h.parseTransformation([true], BATCH), /must be \{"flip_horizontal": \[\.\.\.\]\}/);
  });

  it('training off returns the input unchanged (float32); training on flips', () => {
    const layer = createLayer('RandomFlip', { mode: 'horizontal' }, 3);
    const pixels = randomPixels(BATCH);
    const input = tf.tensor4d(pixels, [3, 4, 5, 2]);
    const t = layer.parseTransformation({ flip_horizontal: [true, true, true] }, BATCH);
    const off = layer.apply(input, t, false);
    assert.deepEqual(off.dataSync(), pixels);
    const on = layer.apply(input, t, true);
    assert.equal(on.dataSync()[0], pixels[4 * 2]);
    [off, on, input].forEach((x) => x.dispose());
  });

  it('keeps the nominal value range', () => {
    assert.deepEqual(createLayer('RandomFlip', {}, 3).outputRange([0, 255]), [0, 255]);
  });
});
