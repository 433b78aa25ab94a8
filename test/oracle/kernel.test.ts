// The projective kernel against tf.raw_ops.ImageProjectiveTransformV3 itself, and against the
// exact rows Keras built for each RandomRotation case (so a difference is the kernel's, not the
// matrix's); the engine's own rows are compared with Keras's to the ulp.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FillMode } from '../../src/engine/kernels/fillModes';
import { projectiveTransform, type Interpolation } from '../../src/engine/kernels/projectiveTransform';
import { createLayer } from '../../src/engine/registry';
import type { RotationTransformation } from '../../src/engine/layers/randomRotation';
import { decodeArray, loadCases, REFS_DIR, worstDifference, type EncodedArray } from './refs';

interface KernelCase {
  name: string;
  interpolation: Interpolation;
  fill_mode: FillMode;
  fill_value: number;
  images: EncodedArray;
  transforms: EncodedArray;
  output: EncodedArray;
}

function nhwc(shape: number[]) {
  const [batch, height, width, channels] = shape.length === 3 ? [1, ...shape] : shape;
  return { batch, height, width, channels };
}

function assertClose(actual: Float32Array, expected: Float32Array): void {
  const worst = worstDifference(actual, expected);
  assert.ok(worst.ratio <= 1, `value ${worst.index}: kernel ${actual[worst.index]}, TF ${expected[worst.index]}`);
}

describe('oracle: projective kernel against TF ImageProjectiveTransformV3', () => {
  const cases = (JSON.parse(readFileSync(join(REFS_DIR, 'kernel.json'), 'utf8')) as { cases: KernelCase[] }).cases;
  for (const c of cases) {
    it(c.name, () => {
      const out = projectiveTransform(decodeArray(c.images) as Float32Array, nhwc(c.images.shape), decodeArray(c.transforms) as Float32Array, {
        interpolation: c.interpolation,
        fillMode: c.fill_mode,
        fillValue: c.fill_value,
      });
      assertClose(out, decodeArray(c.output) as Float32Array);
    });
  }
});

describe('oracle: RandomRotation rows and kernel against the ones Keras used', () => {
  for (const c of loadCases().filter((k) => k.matrices)) {
    it(c.name, () => {
      const keras = decodeArray(c.matrices!) as Float32Array;
      const shape = nhwc(c.input.shape);
      const layer = createLayer(c.layer, c.config, c.keras);
      const ours = (layer.parseTransformation(c.transformation, shape) as RotationTransformation).matrices;
      // TF's float32 sin/cos (Eigen's polynomial) is not always correctly rounded; one ulp apart is allowed.
      for (let i = 0; i < keras.length; i++) {
        const ulp = Math.max(Math.abs(keras[i]) * 2 ** -23, 2 ** -149);
        assert.ok(Math.abs(ours[i] - keras[i]) <= 2 * ulp, `row value ${i}: ours ${ours[i]}, Keras ${keras[i]}`);
      }
      const config = layer.config as { fill_mode: FillMode; interpolation: Interpolation; fill_value: number };
      const input = Float32Array.from(decodeArray(c.input));
      const out = projectiveTransform(input, shape, keras, {
        interpolation: config.interpolation,
        fillMode: config.fill_mode,
        fillValue: config.fill_value,
      });
      assertClose(out, decodeArray(c.output) as Float32Array);
    });
  }
});
