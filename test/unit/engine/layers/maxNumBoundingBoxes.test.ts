// MaxNumBoundingBoxes: images untouched in their dtype; int() of its arguments.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { createLayer } from '../../../../src/engine/registry';

describe('MaxNumBoundingBoxes', () => {
  before(ensureBackend);

  it('passes images through unchanged, keeping an integer dtype, in training and at inference', () => {
    const layer = createLayer('MaxNumBoundingBoxes', { max_number: '4' }, 3);
    const input = tf.tensor4d([0, 7, 255, 3], [1, 2, 2, 1]);
    for (const training of [true, false]) {
      const out = layer.apply(input, null, training, 'uint8');
      assert.deepEqual(Array.from(out.dataSync()), [0, 7, 255, 3]);
      assert.equal(layer.outputDtype?.('uint8', training), 'uint8');
      out.dispose();
    }
    assert.match(layer.describe({}).summary.message, /Pads or truncates/);
    assert.deepEqual(layer.describe({}).summary.args, [4]);
    input.dispose();
  });
});
