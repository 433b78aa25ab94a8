// The resize kernels against tf.image.resize itself (refs/kernel.resize.json): every method TF
// offers Keras, with and without antialias, on float and uint8 inputs of odd, even and 1×N sizes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resizeImages, type ResizeMethod } from '../../src/engine/kernels/resize';
import { decodeArray, REFS_DIR, TOLERANCE, worstDifference, type EncodedArray } from './refs';

interface ResizeCase {
  name: string;
  method: ResizeMethod;
  antialias: boolean;
  size: [number, number];
  images: EncodedArray;
  output: EncodedArray;
}

describe('oracle: resize kernels against tf.image.resize', () => {
  const cases = (JSON.parse(readFileSync(join(REFS_DIR, 'kernel.resize.json'), 'utf8')) as { cases: ResizeCase[] }).cases;
  for (const c of cases) {
    it(c.name, () => {
      const [batch, height, width, channels] = c.images.shape;
      const out = resizeImages(Float32Array.from(decodeArray(c.images)), batch, height, width, channels, c.size[0], c.size[1], c.method, {
        antialias: c.antialias,
      });
      const expected = decodeArray(c.output);
      if (c.method === 'nearest') {
        // Nearest copies values: exact (and TF keeps the input dtype).
        assert.equal(c.output.dtype, c.images.dtype);
        assert.deepEqual(Array.from(out), Array.from(expected));
        return;
      }
      const worst = worstDifference(out, expected);
      assert.ok(worst.ratio <= 1, `value ${worst.index}: ours ${out[worst.index]}, TF ${expected[worst.index]} (|diff| ${worst.diff} > ${TOLERANCE})`);
    });
  }
});
