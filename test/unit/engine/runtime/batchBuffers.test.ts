// Which memory a layer may write: only what the same runLayers call made and is about to
// discard. The caller's images stay as they were, whatever the pipeline (element-wise layers
// first, a pass-through before them, training off as in the preview's inference stages).
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { RunBuffers } from '../../../../src/engine/batchBuffers';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { randomPixels, shapeOf } from '../helpers';

describe('run buffers', () => {
  before(ensureBackend);

  it('offers only its own discarded arrays: the input to write over, a spare for a new output', () => {
    const buffers = new RunBuffers();
    const callers = new Float32Array(12);
    const first = buffers.forLayer(callers);
    assert.equal(first.inputWritable, false, "the caller's array");
    const a = first.output(12, 2);
    const second = buffers.forLayer(a);
    assert.equal(second.inputWritable, true, 'an array this run made');
    const b = second.output(12, 2);
    assert.notEqual(b, a, 'a is still being read');
    buffers.release(a, b);
    assert.equal(buffers.forLayer(b).output(12, 2), a, 'a, discarded, is reused');
    assert.notEqual(buffers.forLayer(b).output(6, 2).length, 12, 'only for an output of its size');
    buffers.release(b, b.subarray(3));
    assert.equal(buffers.forLayer(a).output(12, 2) === b, false, 'not while a view of it lives on');
  });

  const shape = shapeOf(3, 9, 8, 3);
  const pipelines: [string, boolean, () => ReturnType<typeof createLayer>[]][] = [
    ['element-wise layers first', true, () => [createLayer('RandomContrast', { factor: 0.5 }, 3), createLayer('Rescaling', { scale: 0.5 }, 3)]],
    ['a pass-through, then element-wise', true, () => [createLayer('RandomFlip', { mode: 'bogus' }, 3), createLayer('Rescaling', { scale: 0.5 }, 3)]],
    ['training off (inference stages)', false, () => [createLayer('RandomContrast', { factor: 0.5 }, 3), createLayer('Rescaling', { scale: 0.5 }, 3), createLayer('Rescaling', { scale: 3 }, 3)]],
    ['transforms, then element-wise in place', true, () => [createLayer('RandomRotation', { factor: 0.2 }, 3), createLayer('RandomZoom', { height_factor: 0.2 }, 3), createLayer('RandomContrast', { factor: 0.5 }, 3), createLayer('Rescaling', { scale: 0.5 }, 3)]],
  ];
  for (const [name, training, layers] of pipelines) {
    it(`leaves the caller's images as they were: ${name}`, () => {
      const pixels = randomPixels(shape, 5);
      const input = tf.tensor4d(Float32Array.from(pixels), [3, 9, 8, 3]);
      const result = runLayers(layers(), input, { training, rng: new SeededRng(2) });
      assert.deepEqual(input.dataSync(), pixels);
      // And the output is what each layer alone, one after another, gives.
      let current = input;
      const stepLayers = layers();
      const rng = new SeededRng(2);
      for (const layer of stepLayers) {
        const next = runLayers([layer], current, { training, rng }).output;
        if (current !== input) current.dispose();
        current = next;
      }
      assert.deepEqual(result.output.dataSync(), current.dataSync());
      [input, current, result.output].forEach((t) => t.dispose());
    });
  }
});
