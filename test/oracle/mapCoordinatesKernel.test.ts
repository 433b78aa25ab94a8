// The map_coordinates kernel against Keras 3's own (TF backend), on coordinates around and far
// outside the image: every fill mode, order 0 (round half to even) and 1.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapCoordinates, type MapFillMode } from '../../src/engine/kernels/mapCoordinates';
import { decodeArray, REFS_DIR, worstDifference, type EncodedArray } from './refs';

interface MapCase {
  name: string;
  fill_mode: MapFillMode;
  order: 0 | 1;
  fill_value: number;
  image: EncodedArray;
  coordinates: EncodedArray;
  output: EncodedArray;
}

describe('oracle: map_coordinates against Keras 3 (TF backend)', () => {
  const cases = (JSON.parse(readFileSync(join(REFS_DIR, 'kernel.map_coordinates.json'), 'utf8')) as { cases: MapCase[] }).cases;
  for (const c of cases) {
    it(c.name, () => {
      const [height, width] = c.image.shape;
      const coords = decodeArray(c.coordinates) as Float32Array;
      const points = coords.length / 2;
      const image = decodeArray(c.image) as Float32Array;
      const shape = { batch: 1, height, width, channels: 1 };
      const out = mapCoordinates(image, shape, coords.subarray(0, points), coords.subarray(points), c.order, c.fill_mode, c.fill_value);
      const worst = worstDifference(out, decodeArray(c.output));
      assert.ok(worst.ratio <= 1, `point ${worst.index}: ours ${out[worst.index]}, Keras ${decodeArray(c.output)[worst.index]}`);
    });
  }
});
