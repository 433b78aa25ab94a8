// Properties of the map_coordinates kernel (values against Keras: test/oracle/
// mapCoordinatesKernel.test.ts) and the separable zero-padded blur.
import * as assert from 'node:assert/strict';
import { mapCoordinates, type MapFillMode } from '../../../../src/engine/kernels/mapCoordinates';
import { blurSeparable } from '../../../../src/engine/kernels/separableBlur';
import { randomPixels, shapeOf } from '../helpers';

const MODES: MapFillMode[] = ['constant', 'nearest', 'wrap', 'reflect'];

describe('mapCoordinates', () => {
  const shape = shapeOf(2, 4, 5, 3);
  const images = randomPixels(shape, 9);
  const grid = (dy: number, dx: number) => {
    const ys = Float32Array.from({ length: 2 * 20 }, (_, i) => Math.floor((i % 20) / 5) + dy);
    const xs = Float32Array.from({ length: 2 * 20 }, (_, i) => (i % 5) + dx);
    return [ys, xs] as const;
  };

  for (const mode of MODES) {
    for (const order of [0, 1] as const) {
      it(`${mode}, order ${order}: the pixel grid itself reads the image back`, () => {
        const [ys, xs] = grid(0, 0);
        assert.deepEqual(mapCoordinates(images, shape, ys, xs, order, mode, -1), images);
      });
    }
  }

  it('wrap repeats with the image size; reflect with twice the size', () => {
    for (const [mode, period] of [['wrap', 5], ['reflect', 10]] as const) {
      const [ys, xs] = grid(0, 0.25);
      const [, shifted] = grid(0, 0.25 + 3 * period);
      assert.deepEqual(mapCoordinates(images, shape, ys, shifted, 1, mode, -1), mapCoordinates(images, shape, ys, xs, 1, mode, -1), mode);
    }
  });

  it('constant mode reads fill_value far outside', () => {
    const [ys, xs] = grid(10, -20);
    assert.ok(mapCoordinates(images, shape, ys, xs, 1, 'constant', -7).every((v) => v === -7));
  });
});

describe('blurSeparable', () => {
  it('equals the full 2-D convolution by the outer-product kernel, zero padded', () => {
    const [h, w] = [6, 7];
    const values = randomPixels(shapeOf(2, h, w, 1), 3);
    const k = Float32Array.from([0.1, 0.2, 0.4, 0.2, 0.1]);
    const out = blurSeparable(values, 2, h, w, k);
    for (let b = 0; b < 2; b++) {
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let sum = 0;
          for (let i = 0; i < 5; i++) {
            for (let j = 0; j < 5; j++) {
              const [yy, xx] = [y + i - 2, x + j - 2];
              if (yy >= 0 && yy < h && xx >= 0 && xx < w) sum += k[i] * k[j] * values[(b * h + yy) * w + xx];
            }
          }
          assert.ok(Math.abs(out[(b * h + y) * w + x] - sum) < 1e-3, `(${b}, ${y}, ${x})`);
        }
      }
    }
  });
});
