import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { f32 } from '../../../../src/engine/kernels/float32';
import type { RotationTransformation } from '../../../../src/engine/layers/randomRotation';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { randomPixels, shapeOf } from '../helpers';

const N = 4000;

function angles(version: 2 | 3, factor: number | number[]): number[] {
  const layer = createLayer('RandomRotation', { factor }, version);
  const t = layer.sample(shapeOf(N, 8, 8, 1), new SeededRng(21));
  return Array.from({ length: N }, (_, i) => layer.describeSample(t, i).angle_degrees as number);
}

function assertUniform(values: number[], lo: number, hi: number): void {
  assert.ok(values.every((v) => v >= lo - 1e-4 && v <= hi + 1e-4), `range [${Math.min(...values)}, ${Math.max(...values)}] within [${lo}, ${hi}]`);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = (hi - lo) / Math.sqrt(12);
  assert.ok(Math.abs(mean - (lo + hi) / 2) < 4 * sd / Math.sqrt(values.length), `mean ${mean}`);
  // Both ends are reached: the spread is the whole interval.
  assert.ok(Math.min(...values) < lo + 0.01 * (hi - lo) && Math.max(...values) > hi - 0.01 * (hi - lo));
}

describe('RandomRotation', () => {
  before(ensureBackend);

  it('Keras 3 draws degrees uniformly in [lo·360, hi·360]', () => {
    assertUniform(angles(3, 0.2), -72, 72);
    assertUniform(angles(3, [-0.1, 0.3]), -36, 108);
    assertUniform(angles(3, -0.2), -72, 72);
  });

  it('Keras 2 draws radians uniformly in [lo·2π, hi·2π] (labelled in degrees)', () => {
    assertUniform(angles(2, 0.2), -72, 72);
    assertUniform(angles(2, [-0.1, 0.3]), -36, 108);
  });

  it('labels are float32 angles and round-trip through parseTransformation', () => {
    for (const version of [2, 3] as const) {
      const layer = createLayer('RandomRotation', { factor: 0.4 }, version);
      const shape = shapeOf(6, 5, 7, 1);
      const t = layer.sample(shape, new SeededRng(2)) as RotationTransformation;
      const stated = Array.from({ length: 6 }, (_, i) => layer.describeSample(t, i).angle_degrees as number);
      const parsed = layer.parseTransformation({ angle_degrees: stated }, shape) as RotationTransformation;
      assert.deepEqual(parsed.matrices, t.matrices, `Keras ${version}`);
      if (version === 3) stated.forEach((a) => assert.equal(a, f32(a)));
    }
  });

  it('one transformation row per image, for the image size', () => {
    const t = createLayer('RandomRotation', { factor: 0.5 }, 3).parseTransformation({ angle_degrees: [0, 180] }, shapeOf(2, 5, 9, 1)) as RotationTransformation;
    assert.equal(t.matrices.length, 16);
    assert.deepEqual(Array.from(t.matrices.subarray(0, 8), (v) => v + 0), [1, 0, 0, 0, 1, 0, 0, 0], '0° is the identity row');
    // 180° about the centre ((W−1)/2, (H−1)/2) = (4, 2): x_in ≈ 8 − x, y_in ≈ 4 − y.
    const r = t.matrices.subarray(8);
    assert.ok(Math.abs(r[0] + 1) < 1e-6 && Math.abs(r[2] - 8) < 1e-5 && Math.abs(r[4] + 1) < 1e-6 && Math.abs(r[5] - 4) < 1e-5);
  });

  it('rejects malformed stated angles', () => {
    const layer = createLayer('RandomRotation', { factor: 0.1 }, 3);
    assert.throws(() => layer.parseTransformation({ angle_degrees: [1, 'x'] }, shapeOf(2, 3, 3, 1)), /entry 1 is "x"/);
    assert.throws(() => layer.parseTransformation({ angles: [1, 2] }, shapeOf(2, 3, 3, 1)), /unknown key "angles"/);
  });

  it('training off is the identity; a quarter turn of a square image moves pixels exactly', () => {
    const layer = createLayer('RandomRotation', { factor: 0.25, interpolation: 'nearest' }, 3);
    const shape = shapeOf(1, 3, 3, 1);
    const pixels = randomPixels(shape);
    const input = tf.tensor4d(pixels, [1, 3, 3, 1]);
    const t = layer.parseTransformation({ angle_degrees: [90] }, shape);
    const off = layer.apply(input, t, false);
    assert.deepEqual(off.dataSync(), pixels);
    const on = layer.apply(input, t, true).dataSync();
    // Counter-clockwise on screen: the output's top-left is the input's top-right.
    assert.equal(on[0], pixels[2]);
    assert.equal(on[2], pixels[8]);
    off.dispose();
    input.dispose();
  });

  it('the nominal range gains the fill value in constant mode only', () => {
    assert.deepEqual(createLayer('RandomRotation', { factor: 0.1, fill_mode: 'constant', fill_value: -1 }, 3).outputRange([0, 1]), [-1, 1]);
    assert.deepEqual(createLayer('RandomRotation', { factor: 0.1, fill_value: -1 }, 3).outputRange([0, 1]), [0, 1]);
  });
});
