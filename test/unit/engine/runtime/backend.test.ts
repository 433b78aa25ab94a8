// ensureBackend: cpu, idempotent, and tf.image.transform fixed for batches (tfjs-cpu 4.22 alone
// returns the fill value for every image after the first).
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { projectiveTransform } from '../../../../src/engine/kernels/projectiveTransform';
import { randomPixels, shapeOf } from '../helpers';

describe('ensureBackend', () => {
  it('selects cpu, in production mode, and is idempotent', async () => {
    const first = ensureBackend();
    assert.equal(ensureBackend(), first);
    await first;
    assert.equal(tf.getBackend(), 'cpu');
    assert.equal(tf.env().getBool('PROD'), true);
  });
});

describe('tf.image.transform on cpu after ensureBackend', () => {
  before(ensureBackend);
  const shape = shapeOf(4, 6, 5, 3);
  const images = randomPixels(shape, 11);
  const rows = [
    [0.9, -0.2, 1.0, 0.3, 1.1, -0.5, 0, 0],
    [1, 0, -1.5, 0, 1, 2, 0, 0],
    [0.7, 0.7, -1, -0.7, 0.7, 2, 0.01, 0],
    [-1, 0, 4, 0, -1, 5, 0, 0],
  ];

  it('transforms every image of the batch by its own row', () => {
    const out = tf.tidy(() =>
      tf.image.transform(tf.tensor4d(images, [4, 6, 5, 3]), tf.tensor2d(rows.flat(), [4, 8]), 'bilinear', 'reflect', 0).dataSync(),
    );
    const expected = projectiveTransform(images, shape, Float32Array.from(rows.flat()), { interpolation: 'bilinear', fillMode: 'reflect', fillValue: 0 });
    assert.deepEqual(Float32Array.from(out), expected);
    const per = 6 * 5 * 3;
    for (let b = 1; b < 4; b++) assert.ok(out.subarray(b * per, (b + 1) * per).some((v) => v !== 0), `image ${b} is not all fill`);
  });

  it('applies a single [1, 8] row to the whole batch', () => {
    const out = tf.tidy(() =>
      tf.image.transform(tf.tensor4d(images, [4, 6, 5, 3]), tf.tensor2d(rows[0], [1, 8]), 'nearest', 'constant', -2).dataSync(),
    );
    const expected = projectiveTransform(images, shape, Float32Array.from(rows[0]), { interpolation: 'nearest', fillMode: 'constant', fillValue: -2 });
    assert.deepEqual(Float32Array.from(out), expected);
  });

  it('leaks no tensors', () => {
    const before = tf.memory().numTensors;
    const out = tf.tidy(() => tf.image.transform(tf.tensor4d(images, [4, 6, 5, 3]), tf.tensor2d(rows.flat(), [4, 8]), 'bilinear', 'wrap', 0));
    out.dispose();
    assert.equal(tf.memory().numTensors, before);
  });
});
