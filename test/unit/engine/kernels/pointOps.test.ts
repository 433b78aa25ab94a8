// Value-by-value kernels: value-range mapping, clipping as TF clips, casts to Keras's integer
// dtypes, contrast about the channel means, brightness with integer wrap-around, AutoContrast.
import * as assert from 'node:assert/strict';
import { autoContrast } from '../../../../src/engine/kernels/autoContrast';
import { adjustBrightness } from '../../../../src/engine/kernels/brightness';
import { adjustContrast, channelMeans } from '../../../../src/engine/kernels/contrast';
import { castTo, toInt32, toUint8 } from '../../../../src/engine/kernels/integerCasts';
import { clipInPlace, transformValueRange } from '../../../../src/engine/kernels/valueRange';
import { randomPixels, shapeOf } from '../helpers';

describe('value ranges and clipping', () => {
  it('maps between ranges and back, and returns a copy when the ranges are equal', () => {
    const values = randomPixels(shapeOf(1, 3, 3, 3), 2);
    const unit = transformValueRange(values, [0, 255], [0, 1]);
    assert.ok(unit.every((v) => v >= 0 && v <= 1));
    const back = transformValueRange(unit, [0, 1], [0, 255]);
    back.forEach((v, i) => assert.ok(Math.abs(v - values[i]) < 1e-4));
    const same = transformValueRange(values, [0, 255], [0, 255]);
    assert.notEqual(same, values);
    assert.deepEqual(same, values);
  });

  it('clips as clip_by_value: max(min(x, hi), lo), so an unsorted range gives lo', () => {
    assert.deepEqual(Array.from(clipInPlace(Float32Array.of(-5, 3, 300), 0, 255)), [0, 3, 255]);
    assert.deepEqual(Array.from(clipInPlace(Float32Array.of(-5, 3, 300), 255, 0)), [255, 255, 255]);
    assert.ok(Number.isNaN(clipInPlace(Float32Array.of(NaN), 0, 1)[0]), 'NaN passes through');
  });
});

describe('integer casts', () => {
  it('truncate toward zero; uint8 keeps the low 8 bits (−25.5 → 231, 300 → 44)', () => {
    assert.deepEqual([2.9, -2.9, -0.5].map(toInt32), [2, -2, 0]);
    assert.deepEqual([2.9, -25.5, 300, 255].map(toUint8), [2, 231, 44, 255]);
    assert.equal(castTo(0.1, 'float32'), Math.fround(0.1));
  });
});

describe('adjustContrast', () => {
  const shape = shapeOf(2, 3, 4, 3);
  const images = randomPixels(shape, 9);

  it('factor 1 leaves the images (within a float32 rounding of the mean)', () => {
    const out = adjustContrast(images, shape, Float32Array.of(1, 1), 'height-then-width', 0, 255);
    out.forEach((v, i) => assert.ok(Math.abs(v - images[i]) < 1e-4));
  });

  it('scales each image about its own per-channel mean, which it keeps', () => {
    const out = adjustContrast(images, shape, Float32Array.of(0.5, 2), 'height-then-width', -1e9, 1e9);
    const before = channelMeans(images, shape, 'height-then-width');
    const after = channelMeans(out, shape, 'height-then-width');
    after.forEach((m, i) => assert.ok(Math.abs(m - before[i]) < 1e-3));
    const spread = (a: Float32Array, from: number) => Math.max(...a.subarray(from, from + 36)) - Math.min(...a.subarray(from, from + 36));
    assert.ok(spread(out, 0) < spread(images, 0) && spread(out, 36) > spread(images, 36));
  });

  it("rounds each of TF's float32 steps, (x − mean)·c + mean, then clips, in place or not", () => {
    const f = Math.fround;
    // Values near the bounds, so that the rounding of the sum and the clip meet; 1 and 4 channels
    // take the general loop, 3 the unrolled one.
    for (const channels of [1, 3, 4]) {
      const s = shapeOf(3, 5, 7, channels);
      const values = randomPixels(s, channels).map((v, i) => (i % 3 === 0 ? f(254.99 + v / 1e4) : i % 3 === 1 ? f(v / 1e5) : v));
      const factors = Float32Array.of(1.7, 0.3, 1.0000001);
      for (const [lo, hi] of [[0, 255], [0.5, 254.999], [255, 0]]) {
        const means = channelMeans(values, s, 'height-then-width');
        const expected = values.map((v, i) => {
          const b = Math.floor(i / (values.length / 3));
          const m = means[b * channels + (i % channels)];
          const y = f(f(f(v - m) * factors[b]) + m);
          return Math.max(Math.min(y, f(hi)), f(lo));
        });
        assert.deepEqual(adjustContrast(values, s, factors, 'height-then-width', lo, hi), expected, `${channels} channels, [${lo}, ${hi}]`);
        const copy = Float32Array.from(values);
        assert.deepEqual(adjustContrast(copy, s, factors, 'height-then-width', lo, hi, copy), expected, 'in place');
      }
    }
  });

  it('sums each column row by row: in float32 steps over H then W (Keras 3), in double over H·W (Keras 2)', () => {
    const f = Math.fround;
    // Heights around the four-row passes; values of mixed magnitude, so the order of the sums shows.
    for (const height of [1, 3, 4, 7, 9]) {
      const s = shapeOf(2, height, 5, 3);
      const values = randomPixels(s, height).map((v, i) => (i % 5 === 0 ? f(v * 1e4 + 0.37) : f(v / 7)));
      const expectedH = new Float32Array(6);
      const expectedWhole = new Float32Array(6);
      for (let b = 0; b < 2; b++) {
        for (let c = 0; c < 3; c++) {
          let sumW = 0;
          let whole = 0;
          for (let x = 0; x < 5; x++) {
            let column = 0;
            let columnD = 0;
            for (let y = 0; y < height; y++) {
              column = f(column + values[((b * height + y) * 5 + x) * 3 + c]);
              columnD += values[((b * height + y) * 5 + x) * 3 + c];
            }
            sumW = f(sumW + f(column / height));
            whole += columnD;
          }
          expectedH[b * 3 + c] = f(sumW / 5);
          expectedWhole[b * 3 + c] = f(f(whole) / (height * 5));
        }
      }
      assert.deepEqual(channelMeans(values, s, 'height-then-width'), expectedH, `height ${height}`);
      assert.deepEqual(channelMeans(values, s, 'whole-image'), expectedWhole, `height ${height}, whole image`);
    }
  });

  it('the two ways of taking the mean agree to float32 rounding', () => {
    const a = channelMeans(images, shape, 'height-then-width');
    const b = channelMeans(images, shape, 'whole-image');
    a.forEach((m, i) => assert.ok(Math.abs(m - b[i]) < 1e-4));
  });
});

describe('adjustBrightness', () => {
  const values = Float32Array.of(0, 10, 250, 5);

  it('float32: adds and clips', () => {
    assert.deepEqual(Array.from(adjustBrightness(values, 4, Float32Array.of(-25.5), 'float32', 0, 255)), [0, 0, 224.5, 0]);
  });

  it('int32 truncates the delta toward zero; uint8 also wraps around 256 before the clip', () => {
    assert.deepEqual(Array.from(adjustBrightness(values, 4, Float32Array.of(25.5), 'int32', 0, 255)), [25, 35, 255, 30]);
    assert.deepEqual(Array.from(adjustBrightness(values, 4, Float32Array.of(-25.5), 'uint8', 0, 255)), [231, 241, 225, 236]);
  });
});

describe('autoContrast', () => {
  it('stretches each channel of each image to [0, 255] and marks constant channels NaN', () => {
    const shape = shapeOf(1, 2, 2, 2);
    const out = autoContrast(Float32Array.of(10, 7, 20, 7, 30, 7, 50, 7), shape);
    assert.deepEqual(Array.from(out.filter((_, i) => i % 2 === 0)), [0, 63.75, 127.5, 255]);
    assert.ok(out.filter((_, i) => i % 2 === 1).every(Number.isNaN));
  });
});
