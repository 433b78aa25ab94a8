// Crops follow Python slicing (clipped, never padded); Keras 3's aspect padding adds the same
// margin on both sides; the aspect box keeps the target's ratio, centred.
import * as assert from 'node:assert/strict';
import { cropImages, padImages } from '../../../../src/engine/kernels/crop';
import { aspectCropBox, aspectPadding } from '../../../../src/engine/layers/aspectBox';
import { at, randomPixels, shapeOf } from '../helpers';

describe('cropImages / padImages', () => {
  const shape = shapeOf(2, 5, 7, 3);
  const images = randomPixels(shape, 4);

  it('copies the window, image by image', () => {
    const out = cropImages(images, shape, 1, 2, 3, 4);
    assert.deepEqual([out.height, out.width], [3, 4]);
    const outShape = shapeOf(2, 3, 4, 3);
    for (let b = 0; b < 2; b++) {
      for (let y = 0; y < 3; y++) {
        for (let x = 0; x < 4; x++) {
          for (let c = 0; c < 3; c++) assert.equal(out.values[at(outShape, b, y, x, c)], images[at(shape, b, y + 1, x + 2, c)]);
        }
      }
    }
  });

  it('clips a window that reaches past the edge, as Python slicing does', () => {
    const out = cropImages(images, shape, 3, 5, 4, 4);
    assert.deepEqual([out.height, out.width], [2, 2]);
    assert.equal(out.values[0], images[at(shape, 0, 3, 5, 0)]);
    assert.deepEqual([cropImages(images, shape, 9, 0, 2, 2).height, cropImages(images, shape, 9, 0, 2, 2).values.length], [0, 0]);
  });

  it('pads the same number of rows above and below, columns left and right', () => {
    const out = padImages(images, shape, 2, 1, -1);
    assert.deepEqual([out.height, out.width], [9, 9]);
    const outShape = shapeOf(2, 9, 9, 3);
    assert.equal(out.values[at(outShape, 1, 0, 4, 2)], -1);
    assert.equal(out.values[at(outShape, 1, 8, 4, 2)], -1);
    assert.equal(out.values[at(outShape, 1, 4, 0, 2)], -1);
    assert.equal(out.values[at(outShape, 1, 4, 8, 2)], -1);
    assert.equal(out.values[at(outShape, 1, 2, 1, 0)], images[at(shape, 1, 0, 0, 0)]);
    assert.equal(out.values[at(outShape, 1, 6, 7, 2)], images[at(shape, 1, 4, 6, 2)]);
  });
});

describe('aspectCropBox / aspectPadding', () => {
  for (const arithmetic of ['keras3-static', 'tf-float32', 'keras2'] as const) {
    it(`${arithmetic}: the largest centred window of the target ratio`, () => {
      for (const [inH, inW, outH, outW] of [[100, 60, 20, 30], [37, 91, 7, 7], [64, 64, 10, 40], [5, 9, 5, 4]]) {
        const box = aspectCropBox(inH, inW, outH, outW, arithmetic);
        assert.ok(box.height === inH || box.width === inW, 'touches two sides');
        assert.ok(Math.abs(box.height / box.width - outH / outW) <= (outH / outW) * (1 / Math.min(box.height, box.width)) + 1e-9, `ratio of ${JSON.stringify(box)}`);
        assert.ok(Math.abs(2 * box.top + box.height - inH) <= 1 && Math.abs(2 * box.left + box.width - inW) <= 1, 'centred');
      }
    });
  }

  it('only Keras 2 lets the window shrink to nothing', () => {
    assert.equal(aspectCropBox(1, 100, 50, 1, 'keras2').width, 0);
    assert.equal(aspectCropBox(1, 100, 50, 1, 'keras3-static').width, 1);
    assert.equal(aspectCropBox(1, 100, 50, 1, 'tf-float32').width, 1);
  });

  it('pads the short side out to the target ratio', () => {
    assert.deepEqual(aspectPadding(5, 7, 6, 6), { rows: 1, cols: 0 });
    assert.deepEqual(aspectPadding(7, 4, 4, 9), { rows: 0, cols: 5 });
    assert.deepEqual(aspectPadding(6, 6, 6, 6), { rows: 0, cols: 0 });
  });
});
