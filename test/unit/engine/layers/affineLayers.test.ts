// RandomZoom, RandomTranslation, RandomShear: what each draws (structure, order, units), stated
// transformations, training off, and their descriptions. Pixels against Keras: test/oracle.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { formatPhrase } from '../../../../src/engine/layers/description';
import type { ConfiguredLayer } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import type { Value } from '../../../../src/pipeline/model';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

function draws(layer: ConfiguredLayer, batch: number, height = 10, width = 20) {
  const t = layer.sample(shapeOf(batch, height, width, 1), new SeededRng(3));
  return Array.from({ length: batch }, (_, i) => layer.describeSample(t, i) as Record<string, number>);
}

function details(className: string, args: Record<string, Value>, inputSize?: { height: number; width: number }): string {
  return createLayer(className, args, 3).describe(inputSize ? { inputSize } : {}).details.map((p) => formatPhrase(p)).join('\n');
}

describe('RandomZoom, RandomTranslation, RandomShear', () => {
  before(ensureBackend);

  it('RandomZoom without width_factor uses the height zoom for both axes, one draw per image', () => {
    for (const version of [2, 3] as const) {
      const rng = new CountingRng();
      const layer = createLayer('RandomZoom', { height_factor: 0.3 }, version);
      const t = layer.sample(shapeOf(50, 4, 4, 1), rng);
      assert.equal(rng.draws, 50);
      for (let i = 0; i < 50; i++) {
        const p = layer.describeSample(t, i);
        assert.equal(p.zoom_height, p.zoom_width);
        assert.ok((p.zoom_height as number) >= 0.7 - 1e-6 && (p.zoom_height as number) <= 1.3 + 1e-6);
      }
    }
  });

  it('RandomZoom with width_factor draws heights, then widths, independently', () => {
    const layer = createLayer('RandomZoom', { height_factor: [-0.5, -0.4], width_factor: [0.4, 0.5] }, 3);
    const rng = new CountingRng();
    layer.sample(shapeOf(7, 4, 4, 1), rng);
    assert.equal(rng.draws, 14);
    for (const p of draws(layer, 200)) {
      assert.ok(p.zoom_height >= 0.5 - 1e-6 && p.zoom_height <= 0.6 + 1e-6, `height ${p.zoom_height}`);
      assert.ok(p.zoom_width >= 1.4 - 1e-6 && p.zoom_width <= 1.5 + 1e-6, `width ${p.zoom_width}`);
    }
  });

  it('RandomZoom refuses different stated zooms when the aspect is kept', () => {
    const layer = createLayer('RandomZoom', { height_factor: 0.3 }, 3);
    assert.throws(() => layer.parseTransformation({ zoom_height: [1, 1.2], zoom_width: [1, 1.1] }, shapeOf(2, 3, 3, 1)), /differ at image 1/);
    const free = createLayer('RandomZoom', { height_factor: 0.3, width_factor: 0.2 }, 3);
    assert.doesNotThrow(() => free.parseTransformation({ zoom_height: [1, 1.2], zoom_width: [1, 1.1] }, shapeOf(2, 3, 3, 1)));
  });

  it('RandomTranslation draws fractions of the size, in pixels, height first', () => {
    const layer = createLayer('RandomTranslation', { height_factor: [0.1, 0.2], width_factor: [-0.5, -0.4] }, 3);
    for (const p of draws(layer, 200, 10, 20)) {
      assert.ok(p.dy_px >= 1 - 1e-5 && p.dy_px <= 2 + 1e-5, `dy ${p.dy_px}`);
      assert.ok(p.dx_px >= -10 - 1e-5 && p.dx_px <= -8 + 1e-5, `dx ${p.dx_px}`);
    }
  });

  it('RandomShear shares one random sign between the axes', () => {
    const layer = createLayer('RandomShear', { x_factor: [0.2, 0.3], y_factor: [0.1, 0.2] }, 3);
    const rng = new CountingRng();
    layer.sample(shapeOf(5, 4, 4, 1), rng);
    assert.equal(rng.draws, 15, 'sign, y, x per image');
    const all = draws(layer, 400);
    for (const p of all) {
      assert.equal(Math.sign(p.shear_x), Math.sign(p.shear_y));
      assert.ok(Math.abs(p.shear_x) >= 0.2 - 1e-6 && Math.abs(p.shear_x) <= 0.3 + 1e-6);
    }
    const negative = all.filter((p) => p.shear_x < 0).length / all.length;
    assert.ok(Math.abs(negative - 0.5) < 0.1, `negative share ${negative}`);
  });

  it('stated transformations come back as labels', () => {
    const shape = shapeOf(2, 5, 6, 1);
    const cases: [string, Record<string, Value>, Record<string, number[]>][] = [
      ['RandomZoom', { height_factor: 0.5, width_factor: 0.5 }, { zoom_height: [0.75, 1.5], zoom_width: [1.25, 0.5] }],
      ['RandomTranslation', { height_factor: 0.5, width_factor: 0.5 }, { dy_px: [1.5, -2], dx_px: [0.25, 3] }],
      ['RandomShear', { x_factor: 0.5 }, { shear_x: [0.5, -0.25], shear_y: [0, 0.125] }],
    ];
    for (const [name, config, stated] of cases) {
      const layer = createLayer(name, config, 3);
      const t = layer.parseTransformation(stated, shape);
      assert.deepEqual([0, 1].map((i) => layer.describeSample(t, i)), [0, 1].map((i) => Object.fromEntries(Object.entries(stated).map(([k, v]) => [k, v[i]]))));
      assert.throws(() => layer.parseTransformation({ ...stated, extra: [1, 2] }, shape), /unknown key "extra"/);
    }
  });

  it('training off returns the input as float32; a whole-pixel shift moves pixels exactly', () => {
    const shape = shapeOf(1, 4, 5, 1);
    const pixels = randomPixels(shape);
    const input = tf.tensor4d(pixels, [1, 4, 5, 1]);
    const layer = createLayer('RandomTranslation', { height_factor: 0.5, width_factor: 0.5, fill_mode: 'constant', fill_value: -1 }, 3);
    const t = layer.parseTransformation({ dy_px: [1], dx_px: [-2] }, shape);
    const off = layer.apply(input, t, false);
    assert.deepEqual(off.dataSync(), pixels);
    const on = layer.apply(input, t, true).dataSync();
    // Output (y, x) reads input (y − 1, x + 2): content moves down 1 and left 2.
    assert.equal(on[1 * 5 + 0], pixels[0 * 5 + 2]);
    assert.equal(on[0], -1);
    assert.equal(on[3 * 5 + 4], -1);
    [input, off].forEach((x) => x.dispose());
  });

  it('describe() turns factors into zoom percentages and pixel shifts', () => {
    assert.match(details('RandomZoom', { height_factor: 0.2 }), /one factor drawn uniformly from 0.8 to 1.2, used for both directions/);
    assert.match(details('RandomZoom', { height_factor: 0.2 }, { height: 100, width: 200 }), /80–120 px high and 160–240 px wide/);
    assert.match(details('RandomTranslation', { height_factor: 0.1, width_factor: 0.2 }, { height: 180, width: 100 }), /vertically by up to ±18 px/);
    assert.match(details('RandomTranslation', { height_factor: 0.1, width_factor: 0.2 }, { height: 180, width: 100 }), /horizontally by up to ±20 px/);
    assert.match(details('RandomShear', { x_factor: 0.3 }, { height: 101, width: 50 }), /up to 30 px at the far edge of 101 px/);
  });
});
