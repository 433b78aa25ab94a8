// The colour conversions: HSV round trips and invariants, grey weights summed in TF's order.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { GRAY_WEIGHTS, grayscale, grayValue, hsvToRgb, rgbToHsv } from '../../../../src/engine/kernels/colorspace';

const f = Math.fround;
// Pixel values with three decimals: subnormal differences would make TF's 1/range infinite too.
const channel = fc.integer({ min: 0, max: 255000 }).map((v) => Math.fround(v / 1000));
const pixelValue = fc.integer({ min: 0, max: 255 });

describe('colorspace', () => {
  it('HSV → RGB undoes RGB → HSV to within float32 rounding (fast-check)', () => {
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        const rgb = Float32Array.of(r, g, b);
        const back = hsvToRgb(rgbToHsv(rgb));
        // Rounding errors scale with V, the largest channel.
        const v = Math.max(r, g, b);
        rgb.forEach((x, i) => assert.ok(Math.abs(back[i] - x) <= 1e-5 * Math.max(1, v), `${Array.from(rgb)} → ${Array.from(back)}`));
      }),
    );
  });

  it('hue and saturation do not depend on the scale of the values (RandomSaturation works on [0, 255])', () => {
    fc.assert(
      fc.property(pixelValue, pixelValue, pixelValue, (r, g, b) => {
        const unit = rgbToHsv(Float32Array.of(r / 255, g / 255, b / 255));
        const full = rgbToHsv(Float32Array.of(r, g, b));
        assert.ok(Math.abs(unit[0] - full[0]) < 1e-5 && Math.abs(unit[1] - full[1]) < 1e-5);
      }),
    );
  });

  it('grey and black pixels have hue 0 and saturation 0 (no NaN from the zero range)', () => {
    for (const v of [0, 0.5, 200]) {
      const hsv = rgbToHsv(Float32Array.of(v, v, v));
      assert.deepEqual(Array.from(hsv), [0, 0, f(v)]);
    }
  });

  it('hues below red wrap into [0, 1)', () => {
    const [h] = rgbToHsv(Float32Array.of(1, 0, 0.5));
    assert.ok(h > 0.9 && h < 1, `h = ${h}`);
  });

  it('HSV → RGB clamps each channel weight, so hues past 1 do not wrap (TF does not take H mod 1)', () => {
    const red = hsvToRgb(Float32Array.of(0, 1, 1));
    const past = hsvToRgb(Float32Array.of(1.2, 1, 1));
    assert.deepEqual(Array.from(red), [1, 0, 0]);
    assert.notDeepEqual(Array.from(past), Array.from(hsvToRgb(Float32Array.of(0.2, 1, 1))));
  });

  it('grey values sum the weighted channels in order, rounding each step to float32', () => {
    const [r, g, b] = [f(17.3), f(201.9), f(99.01)];
    const expected = f(f(f(r * GRAY_WEIGHTS[0]) + f(g * GRAY_WEIGHTS[1])) + f(b * GRAY_WEIGHTS[2]));
    assert.equal(grayValue(r, g, b), expected);
    assert.deepEqual(Array.from(grayscale(Float32Array.of(r, g, b, 0, 0, 0))), [expected, 0]);
    assert.ok(grayValue(255, 255, 255) < 255, 'the weights sum to 0.9999, so white greys to just below 255');
  });
});
