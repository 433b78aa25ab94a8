// Properties of the resize kernels that hold for TF's too (pixel values against TF are in
// test/oracle/resizeKernel.test.ts): constants stay constant, same size copies, area averages
// whole blocks, nearest only copies, batches are independent.
import * as assert from 'node:assert/strict';
import { RESIZE_METHODS, resizeImages } from '../../../../src/engine/kernels/resize';
import { randomPixels, shapeOf } from '../helpers';

describe('resizeImages', () => {
  for (const method of RESIZE_METHODS) {
    for (const antialias of [false, true]) {
      it(`${method}${antialias ? ' (antialias)' : ''}: a constant image stays constant, up and down`, () => {
        for (const [outH, outW] of [[3, 2], [9, 13], [1, 1]]) {
          const out = resizeImages(new Float32Array(5 * 7 * 2).fill(42.5), 1, 5, 7, 2, outH, outW, method, { antialias });
          assert.equal(out.length, outH * outW * 2);
          for (const v of out) assert.ok(Math.abs(v - 42.5) < 1e-4, `${outH}x${outW}: ${v}`);
        }
      });
    }
  }

  for (const method of ['bilinear', 'nearest', 'bicubic', 'area'] as const) {
    it(`${method}: the same size is a copy`, () => {
      const shape = shapeOf(2, 6, 5, 3);
      const images = randomPixels(shape, 3);
      const out = resizeImages(images, 2, 6, 5, 3, 6, 5, method);
      out.forEach((v, i) => assert.ok(Math.abs(v - images[i]) < 1e-4, `value ${i}`));
    });
  }

  it('area: halving averages 2×2 blocks', () => {
    const shape = shapeOf(1, 4, 6, 1);
    const images = randomPixels(shape, 5);
    const out = resizeImages(images, 1, 4, 6, 1, 2, 3, 'area');
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 3; x++) {
        const block = [0, 1].flatMap((dy) => [0, 1].map((dx) => images[(2 * y + dy) * 6 + 2 * x + dx]));
        assert.ok(Math.abs(out[y * 3 + x] - block.reduce((a, b) => a + b) / 4) < 1e-3);
      }
    }
  });

  it('nearest only copies input values', () => {
    const images = randomPixels(shapeOf(1, 5, 7, 1), 6);
    const values = new Set(images);
    for (const v of resizeImages(images, 1, 5, 7, 1, 12, 3, 'nearest')) assert.ok(values.has(v));
  });

  it('resizes each image of a batch on its own', () => {
    const shape = shapeOf(3, 5, 4, 2);
    const images = randomPixels(shape, 7);
    const per = 5 * 4 * 2;
    for (const method of RESIZE_METHODS) {
      const batch = resizeImages(images, 3, 5, 4, 2, 7, 3, method, { antialias: true });
      const second = resizeImages(images.slice(per, 2 * per), 1, 5, 4, 2, 7, 3, method, { antialias: true });
      assert.deepEqual(batch.subarray(7 * 3 * 2, 2 * 7 * 3 * 2), second, method);
    }
  });

  it('rejects an empty output size, as TF does', () => {
    assert.throws(() => resizeImages(new Float32Array(4), 1, 2, 2, 1, 0, 2, 'bilinear'), /must be positive/);
  });
});
