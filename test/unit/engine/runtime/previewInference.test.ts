// The inference path, layer by layer: random layers pass the image through (their stage shows
// the same pixels as the one before), Rescaling changes values and range, and every stage's tile
// owns its bytes (the worker transfers each tile's buffer on its own).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderPreview } from '../../../../src/engine/preview';

const image = readFileSync(path.resolve(__dirname, '../../../../../media/sample.png'));

describe('preview: inference stages', () => {
  it('random layers show the unchanged image, Rescaling maps to [0, 1], each tile with bytes of its own', async () => {
    const result = await renderPreview({
      imageBytes: image, imageName: 'sample.png', seed: 3, samples: 2, epochs: 0, maxSize: 40,
      pipeline: {
        name: 'augment', kerasVersion: 3,
        layers: [
          { className: 'RandomFlip', args: { mode: 'horizontal' } },
          { className: 'RandomRotation', args: { factor: 0.2 } },
          { className: 'Rescaling', args: { scale: 1 / 255 } },
          { className: 'RandomZoom', args: { height_factor: 0.1 } },
        ],
      },
    });
    const stages = result.inferenceStages;
    assert.deepEqual(stages.map((s) => [s.layer, s.changed, s.range]), [
      ['input', false, [0, 255]], ['RandomFlip', false, [0, 255]], ['RandomRotation', false, [0, 255]],
      ['Rescaling', true, [0, 1]], ['RandomZoom', false, [0, 1]],
    ]);
    const buffers = new Set(stages.map((s) => s.tile.rgba.buffer));
    assert.equal(buffers.size, stages.length, 'no two stages share a buffer');
    for (const i of [1, 2, 4]) assert.deepEqual(stages[i].tile.rgba, stages[i - 1].tile.rgba, `${stages[i].layer} shows the image it was given`);
    assert.deepEqual(result.inference.rgba, stages[4].tile.rgba);
    const [lo, hi] = result.valueRange.inference;
    assert.ok(lo >= 0 && hi <= 1 && hi > 0.5, `values after Rescaling in [0, 1]: ${lo} … ${hi}`);
  });
});
