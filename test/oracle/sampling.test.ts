// Our samplers against draws from Keras's own get_random_transformation / random ops (refs/samples.json):
// the same distribution (two-sample KS at α = 0.001, proportions within 4 standard errors) and
// the same coin structure (Keras 3 shares one coin across both flip axes, Keras 2 does not).
import * as assert from 'node:assert/strict';
import { createLayer } from '../../src/engine/registry';
import { SeededRng } from '../../src/engine/rng';
import { decodeArray, loadSamples, type RefSample } from './refs';
import { ksCritical, ksStatistic, proportionBound } from './stats';

function ourParams(ref: RefSample, n: number, seed: number) {
  const layer = createLayer(ref.layer, ref.config, ref.keras);
  const t = layer.sample({ batch: n, height: 4, width: 4, channels: 1 }, new SeededRng(seed));
  return Array.from({ length: n }, (_, i) => layer.describeSample(t, i));
}

const mean = (v: ArrayLike<boolean | number>) => Array.from(v, Number).reduce((a, b) => a + b, 0) / v.length;

describe('oracle: sampled parameters against Keras samplers', () => {
  for (const [name, ref] of Object.entries(loadSamples())) {
    const keras = decodeArray(ref.values);
    if (ref.layer === 'RandomRotation') {
      it(`${name}: angles follow Keras's distribution`, () => {
        const n = keras.length;
        const ours = ourParams(ref, n, 20240601).map((p) => (p.angle_degrees as number) * (ref.unit === 'radians' ? Math.PI / 180 : 1));
        const d = ksStatistic(ours, keras);
        assert.ok(d < ksCritical(n, n, 0.001), `KS statistic ${d.toFixed(4)} (critical ${ksCritical(n, n, 0.001).toFixed(4)})`);
        const [kMin, kMax] = [Math.min(...keras), Math.max(...keras)];
        const span = kMax - kMin;
        assert.ok(Math.min(...ours) >= kMin - 0.01 * span && Math.max(...ours) <= kMax + 0.01 * span, 'same support');
      });
      continue;
    }
    it(`${name}: flip coins have Keras's structure and rate`, () => {
      const coins = ref.coins!;
      const n = keras.length / coins.length;
      const rows = coins.map((_, r) => Array.from(keras.subarray(r * n, (r + 1) * n), Boolean));
      const ours = ourParams(ref, n, 7);
      const h = ours.map((p) => p.flip_horizontal as boolean);
      const v = ours.map((p) => p.flip_vertical as boolean);
      const bound = proportionBound(n, 4);
      if (ref.keras === 3) {
        assert.deepEqual(coins, ['shared']);
        assert.deepEqual(h, v, 'Keras 3 uses one coin for both axes');
        assert.ok(Math.abs(mean(h) - mean(rows[0])) < bound, `flip rate ${mean(h)} vs Keras ${mean(rows[0])}`);
      } else {
        const kerasDiffer = mean(rows[0].map((x, i) => x !== rows[1][i]));
        const oursDiffer = mean(h.map((x, i) => x !== v[i]));
        assert.ok(Math.abs(kerasDiffer - 0.5) < bound, `Keras 2 axes disagree on ${kerasDiffer} of images (independent coins)`);
        assert.ok(Math.abs(oursDiffer - kerasDiffer) < bound, `axes disagree on ${oursDiffer} of ours vs ${kerasDiffer} of Keras's`);
        assert.ok(Math.abs(mean(h) - mean(rows[0])) < bound && Math.abs(mean(v) - mean(rows[1])) < bound, 'per-axis rates');
      }
    });
  }
});
