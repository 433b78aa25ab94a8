// Configuration checks against real Keras: the message each invalid configuration raises, and for
// valid-but-surprising ones the range Keras can draw from (refs `draw_range`, per describeSample
// key), seen through the values the layer draws for a batch when every draw is one end of its
// range or the other (ends picked at random, so combined draws such as a shared sign reach both ends).
import * as assert from 'node:assert/strict';
import { LayerConfigError } from '../../src/engine/layers/layer';
import { createLayer } from '../../src/engine/registry';
import { SeededRng, type Rng } from '../../src/engine/rng';
import { loadConfigs, type RefConfig } from './refs';

/** Every draw is the low or the high end of its range. */
function extremesRng(): Rng {
  const coin = new SeededRng(5);
  return {
    uniform: (lo = 0, hi = 1) => (coin.uniform() < 0.5 ? lo : hi),
    int: (lo, hi) => (coin.uniform() < 0.5 ? lo : Math.max(lo, hi - 1)),
    normal: () => 0,
  };
}

function label(c: RefConfig): string {
  return `Keras ${c.keras} ${c.layer}(${Object.entries(c.config).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}

/** Images per draw (and draws): enough for every end to come up. */
const BATCH = 64;

/** A describeSample number by draw_range key; "blur_sigma[1]" is entry 1 of a list parameter. */
function paramValue(params: Record<string, unknown>, key: string): number {
  const m = /^(.+)\[(\d+)\]$/.exec(key);
  return (m ? (params[m[1]] as number[])[Number(m[2])] : params[key]) as number;
}

/** Equal up to float32 rounding of the bounds Keras hands TF. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('oracle: configuration validation against real Keras', () => {
  for (const c of loadConfigs()) {
    const error = c.error ?? c.call_error;
    if (error) {
      // A call-time error is raised when configuring: the preview says so before running anything.
      it(`${label(c)} raises Keras's ${error.type}${c.call_error ? ' (Keras: when called)' : ''}`, () => {
        assert.throws(
          () => createLayer(c.layer, c.config, c.keras),
          (err: unknown) => err instanceof LayerConfigError && err.message === error.message,
        );
      });
      continue;
    }
    const ranges = Object.entries(c.draw_range ?? {});
    it(`${label(c)} is accepted${ranges.map(([k, r]) => `, ${k} in [${r}]`).join('')}`, () => {
      const layer = createLayer(c.layer, c.config, c.keras);
      if (!ranges.length) return;
      const rng = extremesRng();
      const drawn = Array.from({ length: BATCH }, (_, i) => layer.describeSample(layer.sample({ batch: BATCH, height: 3, width: 3, channels: 1 }, rng), i));
      for (const [key, ends] of ranges) {
        // Keras 2 keeps some pairs as written, (upper, lower) included: U(a, b) then spans [b, a].
        const [low, high] = [Math.min(...ends), Math.max(...ends)];
        const values = drawn.map((p) => paramValue(p, key));
        const [min, max] = [Math.min(...values), Math.max(...values)];
        assert.ok(near(min, low) && near(max, high), `${key}: drew [${min}, ${max}], Keras draws from [${low}, ${high}]`);
      }
    });
  }
});
