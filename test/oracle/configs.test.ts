// Configuration checks against real Keras: the message each invalid configuration raises, and the
// factor range Keras keeps for the valid-but-surprising ones (seen through the first and last
// values the layer can draw).
import * as assert from 'node:assert/strict';
import { f32 } from '../../src/engine/kernels/float32';
import { LayerConfigError } from '../../src/engine/layers/layer';
import { createLayer } from '../../src/engine/registry';
import type { Rng } from '../../src/engine/rng';
import { loadConfigs, type RefConfig } from './refs';

/** Returns the low end of the range, then the high end. */
function extremesRng(): Rng {
  let calls = 0;
  return {
    uniform: (lo = 0, hi = 1) => (calls++ % 2 === 0 ? lo : hi),
    int: (lo) => lo,
    normal: () => 0,
  };
}

function label(c: RefConfig): string {
  return `Keras ${c.keras} ${c.layer}(${Object.entries(c.config).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}

describe('oracle: configuration validation against real Keras', () => {
  for (const c of loadConfigs()) {
    if (c.error) {
      it(`${label(c)} raises Keras's ${c.error.type}`, () => {
        assert.throws(
          () => createLayer(c.layer, c.config, c.keras),
          (err: unknown) => err instanceof LayerConfigError && err.message === c.error!.message,
        );
      });
      continue;
    }
    it(`${label(c)} is accepted${c.factor_range ? ` as [${c.factor_range}]` : ''}`, () => {
      const layer = createLayer(c.layer, c.config, c.keras);
      if (!c.factor_range) return;
      const [lower, upper] = c.factor_range;
      const t = layer.sample({ batch: 2, height: 3, width: 3, channels: 1 }, extremesRng());
      const drawn = [0, 1].map((i) => layer.describeSample(t, i).angle_degrees as number);
      if (c.keras === 3) {
        assert.deepEqual(drawn, [f32(lower * 360), f32(upper * 360)]);
      } else {
        const radians = drawn.map((d) => d * (Math.PI / 180));
        [lower, upper].forEach((b, i) => assert.ok(Math.abs(radians[i] - f32(b * 2 * Math.PI)) <= 1e-6, `bound ${i}: ${radians[i]}`));
      }
    });
  }
});
