// Resizing, CenterCrop, RandomCrop, RandomHeight, RandomWidth: output sizes and dtypes, what is
// drawn (one window / one size per call), training off per Keras version, and runLayers with a
// layer that changes the size. Pixels against Keras: test/oracle.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { formatPhrase } from '../../../../src/engine/layers/description';
import type { KerasDtype } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import type { KerasVersion, Value } from '../../../../src/pipeline/model';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

function run(className: string, args: Record<string, Value>, version: KerasVersion, shape: [number, number, number, number], training: boolean, dtype: KerasDtype = 'float32') {
  const input = tf.tensor4d(randomPixels(shapeOf(...shape), 2).map(Math.floor), shape);
  const result = runLayers([createLayer(className, args, version)], input, { training, rng: new SeededRng(4), dtype });
  const out = { shape: result.output.shape, dtype: result.dtype, params: result.params, values: result.output.dataSync().slice() };
  result.output.dispose();
  input.dispose();
  return out;
}

describe('layers that change the image size', () => {
  before(ensureBackend);

  it('Resizing keeps integer dtypes in Keras 3 (whole numbers in range) and returns float32 in Keras 2', () => {
    const k3 = run('Resizing', { height: 3, width: 4, interpolation: 'bicubic' }, 3, [2, 7, 5, 1], false, 'uint8');
    assert.deepEqual([k3.shape, k3.dtype], [[2, 3, 4, 1], 'uint8']);
    assert.ok(k3.values.every((v) => Number.isInteger(v) && v >= 0 && v <= 255));
    const k2 = run('Resizing', { height: 3, width: 4, interpolation: 'bicubic' }, 2, [2, 7, 5, 1], true, 'uint8');
    assert.deepEqual([k2.shape, k2.dtype], [[2, 3, 4, 1], 'float32']);
  });

  it('CenterCrop crops or resizes up, at inference too', () => {
    assert.deepEqual(run('CenterCrop', { height: 3, width: 2 }, 3, [1, 7, 6, 3], false).shape, [1, 3, 2, 3]);
    assert.deepEqual(run('CenterCrop', { height: 9, width: 2 }, 2, [1, 7, 6, 3], false).shape, [1, 9, 2, 3]);
  });

  it('RandomCrop draws one window for the batch, only when Keras would', () => {
    const layer = createLayer('RandomCrop', { height: 4, width: 5 }, 3);
    const rng = new CountingRng();
    const t = layer.sample(shapeOf(6, 10, 12, 1), rng);
    assert.equal(rng.draws, 2);
    const windows = new Set(Array.from({ length: 6 }, (_, i) => JSON.stringify(layer.describeSample(t, i))));
    assert.equal(windows.size, 1);
    const equalSide = new CountingRng();
    createLayer('RandomCrop', { height: 10, width: 5 }, 3).sample(shapeOf(2, 10, 12, 1), equalSide);
    assert.equal(equalSide.draws, 0, 'Keras 3 needs both sides strictly larger');
    const k2 = new CountingRng();
    createLayer('RandomCrop', { height: 10, width: 5 }, 2).sample(shapeOf(2, 10, 12, 1), k2);
    assert.equal(k2.draws, 2, 'Keras 2 crops at random with an equal side');
    for (let s = 0; s < 200; s++) {
      const p = layer.describeSample(layer.sample(shapeOf(1, 10, 12, 1), new SeededRng(s)), 0);
      assert.ok(Number.isInteger(p.crop_top) && (p.crop_top as number) >= 0 && (p.crop_top as number) <= 6);
      assert.ok(Number.isInteger(p.crop_left) && (p.crop_left as number) >= 0 && (p.crop_left as number) <= 7);
    }
  });

  it('RandomCrop at inference: Keras 3 returns the input as it is, Keras 2 centre-crops and resizes', () => {
    const k3 = run('RandomCrop', { height: 4, width: 5 }, 3, [2, 9, 11, 3], false, 'uint8');
    assert.deepEqual([k3.shape, k3.dtype], [[2, 9, 11, 3], 'uint8']);
    const k2 = run('RandomCrop', { height: 4, width: 5 }, 2, [2, 9, 11, 3], false, 'uint8');
    assert.deepEqual([k2.shape, k2.dtype], [[2, 4, 5, 3], 'float32']);
  });

  it('RandomHeight and RandomWidth draw one size per call and resize the whole batch to it', () => {
    const h = run('RandomHeight', { factor: [0.5, 0.5] }, 2, [3, 8, 6, 1], true);
    assert.deepEqual(h.shape, [3, 12, 6, 1]);
    assert.deepEqual(h.params.map((p) => p[0].height), [12, 12, 12]);
    const w = run('RandomWidth', { factor: [-0.5, -0.5] }, 3, [3, 8, 6, 1], true);
    assert.deepEqual(w.shape, [3, 8, 3, 1]);
    const rng = new CountingRng();
    createLayer('RandomWidth', { factor: 0.3 }, 2).sample(shapeOf(5, 8, 6, 1), rng);
    assert.equal(rng.draws, 1);
  });

  it('RandomHeight at inference: Keras 2 keeps uint8, Keras 3 (legacy) refuses integer input', () => {
    assert.deepEqual(run('RandomHeight', { factor: 0.2 }, 2, [1, 4, 4, 1], false, 'uint8').dtype, 'uint8');
    assert.throws(() => run('RandomHeight', { factor: 0.2 }, 3, [1, 4, 4, 1], false, 'uint8'), /converts its input to float32/);
  });

  it('an empty drawn size fails as TF does, and stated sizes must be positive whole numbers', () => {
    const layer = createLayer('RandomHeight', { factor: [-1, -1] }, 2);
    const input = tf.zeros([1, 4, 4, 1]) as tf.Tensor4D;
    assert.throws(() => layer.apply(input, layer.sample(shapeOf(1, 4, 4, 1), new SeededRng(1)), true), /output dimensions must be positive/);
    input.dispose();
    assert.throws(() => layer.parseTransformation({ height: 2.5 }, shapeOf(1, 4, 4, 1)), /whole number of pixels/);
  });

  it('a pipeline that changes the size leaks no tensors, training on or off', () => {
    const layers = [
      createLayer('RandomCrop', { height: 6, width: 7 }, 3),
      createLayer('RandomHeight', { factor: 0.3 }, 3),
      createLayer('Resizing', { height: 5, width: 5, crop_to_aspect_ratio: true }, 3),
      createLayer('CenterCrop', { height: 4, width: 3 }, 3),
      createLayer('RandomZoom', { height_factor: 0.2 }, 3),
    ];
    const input = tf.tensor4d(randomPixels(shapeOf(3, 9, 11, 3), 1), [3, 9, 11, 3]);
    const baseline = tf.memory().numTensors;
    for (const training of [true, false]) {
      const result = runLayers(layers, input, { training, rng: new SeededRng(6) });
      assert.deepEqual(result.output.shape, [3, 4, 3, 3]);
      result.output.dispose();
      assert.equal(tf.memory().numTensors, baseline, `training ${training}`);
    }
    input.dispose();
  });

  it('describe() speaks in this input size', () => {
    const text = (name: string, args: Record<string, Value>, version: KerasVersion = 3) =>
      createLayer(name, args, version).describe({ inputSize: { height: 100, width: 80 } }).details.map((p) => formatPhrase(p)).join('\n');
    assert.match(text('RandomCrop', { height: 64, width: 64 }), /starts 0–16 px from the left and 0–36 px from the top/);
    assert.match(text('CenterCrop', { height: 64, width: 64 }), /drops 8 px on the left, 8 on the right, 18 at the top and 18 at the bottom/);
    assert.match(text('RandomHeight', { factor: 0.2 }, 2), /new height is 80–120 px/);
    assert.match(text('Resizing', { height: 50, width: 50, crop_to_aspect_ratio: true }), /keeps a 80×80 px window \(offset 0, 10\)/);
  });
});
