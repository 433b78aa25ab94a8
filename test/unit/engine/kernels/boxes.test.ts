// The box spans of CutMix and RandomErasing: Keras's float mask x0 <= col < x1 over the pixel grid.
import * as assert from 'node:assert/strict';
import { fillBox, gridSpan } from '../../../../src/engine/kernels/boxes';

describe('box spans', () => {
  it('selects the columns Keras\'s comparisons select, clipped to the image', () => {
    assert.deepEqual(gridSpan(1.2, 3, 5), [2, 3], 'col 2 only: 1 < 1.2 and 3 is not < 3');
    assert.deepEqual(gridSpan(1, 2.5, 5), [1, 3]);
    assert.deepEqual(gridSpan(-3, 2, 5), [0, 2]);
    assert.deepEqual(gridSpan(3, 99, 5), [3, 5]);
    assert.deepEqual(gridSpan(2, 2, 5), [0, 0], 'empty');
    assert.deepEqual(gridSpan(NaN, 2, 5), [0, 0]);
  });

  it('fills per channel or per pixel of the box', () => {
    const shape = { batch: 1, height: 2, width: 3, channels: 2 };
    const flat = new Float32Array(12);
    fillBox(flat, shape, 0, { x0: 1, y0: 1, x1: 3, y1: 2 }, Float32Array.of(7, 8));
    assert.deepEqual(Array.from(flat), [0, 0, 0, 0, 0, 0, 0, 0, 7, 8, 7, 8]);
    const noise = new Float32Array(12);
    fillBox(noise, shape, 0, { x0: 0, y0: 0, x1: 2, y1: 1 }, Float32Array.of(1, 2, 3, 4));
    assert.deepEqual(Array.from(noise), [1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
