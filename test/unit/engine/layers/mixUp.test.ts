// MixUp: partners form a permutation drawn before λ, the blend is per image, stated
// transformations are validated, and training off leaves the batch (and its dtype) alone.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import type { MixUpTransformation } from '../../../../src/engine/layers/mixUp';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { randomPixels, shapeOf } from '../helpers';

const SHAPE = shapeOf(4, 3, 5, 2);

describe('MixUp', () => {
  before(ensureBackend);

  it('draws a permutation of the batch and one λ in [0, 1] per image', () => {
    const t = createLayer('MixUp', {}, 3).sample(shapeOf(50, 1, 1, 1), new SeededRng(3)) as MixUpTransformation;
    assert.deepEqual([...t.partners].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => i));
    assert.ok(t.lambdas.every((l) => l >= 0 && l <= 1));
  });

  it('α = 0 gives λ = 0.5 (TF clamps its gamma draws at FLT_MIN); a negative α gives NaN', () => {
    const half = createLayer('MixUp', { alpha: 0 }, 3).sample(shapeOf(5, 1, 1, 1), new SeededRng(1)) as MixUpTransformation;
    assert.ok(half.lambdas.every((l) => l === 0.5));
    const nan = createLayer('MixUp', { alpha: -1 }, 3).sample(shapeOf(3, 1, 1, 1), new SeededRng(1)) as MixUpTransformation;
    assert.ok(nan.lambdas.every(Number.isNaN));
  });

  it('mixes each image with its partner only: λ = 1 keeps it, λ = 0 replaces it', () => {
    const layer = createLayer('MixUp', {}, 3);
    const pixels = randomPixels(SHAPE);
    const input = tf.tensor4d(pixels, [4, 3, 5, 2]);
    const t = layer.parseTransformation({ lambda: [1, 0, 1, 0], partner: [3, 2, 1, 0] }, SHAPE);
    const out = layer.apply(input, t, true).dataSync();
    const per = 3 * 5 * 2;
    const image = (data: ArrayLike<number>, i: number) => Array.from(data).slice(i * per, (i + 1) * per);
    assert.deepEqual(image(out, 0), image(pixels, 0));
    assert.deepEqual(image(out, 1), image(pixels, 2));
    assert.deepEqual(image(out, 3), image(pixels, 0));
    input.dispose();
  });

  it('labels each image with λ and its partner', () => {
    const layer = createLayer('MixUp', {}, 3);
    const t = layer.parseTransformation({ lambda: [0.25, 0.5, 0.75, 1], partner: [1, 0, 3, 2] }, SHAPE);
    assert.deepEqual(layer.describeSample(t, 2), { lambda: 0.75, partner: 3 });
  });

  it('rejects partners outside the batch, wrong lengths and unknown keys', () => {
    const layer = createLayer('MixUp', {}, 3);
    assert.throws(() => layer.parseTransformation({ lambda: [0.1, 0.2, 0.3, 0.4], partner: [0, 1, 2, 4] }, SHAPE), /image indices in \[0, 4\).*entry 3 is 4/);
    assert.throws(() => layer.parseTransformation({ lambda: [0.1], partner: [0, 1, 2, 3] }, SHAPE), /list of 4 numbers/);
    assert.throws(() => layer.parseTransformation({ lambda: [0, 0, 0, 0], partner: [0, 1, 2, 3], box: [] }, SHAPE), /unknown key "box"/);
  });

  it('rejects an α that is not a number, which Keras only notices when called', () => {
    assert.throws(() => createLayer('MixUp', { alpha: [0.2, 0.3] }, 3), (e: unknown) => e instanceof LayerConfigError && /`alpha` must be a number/.test(e.message));
  });

  it('training off returns the values and keeps an integer dtype', () => {
    const layer = createLayer('MixUp', {}, 3);
    const pixels = randomPixels(SHAPE).map(Math.floor);
    const input = tf.tensor4d(pixels, [4, 3, 5, 2]);
    const out = layer.apply(input, undefined, false, 'uint8');
    assert.deepEqual(out.dataSync(), pixels);
    assert.equal(layer.outputDtype?.('uint8', false), 'uint8');
    assert.equal(layer.outputDtype?.('uint8', true), 'float32');
    [input, out].forEach((x) => x.dispose());
  });

  it('says how often images stay nearly unmixed for its α', () => {
    const d = createLayer('MixUp', { alpha: 1 }, 3).describe({});
    // Beta(1, 1) is uniform: λ < 0.1 or λ > 0.9 for 20 % of images.
    assert.ok(d.details.some((p) => p.args?.includes(20)), JSON.stringify(d.details));
  });
});
