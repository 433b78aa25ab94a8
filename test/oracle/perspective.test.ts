// RandomPerspective in two halves against real Keras: the projective kernel on the very rows Keras
// solved for (exact path: 1e-4), and the engine's own rows against those (how far apart the two
// solves put each output pixel's source, in pixels). TF solves the 8×8 system in float32 with
// Eigen's LU and the engine in double, so the rows differ in float32 rounding; layers.test.ts
// bounds the resulting pixel difference with the distance measured here.
import * as assert from 'node:assert/strict';
import { projectiveTransform } from '../../src/engine/kernels/projectiveTransform';
import { perspectiveRows, type PerspectiveTransformation } from '../../src/engine/layers/randomPerspective';
import { createLayer } from '../../src/engine/registry';
import { decodeArray, loadCases, TOLERANCE, worstDifference, type RefCase } from './refs';
import { rowDistance } from './rowDistance';

function shapeOf(c: RefCase) {
  const [batch, height, width, channels] = c.input.shape.length === 3 ? [1, ...c.input.shape] : c.input.shape;
  return { batch, height, width, channels };
}

describe('oracle: RandomPerspective rows and kernel against the ones Keras used', () => {
  const cases = loadCases().filter((c) => c.layer === 'RandomPerspective' && c.homographies);
  it('has cases with Keras rows', () => assert.ok(cases.length > 10));
  for (const c of cases) {
    const shape = shapeOf(c);
    const keras = decodeArray(c.homographies!) as Float32Array;
    const layer = createLayer(c.layer, c.config, c.keras);
    const t = layer.parseTransformation(c.transformation, shape) as PerspectiveTransformation;
    const ours = perspectiveRows(t, shape.height, shape.width);

    it(`${c.name}: our rows put every source point within 1e-3 px of Keras's`, () => {
      for (let i = 0; i < shape.batch; i++) {
        if (!t.applied[i]) continue;
        const d = rowDistance(ours.subarray(8 * i, 8 * i + 8), keras.subarray(8 * i, 8 * i + 8), shape.height, shape.width);
        assert.ok(d <= 1e-3, `image ${i}: ${d} px`);
      }
    });

    it(`${c.name}: the kernel on Keras's rows matches Keras's output`, () => {
      const config = layer.config as { interpolation: 'bilinear' | 'nearest'; fill_value: number };
      const input = Float32Array.from(decodeArray(c.input));
      const out = projectiveTransform(input, shape, keras, { interpolation: config.interpolation, fillMode: 'constant', fillValue: config.fill_value });
      const per = shape.height * shape.width * shape.channels;
      t.applied.forEach((on, i) => on || out.set(input.subarray(i * per, (i + 1) * per), i * per));
      const worst = worstDifference(out, Float32Array.from(decodeArray(c.output)));
      assert.ok(worst.ratio <= 1, `value ${worst.index} differs by ${worst.diff} > ${TOLERANCE}`);
    });
  }
});
