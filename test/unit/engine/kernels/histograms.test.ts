// Equalization's pooled histograms and CLAHE's tiles: what stays, what changes, what is shared.
import * as assert from 'node:assert/strict';
import { clahe, claheSizeProblem } from '../../../../src/engine/kernels/clahe';
import { equalizeChannelsPooled, roundHalfEven } from '../../../../src/engine/kernels/equalize';
import { randomPixels, shapeOf } from '../helpers';

describe('equalizeChannelsPooled', () => {
  it('maps values monotonically onto whole numbers spread over [0, 255]', () => {
    const shape = shapeOf(2, 6, 7, 3);
    const input = randomPixels(shape, 4).map((v) => v * 0.3 + 40);
    const out = equalizeChannelsPooled(Float32Array.from(input), shape, 256);
    for (let c = 0; c < 3; c++) {
      const pairs = Array.from({ length: input.length / 3 }, (_, p) => [input[p * 3 + c], out[p * 3 + c]]).sort((a, b) => a[0] - b[0]);
      pairs.forEach(([, y], i) => {
        assert.ok(Number.isInteger(y) && y >= 0 && y <= 255);
        if (i > 0) assert.ok(y >= pairs[i - 1][1], 'monotone');
      });
      assert.equal(pairs[0][1], 0, 'the darkest value maps to 0');
      assert.equal(pairs[pairs.length - 1][1], 255, 'the brightest to 255');
    }
  });

  it('leaves a channel whose values all fall in one bin unchanged', () => {
    const shape = shapeOf(2, 2, 2, 2);
    const values = Float32Array.from([10.2, 3, 10.7, 90, 10.1, 200, 10.9, 4, 10.5, 5, 10.3, 6, 10.4, 7, 10.6, 8]);
    const out = equalizeChannelsPooled(Float32Array.from(values), shape, 256);
    for (let i = 0; i < values.length; i += 2) assert.equal(out[i], values[i]);
  });

  it('pools the histogram over the batch: an image comes out differently beside other images', () => {
    const one = shapeOf(1, 4, 4, 1);
    const a = randomPixels(one, 5);
    const b = randomPixels(one, 6).map((v) => v / 4);
    const alone = equalizeChannelsPooled(Float32Array.from(a), one, 256);
    const together = equalizeChannelsPooled(Float32Array.from([...a, ...b]), shapeOf(2, 4, 4, 1), 256);
    assert.notDeepEqual(Array.from(together.subarray(0, 16)), Array.from(alone));
  });

  it('rounds halves to even, as tf.round', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, 2.4, 2.6].map(roundHalfEven), [0, 2, 2, -0, 2, 3]);
  });
});

describe('clahe', () => {
  const options = { gridHeight: 2, gridWidth: 2, clipLimit: 4 };

  it('stays within [0, 255] and keeps a flat image flat', () => {
    const shape = shapeOf(2, 8, 10, 3);
    const out = clahe(randomPixels(shape, 7), shape, options);
    assert.ok(out.every((v) => v >= 0 && v <= 255));
    const flat = clahe(new Float32Array(8 * 10).fill(77), shapeOf(1, 8, 10, 1), options);
    // Flat up to the float32 rounding of the tile blend ((1 − w)·m + w·m).
    assert.ok(flat.every((v) => Math.abs(v - flat[0]) < 1e-4));
  });

  it('brightens the dark values of a dark image', () => {
    const shape = shapeOf(1, 8, 8, 1);
    const dark = randomPixels(shape, 8).map((v) => v / 8);
    const out = clahe(dark, shape, { ...options, clipLimit: 0 });
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    assert.ok(mean(out) > 2 * mean(dark));
  });

  it('fails like TF when the symmetric padding would be larger than the image', () => {
    assert.equal(claheSizeProblem(16, 16, 8, 8), undefined);
    assert.equal(claheSizeProblem(5, 9, 8, 8), undefined, 'tile 1×2, padding 3 and 7: fits');
    assert.equal(claheSizeProblem(1, 9, 8, 8), 'paddings must be no greater than the dimension size: 0, 7 greater than 1');
    assert.throws(() => clahe(new Float32Array(27), shapeOf(1, 3, 9, 1), { gridHeight: 8, gridWidth: 8, clipLimit: 4 }), /greater than 3/);
  });
});
