// Interpolation and matrix handling of the projective kernel: the constant-mode blend at the
// border, rounding at .5, shared vs per-image rows, k == 0, and that float32 is what comes out.
import * as assert from 'node:assert/strict';
import { roundHalfAwayFromZero } from '../../../../src/engine/kernels/float32';
import { projectiveTransform } from '../../../../src/engine/kernels/projectiveTransform';
import { at, randomPixels, shapeOf } from '../helpers';

const IDENTITY = [1, 0, 0, 0, 1, 0, 0, 0];
const shiftX = (dx: number) => Float32Array.from([1, 0, dx, 0, 1, 0, 0, 0]);
const ROW = Float32Array.from([10, 20, 30, 40]);
const ROW_SHAPE = shapeOf(1, 1, 4, 1);

describe('projectiveTransform', () => {
  it('the identity row returns the input unchanged, in both interpolations', () => {
    const shape = shapeOf(2, 5, 7, 3);
    const images = randomPixels(shape);
    for (const interpolation of ['nearest', 'bilinear'] as const) {
      const out = projectiveTransform(images, shape, Float32Array.from(IDENTITY), { interpolation, fillMode: 'constant', fillValue: -1 });
      assert.deepEqual(out, images);
    }
  });

  it('constant + bilinear blends the fill value into border pixels', () => {
    const fill = 100;
    const out = projectiveTransform(ROW, ROW_SHAPE, shiftX(-0.5), { interpolation: 'bilinear', fillMode: 'constant', fillValue: fill });
    assert.equal(out[0], (fill + ROW[0]) / 2, 'x_in = −0.5: half fill, half pixel 0');
    assert.equal(out[1], (ROW[0] + ROW[1]) / 2);
    const far = projectiveTransform(ROW, ROW_SHAPE, shiftX(-1), { interpolation: 'bilinear', fillMode: 'constant', fillValue: fill });
    assert.equal(far[0], fill, 'x_in = −1: pure fill');
    const right = projectiveTransform(ROW, ROW_SHAPE, shiftX(0.25), { interpolation: 'bilinear', fillMode: 'constant', fillValue: fill });
    assert.equal(right[3], Math.fround(0.75 * ROW[3] + 0.25 * fill), 'x_in = 3.25 reads the fill on its right');
  });

  it('nearest rounds .5 away from zero, so x_in = −0.5 reads the fill in constant mode', () => {
    const out = projectiveTransform(ROW, ROW_SHAPE, shiftX(-0.5), { interpolation: 'nearest', fillMode: 'constant', fillValue: -1 });
    // x_in = x − 0.5: −0.5 → −1 (fill), 0.5 → 1, 1.5 → 2, 2.5 → 3.
    assert.deepEqual(Array.from(out), [-1, ROW[1], ROW[2], ROW[3]]);
    assert.deepEqual([1.5, 2.5, -0.5, -1.5, 0.49999997].map(roundHalfAwayFromZero), [2, 3, -1, -2, 0]);
  });

  it('other fill modes never read the fill value for affine rows', () => {
    for (const fillMode of ['reflect', 'wrap', 'nearest'] as const) {
      const out = projectiveTransform(ROW, ROW_SHAPE, shiftX(-2.5), { interpolation: 'bilinear', fillMode, fillValue: 1e6 });
      assert.ok(out.every((v) => v >= 10 && v <= 40), `${fillMode}: ${Array.from(out)}`);
    }
  });

  it('a shared row equals the same row given per image', () => {
    const shape = shapeOf(3, 6, 5, 2);
    const images = randomPixels(shape, 3);
    const row = [0.9, 0.2, 0.5, -0.3, 1.1, 0.25, 0, 0];
    const options = { interpolation: 'bilinear', fillMode: 'reflect', fillValue: 0 } as const;
    const shared = projectiveTransform(images, shape, Float32Array.from(row), options);
    const perImage = projectiveTransform(images, shape, Float32Array.from([...row, ...row, ...row]), options);
    assert.deepEqual(shared, perImage);
  });

  it('per-image rows transform each image of the batch by its own row', () => {
    const shape = shapeOf(3, 4, 4, 1);
    const images = randomPixels(shape, 5);
    const rows = [shiftX(1), shiftX(-1), shiftX(2)];
    const options = { interpolation: 'nearest', fillMode: 'constant', fillValue: -7 } as const;
    const batch = projectiveTransform(images, shape, Float32Array.from(rows.flatMap((r) => Array.from(r))), options);
    const single = shapeOf(1, 4, 4, 1);
    rows.forEach((row, b) => {
      const one = projectiveTransform(images.subarray(16 * b, 16 * (b + 1)), single, row, options);
      assert.deepEqual(batch.subarray(16 * b, 16 * (b + 1)), one, `image ${b}`);
    });
  });

  it('k = c0·x + c1·y + 1 == 0 gives the fill value, and the projective division applies elsewhere', () => {
    const shape = shapeOf(1, 2, 4, 1);
    const images = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    // k = 1 − 0.5·x: zero at x = 2.
    const out = projectiveTransform(images, shape, Float32Array.from([1, 0, 0, 0, 1, 0, -0.5, 0]), {
      interpolation: 'nearest',
      fillMode: 'constant',
      fillValue: -3,
    });
    assert.equal(out[at(shape, 0, 0, 2, 0)], -3);
    assert.equal(out[at(shape, 0, 1, 2, 0)], -3);
    // x = 1: k = 0.5, x_in = 2, y_in = 2·y → row 0 reads (0, 2) = 3, row 1 reads y = 2 (outside) = fill.
    assert.equal(out[at(shape, 0, 0, 1, 0)], 3);
    assert.equal(out[at(shape, 0, 1, 1, 0)], -3);
  });

  it('writes a different output size when asked', () => {
    const shape = shapeOf(1, 3, 3, 1);
    const images = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const out = projectiveTransform(images, shape, Float32Array.from(IDENTITY), {
      interpolation: 'nearest', fillMode: 'constant', fillValue: 0, outHeight: 2, outWidth: 4,
    });
    assert.deepEqual(Array.from(out), [1, 2, 3, 0, 4, 5, 6, 0]);
  });

  it('rejects a transform array of the wrong length', () => {
    assert.throws(() => projectiveTransform(ROW, ROW_SHAPE, new Float32Array(7), { interpolation: 'nearest', fillMode: 'constant', fillValue: 0 }));
  });
});

describe('projectiveTransform: axis-aligned rows (zoom, translation) take a per-row/column path', () => {
  const shape = { batch: 3, height: 7, width: 9, channels: 3 };
  const images = Float32Array.from({ length: 3 * 7 * 9 * 3 }, (_, i) => (i * 37) % 251);
  // Zoom in, zoom out past the borders, a fractional shift and a mirror: c0 = 1e-30 keeps the same
  // coordinates (k rounds to exactly 1) but sends the row through the general per-pixel path.
  const rows = [[0.7, 0, 1.3, 0, 0.8, 0.9, 0, 0], [1.6, 0, -3.2, 0, 1.4, -2.5, 0, 0], [-1, 0, 8.5, 0, 1, -4.25, 0, 0]];
  for (const fillMode of ['reflect', 'wrap', 'constant', 'nearest'] as const) {
    for (const interpolation of ['bilinear', 'nearest'] as const) {
      it(`${fillMode}/${interpolation}: the same pixels as the per-pixel path`, () => {
        const options = { interpolation, fillMode, fillValue: -5 };
        const fast = projectiveTransform(images, shape, Float32Array.from(rows.flat()), options);
        const general = projectiveTransform(images, shape, Float32Array.from(rows.flatMap((r) => [...r.slice(0, 6), 1e-30, 0])), options);
        assert.deepEqual(fast, general);
      });
    }
  }
});
