// Display conversion: each value mapped from its nominal range onto 0..255, rounded halves up
// (Math.round) and clipped, as byte-wise Uint8ClampedArray stores of Math.round would give; the
// value extent skips NaN.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { toDisplayRgba, valueBounds, valueExtent } from '../../../src/images/pixels';

const EDGES = [NaN, Infinity, -Infinity, -0, 0, 0.49999, 0.5, 1.5, 2.5, 127.5, 254.49999, 254.5, 254.7, 255, 255.5, 256, -0.5, -0.51, -1e10, 1e10, 2 ** 31, 2 ** 32 + 3];

/** The straightforward conversion: Math.round per channel into a clamped byte array. */
function reference(data: Float32Array, channels: number, [lo, hi]: readonly [number, number]): Uint8ClampedArray {
  const scale = hi > lo ? 255 / (hi - lo) : 1;
  const out = new Uint8ClampedArray((data.length / channels) * 4);
  for (let p = 0; p < data.length / channels; p++) {
    for (let c = 0; c < 3; c++) out[4 * p + c] = Math.round((data[p * channels + (channels >= 3 ? c : 0)] - lo) * scale);
    out[4 * p + 3] = 255;
  }
  return out;
}

describe('display pixels', () => {
  for (const [range, channels] of [[[0, 255], 3], [[0, 1], 3], [[0, 255], 1], [[-1, 1], 4], [[3, 3], 3], [[0, 255], 2]] as const) {
    it(`range [${range}], ${channels} channel(s): the same bytes as Math.round into clamped bytes`, () => {
      const span = range[1] - range[0] || 1;
      const values = [...EDGES, ...EDGES.map((v) => range[0] + (v * span) / 255), ...Array.from({ length: 3000 }, (_, i) => range[0] + ((i % 300) / 250 - 0.1) * span)];
      const pixels = Math.floor(values.length / channels);
      const data = Float32Array.from(values.slice(0, pixels * channels));
      assert.deepEqual(toDisplayRgba(data, 1, pixels, channels, range), reference(data, channels, range));
    });
  }

  it('value extent: smallest and largest, NaN skipped, [0, 0] when there is none', () => {
    assert.deepEqual(valueExtent(Float32Array.from([3, NaN, -2, 7.5, 0])), [-2, 7.5]);
    assert.deepEqual(valueExtent(Float32Array.from([NaN, NaN])), [0, 0]);
    assert.deepEqual(valueExtent(new Float32Array(0)), [0, 0]);
  });

  it('value bounds: what one scan with strict comparisons gives, to the sign of a zero, on any data', () => {
    // The scan the fast path must equal: NaN fails both tests; of equal extremes the first stays.
    const scan = (data: Float32Array): [number, number] => {
      let min = Infinity;
      let max = -Infinity;
      for (const v of data) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      return [min, max];
    };
    const value = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1, -1), fc.float({ noDefaultInfinity: false }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const data = Float32Array.from(values);
        const [min, max] = valueBounds(data);
        const [eMin, eMax] = scan(data);
        return Object.is(min, eMin) && Object.is(max, eMax);
      }),
      { numRuns: 20_000 },
    );
  });
});
