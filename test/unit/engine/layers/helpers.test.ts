// The shared argument helpers: Python formatting for messages and the factor parsers.
import * as assert from 'node:assert/strict';
import { keras2Bounds, keras3BaseFactor, keras3SetFactor } from '../../../../src/engine/layers/factors';
import { pyRepr, pyStr, pyTuple } from '../../../../src/engine/layers/python';

describe('python formatting', () => {
  it('prints values as Python would', () => {
    assert.equal(pyRepr([0.1, 2, 'a', true, null]), "[0.1, 2, 'a', True, None]");
    assert.equal(pyStr('reflect'), 'reflect');
    assert.equal(pyRepr(1e-5), '1e-05');
    assert.equal(pyRepr(0.0001), '0.0001');
    assert.equal(pyRepr(1.5e16), '1.5e+16');
    assert.equal(pyRepr({ a: 1 }), "{'a': 1}");
    assert.equal(pyTuple(['nearest', 'bilinear']), "('nearest', 'bilinear')");
  });
});

describe('factor parsing', () => {
  it('Keras 3 _set_factor with (0, 1) bounds makes a scalar one-sided', () => {
    assert.deepEqual(keras3SetFactor(0.2, [0, 1]), [0, 0.2]);
    assert.deepEqual(keras3SetFactor(0.2, [-1, 1]), [-0.2, 0.2]);
    assert.throws(() => keras3SetFactor(-0.2, [0, 1]), /in the range \[0, 1\]\. Received: factor=-0.2/);
  });

  it('Keras 3 base factor treats falsy values as 0', () => {
    for (const v of [null, 0, false, [], '']) assert.deepEqual(keras3BaseFactor(v).map(Math.abs), [0, 0]);
  });

  it('Keras 2 bounds keep a pair as written', () => {
    assert.deepEqual(keras2Bounds([0.3, 0.1]), [0.3, 0.1]);
    assert.deepEqual(keras2Bounds(0.25), [-0.25, 0.25]);
    assert.throws(() => keras2Bounds('x', 'height_factor'), /`height_factor` must be a number/);
  });
});
