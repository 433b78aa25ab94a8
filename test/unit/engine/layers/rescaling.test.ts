import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { CountingRng, shapeOf } from '../helpers';

describe('Rescaling', () => {
  before(ensureBackend);

  it('maps the nominal range through x·scale + offset, per channel, sorted', () => {
    assert.deepEqual(createLayer('Rescaling', { scale: 1 / 255 }, 3).outputRange([0, 255]), [0, 1]);
    assert.deepEqual(createLayer('Rescaling', { scale: 1 / 127.5, offset: -1 }, 3).outputRange([0, 255]), [-1, 1]);
    assert.deepEqual(createLayer('Rescaling', { scale: -2, offset: 1 }, 2).outputRange([0, 1]), [-1, 1]);
    assert.deepEqual(createLayer('Rescaling', { scale: [1, 2, -1], offset: [0, 0, 10] }, 3).outputRange([0, 10]), [0, 20]);
  });

  it('applies in training and at inference alike, and draws nothing', () => {
    const layer = createLayer('Rescaling', { scale: 0.5, offset: 1 }, 3);
    assert.equal(layer.activeAtInference, true);
    const rng = new CountingRng();
    assert.equal(layer.sample(shapeOf(2, 1, 1, 1), rng), null);
    assert.equal(rng.draws, 0);
    const input = tf.tensor4d([2, 4], [2, 1, 1, 1]);
    for (const training of [true, false]) {
      const out = layer.apply(input, null, training);
      assert.deepEqual(Array.from(out.dataSync()), [2, 3]);
      out.dispose();
    }
    input.dispose();
  });

  it('takes no transformation beyond {}', () => {
    const layer = createLayer('Rescaling', { scale: 2 }, 3);
    assert.equal(layer.parseTransformation(undefined, shapeOf(1, 1, 1, 1)), null);
    assert.equal(layer.parseTransformation({}, shapeOf(1, 1, 1, 1)), null);
    assert.throws(() => layer.parseTransformation({ scale: 3 }, shapeOf(1, 1, 1, 1)), /unknown key "scale"/);
  });

  it('rejects non-numeric scale or offset up front', () => {
    assert.throws(() => createLayer('Rescaling', { scale: 'a' }, 3), (e: unknown) => e instanceof LayerConfigError && /`scale` must be a number/.test(e.message));
    assert.throws(() => createLayer('Rescaling', { scale: 1, offset: [] }, 2), /`offset` must be a number or a list/);
  });
});
