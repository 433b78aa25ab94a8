// CutMix: one α per batch, boxes inside the image with sides √(1 − λ) of the image's, the patch
// copied from the partner at the same place and nothing else touched.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import type { CutMixTransformation } from '../../../../src/engine/layers/cutMix';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { at, randomPixels, shapeOf } from '../helpers';

describe('CutMix', () => {
  before(ensureBackend);

  it('draws boxes inside the image whose area matches the label weight', () => {
    const layer = createLayer('CutMix', {}, 3);
    const shape = shapeOf(200, 9, 12, 1);
    const t = layer.sample(shape, new SeededRng(2)) as CutMixTransformation;
    t.boxes.forEach((b, i) => {
      assert.ok(b.x0 >= 0 && b.x1 <= 12 + 1e-4 && b.y0 >= 0 && b.y1 <= 9 + 1e-4, JSON.stringify(b));
      // Both sides are the same fraction of the image's sides.
      assert.ok(Math.abs((b.x1 - b.x0) / 12 - (b.y1 - b.y0) / 9) < 1e-5);
      const lambda = layer.describeSample(t, i).lambda as number;
      assert.ok(Math.abs(1 - lambda - ((b.x1 - b.x0) * (b.y1 - b.y0)) / 108) < 1e-5);
    });
  });

  it('pastes the partner\'s pixels inside the box and keeps the rest', () => {
    const layer = createLayer('CutMix', {}, 3);
    const shape = shapeOf(2, 4, 5, 3);
    const pixels = randomPixels(shape);
    const input = tf.tensor4d(pixels, [2, 4, 5, 3]);
    const t = layer.parseTransformation({ partner: [1, 0], box: [[1, 0.5, 3, 2.5], [0, 0, 0, 0]] }, shape);
    const out = layer.apply(input, t, true).dataSync();
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 5; x++) {
        // Keras's mask: x0 <= col < x1 and y0 <= row < y1 → columns 1, 2 and rows 1, 2.
        const inside = x >= 1 && x < 3 && y >= 1 && y < 3;
        for (let c = 0; c < 3; c++) {
          assert.equal(out[at(shape, 0, y, x, c)], pixels[at(shape, inside ? 1 : 0, y, x, c)]);
          assert.equal(out[at(shape, 1, y, x, c)], pixels[at(shape, 1, y, x, c)], 'an empty box changes nothing');
        }
      }
    }
    input.dispose();
  });

  it('labels the partner, the box [x0, y0, x1, y1] and the label weight', () => {
    const layer = createLayer('CutMix', {}, 3);
    const shape = shapeOf(1, 4, 4, 1);
    const t = layer.parseTransformation({ partner: [0], box: [[0, 0, 2, 2]] }, shape);
    assert.deepEqual(layer.describeSample(t, 0), { partner: 0, box: [0, 0, 2, 2], lambda: 0.75 });
    assert.throws(() => layer.parseTransformation({ partner: [0], box: [[0, 0, 2]] }, shape), /boxes \[x0, y0, x1, y1\]/);
  });
});
