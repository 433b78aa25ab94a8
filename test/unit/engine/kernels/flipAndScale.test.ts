import * as assert from 'node:assert/strict';
import { flipImages } from '../../../../src/engine/kernels/flip';
import { scaleOffset } from '../../../../src/engine/kernels/scaleOffset';
import { at, randomPixels, shapeOf } from '../helpers';

describe('flipImages', () => {
  for (const shape of [shapeOf(4, 5, 6, 3), shapeOf(4, 1, 9, 1), shapeOf(4, 7, 1, 4)]) {
    it(`flips each image by its own flags (${shape.height}x${shape.width}x${shape.channels})`, () => {
      const images = randomPixels(shape, 2);
      const horizontal = [false, true, false, true];
      const vertical = [false, false, true, true];
      const out = flipImages(images, shape, horizontal, vertical);
      for (let b = 0; b < shape.batch; b++) {
        for (let y = 0; y < shape.height; y++) {
          for (let x = 0; x < shape.width; x++) {
            for (let c = 0; c < shape.channels; c++) {
              const sy = vertical[b] ? shape.height - 1 - y : y;
              const sx = horizontal[b] ? shape.width - 1 - x : x;
              assert.equal(out[at(shape, b, y, x, c)], images[at(shape, b, sy, sx, c)]);
            }
          }
        }
      }
    });
  }

  it('needs one flag per image', () => {
    const shape = shapeOf(2, 2, 2, 1);
    assert.throws(() => flipImages(new Float32Array(8), shape, [true], [false, false]));
  });
});

describe('scaleOffset', () => {
  it('rounds the product to float32 before adding, as TF does', () => {
    const values = Float32Array.from([1, 2, 3, 255]);
    const scale = Float32Array.of(1 / 255);
    const offset = Float32Array.of(-0.5);
    const out = scaleOffset(values, 1, scale, offset);
    values.forEach((v, i) => assert.equal(out[i], Math.fround(Math.fround(v * scale[0]) + offset[0])));
  });

  it('applies per-channel scale and offset along the last axis', () => {
    const values = Float32Array.from([1, 1, 1, 2, 2, 2]);
    const out = scaleOffset(values, 3, Float32Array.from([1, 2, -1]), Float32Array.from([0, 0.5, 10]));
    assert.deepEqual(Array.from(out), [1, 2.5, 9, 2, 4.5, 8]);
  });

  it('rejects lists that match neither 1 nor the channel count', () => {
    assert.throws(() => scaleOffset(new Float32Array(6), 3, Float32Array.from([1, 2]), Float32Array.of(0)));
  });
});
