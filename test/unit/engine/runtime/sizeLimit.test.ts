// Absurd sizes never reach an allocation: a layer whose output would not fit the memory budget is
// skipped with the numbers (the rest still previews), an oversized model input is previewed
// scaled down with the reason, and hover thumbnails stay small whatever the layer's output size.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { shrinkToFit } from '../../../../src/images/shrink';
import { describeLayer } from '../../../../src/engine/layerInfo';
import { renderPreview } from '../../../../src/engine/preview';
import { fitWithinBudget, MAX_BATCH_BYTES, oversizeProblem } from '../../../../src/engine/sizeLimit';

const image = readFileSync(path.resolve(__dirname, '../../../../../media/sample.png'));
const request = { imageBytes: image, imageName: 'sample.png', seed: 1, samples: 4, epochs: 0, maxSize: 48 };

describe('engine: size limits', () => {
  it('a budget in bytes of float32 values, and the largest size of the same aspect within it', () => {
    assert.equal(oversizeProblem('Resizing', { batch: 9, height: 1024, width: 1024, channels: 3 }), undefined);
    assert.match(oversizeProblem('Resizing', { batch: 9, height: 6000, width: 6000, channels: 3 }) ?? '', /^Resizing would make 9 images of 6000×6000 \(3\.6 GiB/);
    const fitted = fitWithinBudget({ width: 8000, height: 4000 }, 9, 3);
    assert.ok(9 * fitted.width * fitted.height * 3 * 4 <= MAX_BATCH_BYTES, JSON.stringify(fitted));
    assert.ok(Math.abs(fitted.width / fitted.height - 2) < 0.01 && fitted.width > 1500, JSON.stringify(fitted));
    assert.deepEqual(fitWithinBudget({ width: 300, height: 200 }, 9, 3), { width: 300, height: 200 });
  });

  it('the preview skips a Resizing to 20000×20000 with the reason, and still applies the other layers', async () => {
    const result = await renderPreview({
      ...request,
      pipeline: { name: 'p', kerasVersion: 3, layers: [{ className: 'Resizing', args: { height: 20000, width: 20000 } }, { className: 'RandomFlip', args: { mode: 'horizontal' } }] },
    });
    assert.deepEqual(result.layers.map((l) => [l.className, l.applied]), [['Resizing', false], ['RandomFlip', true]]);
    assert.match(result.layers[0].problem ?? '', /would make 4 images of 20000×20000 .* the preview skips it/);
    assert.equal(result.training.length, 4);
    assert.ok(result.training.every((t) => t.width === result.inputSize.width && t.width <= 48), 'tiles at the working size');
    assert.ok(result.training.every((t) => t.params[0].layer === 'RandomFlip'));
  });

  it('an oversized model input is previewed scaled down, and says why', async () => {
    const result = await renderPreview({
      ...request,
      pipeline: { name: 'p', kerasVersion: 3, layers: [{ className: 'RandomFlip', args: {} }], inputSize: { width: 30000, height: 20000, source: 'input_shape of RandomFlip (line 3)' } },
    });
    const { width, height } = result.inputSize;
    assert.ok(4 * width * height * 3 * 4 <= MAX_BATCH_BYTES && width > 2000 && Math.abs(width / height - 1.5) < 0.01, `${width}×${height}`);
    assert.equal(result.inputSize.source, `input_shape of RandomFlip (line 3), scaled to ${width}×${height}: 4 samples at 30000×20000 would not fit in memory`);
  });

  it('hover thumbnails fit the asked size, and a skipped layer shows none', async () => {
    const thumbnails = { imageBytes: image, imageName: 'sample.png', seed: 1, count: 2, size: 32 };
    const big = await describeLayer({ layer: { className: 'Resizing', args: { height: 300, width: 200 } }, kerasVersion: 3, thumbnails });
    assert.equal(big.thumbnails.length, 2);
    for (const t of big.thumbnails) { const png = Buffer.from(t.png); assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [21, 32], "PNG IHDR: 21 × 32"); }
    const absurd = await describeLayer({ layer: { className: 'Resizing', args: { height: 20000, width: 20000 } }, kerasVersion: 3, thumbnails });
    assert.deepEqual(absurd.thumbnails, []);
  });

  it('shrinks RGBA by box means to fit a longest side', () => {
    const rgba = Uint8Array.from([0, 0, 0, 255, 10, 20, 30, 255, 100, 100, 100, 255, 200, 200, 200, 255]);
    assert.deepEqual(shrinkToFit({ width: 4, height: 1, rgba }, 2), { width: 2, height: 1, rgba: Uint8Array.from([5, 10, 15, 255, 150, 150, 150, 255]) });
    const small = { width: 4, height: 1, rgba };
    assert.equal(shrinkToFit(small, 4), small);
  });
});
