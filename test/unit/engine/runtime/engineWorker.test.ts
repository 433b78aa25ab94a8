// The engine's worker (what the extension runs), where a large batch is split between the worker
// and image threads of its own, renders the same tiles as in-process: shared batches, nested
// threads and the transfer of the tiles back change nothing.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderPreview } from '../../../../src/engine/preview';
import type { PreviewRequest, PreviewResult } from '../../../../src/engine/previewTypes';
import type { WorkerResponse } from '../../../../src/engine/workerProtocol';
import { encodePng } from '../../../../src/images/encode';

describe('engine worker', () => {
  it('renders a batch large enough to split exactly as in-process', async function () {
    this.timeout(60_000);
    const size = 72;
    const rgba = new Uint8Array(size * size * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 53) % 256));
    const request: PreviewRequest = {
      imageBytes: await encodePng(size, size, rgba),
      imageName: 'worker.png',
      pipeline: {
        name: 'typical',
        kerasVersion: 3,
        layers: [
          { className: 'RandomFlip', args: { mode: 'horizontal' } },
          { className: 'RandomRotation', args: { factor: 0.2 } },
          { className: 'RandomZoom', args: { height_factor: 0.1 } },
          { className: 'RandomContrast', args: { factor: 0.2 } },
          { className: 'Rescaling', args: { scale: 1 / 255 } },
        ],
      },
      seed: 7,
      // 16 × 72² × 3 values: above the split threshold.
      samples: 16,
      epochs: 0,
      maxSize: 256,
    };
    const worker = new Worker(path.resolve(__dirname, '../../../../src/engine/worker.js'));
    try {
      const inWorker = await new Promise<PreviewResult>((resolve, reject) => {
        worker.once('message', (response: WorkerResponse) => (response.ok ? resolve(response.result as PreviewResult) : reject(new Error(response.message))));
        worker.once('error', reject);
        worker.postMessage({ id: 1, type: 'render', request });
      });
      const here = await renderPreview(request);
      assert.equal(inWorker.training.length, 16);
      inWorker.training.forEach((tile, i) => assert.deepEqual(tile.rgba, here.training[i].rgba, `tile ${i}`));
      assert.deepEqual(inWorker.valueRange, here.valueRange);
    } finally {
      await worker.terminate();
    }
  });
});
