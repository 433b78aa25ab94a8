// Configuration checks against real Keras: the message each invalid configuration raises, and for
// valid-but-surprising ones the range Keras can draw from (refs `draw_range`, per describeSample
// key), seen through the values the layer draws when the generator returns its extremes.
import * as assert from 'node:assert/strict';
import { LayerConfigError } from '../../src/engine/layers/layer';
import { createLayer } from '../../src/engine/registry';
import type { Rng } from '../../src/engine/rng';
import { loadConfigs, type RefConfig } from './refs';

/** Returns the low end of each range, then the high end, alternately. */
function extremesRng(): Rng {
  let calls = 0;
  return {
    uniform: (lo = 0, hi = 1) => (calls++ % 2 === 0 ? lo : hi),
    int: (lo, hi) => (calls++ % 2 === 0 ? lo : Math.max(lo, hi - 1)),
    normal: () => 0,
  };
}

function label(c: RefConfig): string {
  return `Keras ${c.keras} ${c.layer}(${Object.entries(c.config).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}

/** Equal up to float32 rounding of the bounds Keras hands TF. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

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
    const ranges = Object.entries(c.draw_range ?? {});
    it(`${label(c)} is accepted${ranges.map(([k, r]) => `, ${k} in [${r}]`).join('')}`, () => {
      const layer = createLayer(c.layer, c.config, c.keras);
      if (!ranges.length) return;
      const t = layer.sample({ batch: 2, height: 3, width: 3, channels: 1 }, extremesRng());
      const drawn = [0, 1].map((i) => layer.describeSample(t, i));
      for (const [key, [low, high]] of ranges) {
        const values = drawn.map((p) => p[key] as number);
        const [min, max] = [Math.min(...values), Math.max(...values)];
        assert.ok(near(min, low) && near(max, high), `${key}: drew [${min}, ${max}], Keras draws from [${low}, ${high}]`);
      }
    });
  }
});
