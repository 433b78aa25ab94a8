// runLayers: Keras's call semantics (one draw per layer per call, in order; nothing drawn with
// training off), stated transformations, the params table, and no leaked tensors.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import type { ConfiguredLayer } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

describe('runLayers', () => {
  before(ensureBackend);
  const shape = shapeOf(5, 6, 7, 3);
  const pixels = randomPixels(shape, 4);
  const pipeline = (version: 2 | 3): ConfiguredLayer[] => [
    createLayer('RandomFlip', {}, version),
    createLayer('RandomRotation', { factor: 0.2, fill_mode: 'constant' }, version),
    createLayer('Rescaling', { scale: 1 / 255 }, version),
  ];

  it('draws once per layer per call: one value per image (two per image for a Keras 2 h+v flip)', () => {
    for (const [version, perImage] of [[3, 2], [2, 3]] as const) {
      const rng = new CountingRng();
      const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
      const result = runLayers(pipeline(version), input, { training: true, rng });
      assert.equal(rng.draws, perImage * shape.batch, `Keras ${version}`);
      assert.equal(result.params.length, shape.batch);
      for (const row of result.params) {
        assert.equal(row.length, 3);
        assert.deepEqual(Object.keys(row[0]).sort(), ['flip_horizontal', 'flip_vertical']);
        assert.equal(typeof row[1].angle_degrees, 'number');
        assert.deepEqual(row[2], {});
      }
      result.output.dispose();
      input.dispose();
    }
  });

  it('with training off draws nothing, records nothing, and only Rescaling changes pixels', () => {
    const rng = new CountingRng();
    const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
    const result = runLayers(pipeline(3), input, { training: false, rng });
    assert.equal(rng.draws, 0);
    assert.deepEqual(result.transformations, [undefined, undefined, undefined]);
    assert.ok(result.params.every((row) => row.every((p) => Object.keys(p).length === 0)));
    const out = result.output.dataSync();
    pixels.forEach((v, i) => assert.equal(out[i], Math.fround(v * Math.fround(1 / 255))));
    result.output.dispose();
    input.dispose();
  });

  it('uses stated transformations instead of drawing, and reports them as params', () => {
    const layers = [createLayer('RandomRotation', { factor: 0.1 }, 3)];
    const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
    const stated = layers[0].parseTransformation({ angle_degrees: [0, 90, 180, -90, 45] }, shape);
    const rng = new CountingRng();
    const result = runLayers(layers, input, { training: true, rng, transformations: [stated] });
    assert.equal(rng.draws, 0);
    assert.deepEqual(result.params.map((row) => row[0].angle_degrees), [0, 90, 180, -90, 45]);
    const out = result.output.dataSync();
    const per = 6 * 7 * 3;
    assert.deepEqual(out.subarray(0, per), pixels.subarray(0, per), '0° is the identity');
    result.output.dispose();
    input.dispose();
  });

  it('the same seed gives the same output', () => {
    const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
    const a = runLayers(pipeline(3), input, { training: true, rng: new SeededRng(9) });
    const b = runLayers(pipeline(3), input, { training: true, rng: new SeededRng(9) });
    assert.deepEqual(a.output.dataSync(), b.output.dataSync());
    assert.deepEqual(a.params, b.params);
    [a.output, b.output, input].forEach((t) => t.dispose());
  });

  it('accepts an int32 batch (cast to float32 first, as Keras casts)', () => {
    const input = tf.tensor4d(Int32Array.from(pixels, Math.floor), [5, 6, 7, 3], 'int32');
    const result = runLayers([createLayer('RandomFlip', {}, 3)], input, { training: false, rng: new SeededRng(1) });
    assert.equal(result.output.dtype, 'float32');
    result.output.dispose();
    input.dispose();
  });

  it('leaks no tensors, training on or off, empty pipeline included', () => {
    const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
    const baseline = tf.memory().numTensors;
    for (const layers of [pipeline(3), pipeline(2), []]) {
      for (const training of [true, false]) {
        const result = runLayers(layers, input, { training, rng: new SeededRng(3) });
        result.output.dispose();
        assert.equal(tf.memory().numTensors, baseline, `${layers.length} layers, training ${training}`);
      }
    }
    input.dispose();
  });

  it('disposes intermediates when a layer throws', () => {
    const input = tf.tensor4d(pixels, [5, 6, 7, 3]);
    const baseline = tf.memory().numTensors;
    const layers = [createLayer('RandomFlip', {}, 3), createLayer('Rescaling', { scale: [1, 2] }, 3)];
    assert.throws(() => runLayers(layers, input, { training: true, rng: new SeededRng(3) }), /2 values but the images have 3 channels/);
    assert.equal(tf.memory().numTensors, baseline);
    input.dispose();
  });
});
