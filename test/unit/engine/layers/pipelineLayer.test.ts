// Pipeline: sub-layers built through the registry from Keras's serialized form, drawn in order
// (each for the shape the previous ones produce), applied in sequence, labelled per sub-layer.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

const entry = (className: string, config: Record<string, unknown> = {}) => ({ class_name: className, config }) as never;

describe('Pipeline', () => {
  before(ensureBackend);

  it('gives the same pixels, draws and labels as its layers run one after another', () => {
    const layers = [entry('RandomFlip', { mode: 'horizontal' }), entry('RandomRotation', { factor: 0.2 }), entry('Rescaling', { scale: 0.5 })];
    const pipeline = createLayer('Pipeline', { layers }, 3);
    const separate = layers.map((e: { class_name: string; config: Record<string, never> }) => createLayer(e.class_name, e.config, 3));
    const input = tf.tensor4d(randomPixels(shapeOf(3, 5, 6, 3)), [3, 5, 6, 3]);
    const a = runLayers([pipeline], input, { training: true, rng: new SeededRng(8) });
    const b = runLayers(separate, input, { training: true, rng: new SeededRng(8) });
    assert.deepEqual(a.output.dataSync(), b.output.dataSync());
    assert.deepEqual(a.params[1][0], {
      'RandomFlip.flip_horizontal': b.params[1][0].flip_horizontal,
      'RandomRotation.angle_degrees': b.params[1][1].angle_degrees,
    });
    [a.output, b.output, input].forEach((t) => t.dispose());
  });

  it('numbers repeated layers in its labels and nests', () => {
    const inner = { class_name: 'Pipeline', config: { layers: [entry('RandomFlip')] } } as never;
    const p = createLayer('Pipeline', { layers: [entry('RandomFlip', { mode: 'vertical' }), entry('RandomFlip', { mode: 'vertical' }), inner] }, 3);
    const t = p.sample(shapeOf(1, 2, 2, 1), new SeededRng(1));
    assert.deepEqual(Object.keys(p.describeSample(t, 0)), [
      'RandomFlip #1.flip_vertical', 'RandomFlip #2.flip_vertical', 'Pipeline.RandomFlip.flip_horizontal', 'Pipeline.RandomFlip.flip_vertical',
    ]);
  });

  it('acts at inference when one of its layers does, and draws nothing then', () => {
    const p = createLayer('Pipeline', { layers: [entry('RandomFlip'), entry('Rescaling', { scale: 2 })] }, 3);
    assert.equal(p.activeAtInference, true);
    const rng = new CountingRng();
    const input = tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);
    const r = runLayers([p], input, { training: false, rng });
    assert.equal(rng.draws, 0);
    assert.deepEqual(Array.from(r.output.dataSync()), [2, 4, 6, 8]);
    assert.deepEqual(p.outputRange([0, 255]), [0, 510]);
    [r.output, input].forEach((t) => t.dispose());
  });

  it('reads a stated transformation per layer', () => {
    const p = createLayer('Pipeline', { layers: [entry('RandomFlip', { mode: 'horizontal' }), entry('Rescaling', { scale: 1 })] }, 3);
    const shape = shapeOf(2, 1, 2, 1);
    const t = p.parseTransformation([{ flip_horizontal: [true, false] }, null], shape);
    const input = tf.tensor4d([1, 2, 3, 4], [2, 1, 2, 1]);
    const out = p.apply(input, t, true);
    assert.deepEqual(Array.from(out.dataSync()), [2, 1, 3, 4]);
    assert.throws(() => p.parseTransformation([{ flip_horizontal: [true, false] }], shape), /list of 2 transformations/);
    [out, input].forEach((x) => x.dispose());
  });

  it('says which layer is wrong, keeping the kind of error', () => {
    assert.throws(() => createLayer('Pipeline', { layers: [entry('RandomFlip'), entry('RandomRotation', { factor: 3 })] }, 3),
      (e: unknown) => e instanceof LayerConfigError && /^Pipeline layer 2 \(RandomRotation\): The `factor` argument/.test(e.message));
    assert.throws(() => createLayer('Pipeline', { layers: [entry('RandAugmentX')] }, 3), (e: unknown) => e instanceof LayerConfigError && /Pipeline layer 1/.test(e.message));
    assert.throws(() => createLayer('Pipeline', { layers: [] }, 3), /`layers` is empty/);
    assert.throws(() => createLayer('Pipeline', { layers: 'x' }, 3), /must be a list of layers/);
    assert.throws(() => createLayer('Pipeline', { layers: [3] }, 3), /layer 1 must be a layer, given as \{"class_name"/);
  });
});
