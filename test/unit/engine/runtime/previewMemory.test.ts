// The preview leaks no tensors: after 100 previews through renderPreview (the worker's and the
// CLI's path) TF.js holds as many tensors as before.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { renderPreview } from '../../../../src/engine/preview';
import type { PreviewRequest } from '../../../../src/engine/previewTypes';
import { encodePng } from '../../../../src/images/encode';

describe('preview memory', () => {
  it('holds no more tensors after 100 previews than before', async () => {
    const rgba = new Uint8Array(16 * 12 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const request = (seed: number): PreviewRequest => ({
      imageBytes: new Uint8Array(0),
      imageName: 'memory.png',
      pipeline: {
        name: 'memory',
        kerasVersion: 3,
        layers: [
          { className: 'RandomFlip', args: {} },
          { className: 'Pipeline', args: { layers: [{ class_name: 'RandomRotation', config: { factor: 0.2 } }, { class_name: 'MixUp', config: {} }] } },
          { className: 'CutMix', args: {} },
          { className: 'RandomErasing', args: {} },
          { className: 'Rescaling', args: { scale: 1 / 255 } },
        ],
      },
      seed,
      samples: 4,
      epochs: 1,
      maxSize: 64,
    });
    const png = await encodePng(16, 12, rgba);
    const first = await renderPreview({ ...request(0), imageBytes: png });
    assert.deepEqual(first.warnings, [], 'every layer ran');
    const baseline = tf.memory().numTensors;
    for (let i = 1; i <= 100; i++) await renderPreview({ ...request(i), imageBytes: png });
    assert.equal(tf.memory().numTensors, baseline);
  });
});
