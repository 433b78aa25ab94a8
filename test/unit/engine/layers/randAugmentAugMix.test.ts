// RandAugment and AugMix: their ops are the registry's layers with Keras's arguments; RandAugment
// applies the picked ops in order (twice when picked twice), AugMix mixes its chains and clips.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import type { AugMixTransformation } from '../../../../src/engine/layers/augMix';
import type { RandAugmentTransformation } from '../../../../src/engine/layers/randAugment';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { randomPixels, shapeOf } from '../helpers';

const SHAPE = shapeOf(2, 5, 6, 3);

describe('RandAugment', () => {
  before(ensureBackend);

  it('draws num_ops indices shared by the batch and every op\'s transformation', () => {
    const layer = createLayer('RandAugment', { num_ops: 3 }, 3);
    const t = layer.sample(SHAPE, new SeededRng(2)) as RandAugmentTransformation;
    assert.equal(t.indices.length, 3);
    assert.equal(t.transforms.length, 11);
    assert.ok(t.indices.every((k) => Number.isInteger(k) && k >= 0 && k < 11));
    assert.match(layer.describeSample(t, 1).ops as string, /^\w+ → \w+ → \w+$/);
  });

  it('applies the picked ops in order, as the ops themselves would', () => {
    const layer = createLayer('RandAugment', { num_ops: 2 }, 3);
    const input = tf.tensor4d(randomPixels(SHAPE), [2, 5, 6, 3]);
    const t = layer.parseTransformation({ ops: ['RandomRotation', 'RandomRotation'], transformations: { RandomRotation: { angle_degrees: [20, -10] } } }, SHAPE);
    const ours = layer.apply(input, t, true);
    // Keras gives the rotation factor (0, 0.5); a stated angle overrides it, applied twice.
    const rotation = createLayer('RandomRotation', { factor: [0, 0.5] }, 3);
    const r = rotation.parseTransformation({ angle_degrees: [20, -10] }, SHAPE);
    const once = rotation.apply(input, r, true);
    const twice = rotation.apply(once, r, true);
    assert.deepEqual(ours.dataSync(), twice.dataSync());
    [input, ours, once, twice].forEach((x) => x.dispose());
  });

  it('rejects stated ops it does not have, and transformations for ops not picked', () => {
    const layer = createLayer('RandAugment', {}, 3);
    assert.throws(() => layer.parseTransformation({ ops: ['RandomFlip', 'Equalization'], transformations: {} }, SHAPE), /not one of RandomShear/);
    assert.throws(() => layer.parseTransformation({ ops: ['Equalization', 'AutoContrast'], transformations: { RandomShear: {} } }, SHAPE), /does not pick/);
    assert.throws(() => createLayer('RandAugment', { num_ops: 1.5 }, 3), /`num_ops` must be a whole number/);
  });
});

describe('AugMix', () => {
  before(ensureBackend);

  it('draws Dirichlet chain weights summing to 1, m in [0, 1], and a choice per slot', () => {
    const layer = createLayer('AugMix', { num_chains: 4, chain_depth: 2 }, 3);
    const t = layer.sample(SHAPE, new SeededRng(3)) as AugMixTransformation;
    assert.ok(Math.abs(t.chainWeights.reduce((a, b) => a + b, 0) - 1) < 1e-6);
    assert.ok(t.mixWeight >= 0 && t.mixWeight <= 1);
    assert.equal(t.choices.length, 8);
    assert.equal(t.chains.flat().length, t.choices.filter((c) => c < 11).length);
  });

  it('with empty chains blends the image with itself: unchanged up to float32 rounding, clipped', () => {
    const layer = createLayer('AugMix', { num_chains: 2 }, 3);
    const pixels = randomPixels(SHAPE);
    const input = tf.tensor4d(pixels, [2, 5, 6, 3]);
    const t = layer.parseTransformation({ chain_weights: [0.25, 0.75], mix_weight: 0.5, chains: [[], []] }, SHAPE);
    const out = layer.apply(input, t, true).dataSync();
    pixels.forEach((v, i) => assert.ok(Math.abs(out[i] - v) < 1e-4, `${i}: ${out[i]} vs ${v}`));
    input.dispose();
  });

  it('labels the picks and each op\'s draw, and leaves no tensors behind', () => {
    const input = tf.tensor4d(randomPixels(SHAPE), [2, 5, 6, 3]);
    const before = tf.memory().numTensors;
    const r = runLayers([createLayer('AugMix', {}, 3)], input, { training: true, rng: new SeededRng(4) });
    const params = r.params[0][0];
    assert.ok(Array.isArray(params.chain_weights) && typeof params.mix_weight === 'number' && typeof params['chain 1'] === 'string');
    r.output.dispose();
    assert.equal(tf.memory().numTensors, before);
    input.dispose();
  });
});
