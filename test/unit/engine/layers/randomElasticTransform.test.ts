// RandomElasticTransform: draw order and counts, one distortion per batch, Keras's alpha/sigma,
// clipping to value_range (unwarped images too), nothing at all when scale tops at 0.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { elasticParameters, type ElasticTransformation } from '../../../../src/engine/layers/randomElasticTransform';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

describe('RandomElasticTransform', () => {
  before(ensureBackend);

  it('draws p and the threshold per image, one distortion, then one N(0, 1) field value per pixel', () => {
    const rng = new CountingRng();
    const t = createLayer('RandomElasticTransform', {}, 3).sample(shapeOf(3, 4, 5, 1), rng) as ElasticTransformation;
    assert.equal(rng.draws, 3 + 3 + 1 + 3 * 20);
    assert.equal(t.noise.length, 60);
    const layer = createLayer('RandomElasticTransform', { factor: [1, 1] }, 3);
    const many = layer.sample(shapeOf(1, 200, 200, 1), new SeededRng(4)) as ElasticTransformation;
    const mean = many.noise.reduce((a, b) => a + b, 0) / many.noise.length;
    const variance = many.noise.reduce((a, b) => a + (b - mean) ** 2, 0) / many.noise.length;
    assert.ok(Math.abs(mean) < 0.02 && Math.abs(variance - 1) < 0.02, `mean ${mean}, variance ${variance}`);
  });

  it('labels carry Keras\'s alpha and sigma for the image size', () => {
    const layer = createLayer('RandomElasticTransform', { factor: [1, 1], scale: [0.5, 0.5] }, 3);
    const t = layer.sample(shapeOf(2, 40, 60, 1), new SeededRng(1));
    const p = layer.describeSample(t, 1);
    assert.deepEqual(p, { applied: true, distortion: 0.5, ...(({ alpha, sigma }) => ({ alpha_px: alpha, sigma_px: sigma }))(elasticParameters(40, 60, 0.5)) });
    assert.ok(Math.abs((p.alpha_px as number) - 3) < 1e-5 && Math.abs((p.sigma_px as number) - 1) < 1e-5);
  });

  it('clips every image to value_range, warped or not; scale 0 leaves images untouched', () => {
    const shape = shapeOf(2, 6, 7, 1);
    const pixels = randomPixels(shape, 2);
    const input = tf.tensor4d(pixels, [2, 6, 7, 1]);
    const layer = createLayer('RandomElasticTransform', { value_range: [50, 200] }, 3);
    const none = { applied: [false, false], distortion: 1, noise: new Array(2).fill(new Array(6).fill(new Array(7).fill(0))) };
    const out = layer.apply(input, layer.parseTransformation(none, shape), true).dataSync();
    out.forEach((v, i) => assert.equal(v, Math.min(200, Math.max(50, pixels[i]))));
    const still = createLayer('RandomElasticTransform', { scale: 0, value_range: [50, 200] }, 3);
    const same = still.apply(input, still.sample(shape, new SeededRng(1)), true);
    assert.deepEqual(same.dataSync(), pixels);
    same.dispose();
    input.dispose();
  });

  it('fill_mode="mirror" is refused with TF\'s message (Keras raises when the layer runs)', () => {
    assert.throws(() => createLayer('RandomElasticTransform', { fill_mode: 'mirror' }, 3), /Expected of one \('constant', 'nearest', 'wrap', 'reflect'\)/);
  });
});
