// The depthwise convolution (zero padding) and TF's Gaussian kernel, including the scrambled
// non-square kernel TF builds.
import * as assert from 'node:assert/strict';
import { depthwiseConvSame, type Kernel2d } from '../../../../src/engine/kernels/depthwiseConv';
import { gaussianKernel1d, gaussianKernel2d } from '../../../../src/engine/kernels/gaussianKernel';
import { at, randomPixels, shapeOf } from '../helpers';

const f = Math.fround;
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('depthwiseConvSame', () => {
  const box: Kernel2d = { rows: 3, cols: 3, weights: new Float32Array(9).fill(1 / 9) };

  it('keeps a flat image flat inside and darkens its border (taps outside read 0)', () => {
    const shape = shapeOf(1, 4, 5, 2);
    const out = depthwiseConvSame(new Float32Array(40).fill(90), shape, box);
    assert.ok(Math.abs(out[at(shape, 0, 1, 1, 0)] - 90) < 1e-4, 'interior');
    assert.ok(Math.abs(out[at(shape, 0, 0, 2, 1)] - 60) < 1e-4, 'edge: 6 of 9 taps inside');
    assert.ok(Math.abs(out[at(shape, 0, 3, 4, 0)] - 40) < 1e-4, 'corner: 4 of 9 taps inside');
  });

  it('is a correlation: a single bright pixel spreads the kernel mirrored, channel by channel', () => {
    const kernel: Kernel2d = { rows: 3, cols: 3, weights: Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) };
    const shape = shapeOf(1, 3, 3, 2);
    const image = new Float32Array(18);
    image[at(shape, 0, 1, 1, 1)] = 1;
    const out = depthwiseConvSame(image, shape, kernel);
    for (let y = 0; y < 3; y++) {
      for (let x = 0; x < 3; x++) {
        assert.equal(out[at(shape, 0, y, x, 1)], kernel.weights[(2 - y) * 3 + (2 - x)]);
        assert.equal(out[at(shape, 0, y, x, 0)], 0, 'channels do not mix');
      }
    }
  });

  it('treats each image of the batch on its own', () => {
    const shape = shapeOf(3, 4, 4, 3);
    const images = randomPixels(shape, 3);
    const all = depthwiseConvSame(images, shape, box);
    const per = 4 * 4 * 3;
    const second = depthwiseConvSame(images.slice(per, 2 * per), shapeOf(1, 4, 4, 3), box);
    assert.deepEqual(all.subarray(per, 2 * per), second);
  });
});

describe('gaussianKernel', () => {
  it('1-D: symmetric, normalised, wider for a larger sigma', () => {
    const k = gaussianKernel1d(5, 1);
    assert.ok(Math.abs(sum(k) - 1) < 1e-6);
    assert.equal(k[0], k[4]);
    assert.equal(k[1], k[3]);
    assert.ok(gaussianKernel1d(5, 3)[0] > k[0]);
  });

  it('2-D square: the outer product of the two 1-D kernels', () => {
    const k = gaussianKernel2d([3, 3], [0.7, 1.3]);
    const kx = gaussianKernel1d(3, 0.7);
    const ky = gaussianKernel1d(3, 1.3);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) assert.equal(k.weights[i * 3 + j], f(ky[i] * kx[j]));
  });

  it('2-D non-square: the (size1 × size0) outer product read back as size0 × size1, as TF reshapes it', () => {
    const k = gaussianKernel2d([3, 5], [1, 1]);
    assert.deepEqual([k.rows, k.cols], [3, 5]);
    const kx = gaussianKernel1d(3, 1);
    const ky = gaussianKernel1d(5, 1);
    const flat = Array.from({ length: 5 }, (_, i) => Array.from(kx, (x) => f(ky[i] * x))).flat();
    assert.deepEqual(Array.from(k.weights), flat);
    assert.notEqual(k.weights[0], k.weights[4], 'so the kernel is no longer symmetric left to right');
  });
});
