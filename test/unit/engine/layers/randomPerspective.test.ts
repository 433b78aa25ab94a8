// RandomPerspective: draw order and counts, the apply rate a factor range gives, unapplied images
// untouched, 1-pixel images refused, stated transformations.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import type { PerspectiveTransformation } from '../../../../src/engine/layers/randomPerspective';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

describe('RandomPerspective', () => {
  before(ensureBackend);

  it('draws p, then the threshold, per image, then 8 corner factors per image', () => {
    const rng = new CountingRng();
    createLayer('RandomPerspective', {}, 3).sample(shapeOf(5, 8, 8, 1), rng);
    assert.equal(rng.draws, 5 + 5 + 40);
  });

  it('applies to about half the images by default, and to all with factor (1, 1)', () => {
    const rate = (factor: number | number[]) => {
      const layer = createLayer('RandomPerspective', { factor }, 3);
      const t = layer.sample(shapeOf(4000, 8, 8, 1), new SeededRng(11)) as PerspectiveTransformation;
      return t.applied.filter(Boolean).length / 4000;
    };
    assert.ok(Math.abs(rate(1) - 0.5) < 0.03, `default ${rate(1)}`);
    assert.equal(rate([1, 1]), 1);
    assert.ok(Math.abs(rate([0.2, 0.4]) - 0.3) < 0.03);
  });

  it('corner factors stay within ±scale/2', () => {
    const layer = createLayer('RandomPerspective', { scale: 0.4 }, 3);
    const t = layer.sample(shapeOf(100, 8, 8, 1), new SeededRng(2)) as PerspectiveTransformation;
    assert.ok(t.factors.every((f) => f >= -0.2 - 1e-7 && f <= 0.2 + 1e-7));
  });

  it('leaves unapplied images untouched and warps the others', () => {
    const layer = createLayer('RandomPerspective', { factor: [1, 1] }, 3);
    const shape = shapeOf(2, 6, 7, 2);
    const pixels = randomPixels(shape, 3);
    const input = tf.tensor4d(pixels, [2, 6, 7, 2]);
    const factors = [Array(8).fill(0.2), Array(8).fill(0.2)];
    const t = layer.parseTransformation({ applied: [false, true], corner_factors: factors }, shape);
    const out = layer.apply(input, t, true).dataSync();
    const per = 6 * 7 * 2;
    assert.deepEqual(out.subarray(0, per), pixels.subarray(0, per));
    assert.notDeepEqual(out.subarray(per), pixels.subarray(per));
    input.dispose();
  });

  it('refuses 1-pixel-high images, whose corners coincide', () => {
    const layer = createLayer('RandomPerspective', {}, 3);
    const input = tf.zeros([1, 1, 5, 1]) as tf.Tensor4D;
    assert.throws(() => layer.apply(input, layer.sample(shapeOf(1, 1, 5, 1), new SeededRng(1)), true), /not invertible/);
    input.dispose();
  });

  it('stated transformations need 8 factors per image', () => {
    const layer = createLayer('RandomPerspective', {}, 3);
    assert.throws(() => layer.parseTransformation({ applied: [true], corner_factors: [[0, 0, 0]] }, shapeOf(1, 4, 4, 1)), /lists of 8 numbers/);
  });
});
