// Our samplers against draws from Keras's own get_random_transformation / random ops
// (refs/<Layer>.samples.json), parameter by parameter as the dump states them: continuous and
// integer ones by a two-sample Kolmogorov–Smirnov test (p > 0.01) and the same support, discrete
// ones (coins, choices) by the proportion of each value and of each combination of the discrete
// parameters (so Keras 3's single coin for both flip axes is told apart from two coins).
import * as assert from 'node:assert/strict';
import { createLayer } from '../../src/engine/registry';
import { SeededRng } from '../../src/engine/rng';
import { decodeArray, loadSamples, type RefSample } from './refs';
import { ksPValue, ksStatistic, proportionBound } from './stats';

const SEED = 20240601;
const ALPHA = 0.01;

/** A describeSample value by dump key; "box[2]" is entry 2 of a list parameter. */
function paramValue(params: Record<string, unknown>, key: string): unknown {
  const m = /^(.+)\[(\d+)\]$/.exec(key);
  const v = m ? params[m[1]] : params[key];
  return m && Array.isArray(v) ? v[Number(m[2])] : v;
}

/** Our draws, made as Keras's were: `calls` calls on batches of `batch`, keyed like the dump. */
function ourDraws(ref: RefSample): Record<string, number[]> {
  const layer = createLayer(ref.layer, ref.config, ref.keras);
  const [height, width, channels] = ref.image;
  const rng = new SeededRng(SEED);
  const out: Record<string, number[]> = Object.fromEntries(Object.keys(ref.params).map((k) => [k, []]));
  for (let call = 0; call < ref.calls; call++) {
    const t = layer.sample({ batch: ref.batch, height, width, channels }, rng);
    for (let i = 0; i < ref.batch; i++) {
      const params = layer.describeSample(t, i);
      for (const key of Object.keys(out)) {
        const v = paramValue(params, key);
        if (typeof v !== 'number' && typeof v !== 'boolean') throw new Error(`describeSample has no number or boolean ${key}: ${JSON.stringify(params)}`);
        out[key].push(Number(v));
      }
    }
  }
  return out;
}

function counts(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** Every value seen on either side has the same proportion within 4 pooled standard errors. */
function assertSameProportions(ours: readonly string[], keras: readonly string[], what: string): void {
  const [a, b] = [counts(ours), counts(keras)];
  for (const value of new Set([...a.keys(), ...b.keys()])) {
    const [ca, cb] = [a.get(value) ?? 0, b.get(value) ?? 0];
    const diff = Math.abs(ca / ours.length - cb / keras.length);
    assert.ok(
      diff <= proportionBound(ca, ours.length, cb, keras.length, 4) + 1e-12,
      `${what} = ${value}: ours ${(ca / ours.length).toFixed(4)}, Keras ${(cb / keras.length).toFixed(4)}`,
    );
  }
}

describe('oracle: sampled parameters against Keras samplers', () => {
  for (const [name, ref] of loadSamples()) {
    describe(name, () => {
      const ours = ourDraws(ref);
      const keras = Object.fromEntries(Object.entries(ref.params).map(([k, p]) => [k, Array.from(decodeArray(p.values))]));
      const discrete = Object.keys(ref.params).filter((k) => ref.params[k].kind === 'discrete');

      for (const [key, { kind }] of Object.entries(ref.params)) {
        if (kind === 'discrete') {
          it(`${key}: each value as often as Keras draws it`, () => assertSameProportions(ours[key].map(String), keras[key].map(String), key));
          continue;
        }
        const [a, b] = [ours[key], keras[key]];
        const d = ksStatistic(a, b);
        const p = ksPValue(d, a.length, b.length);
        it(`${key}: same distribution as Keras (KS D = ${d.toFixed(4)}, p = ${p.toPrecision(2)} > ${ALPHA}) and support`, () => {
          assert.ok(p > ALPHA, `KS statistic ${d.toFixed(4)}, p = ${p.toPrecision(3)}`);
          const [lo, hi] = ref.params[key].support ?? [Math.min(...b), Math.max(...b)];
          const slack = 0.01 * (hi - lo);
          assert.ok(Math.min(...a) >= lo - slack && Math.max(...a) <= hi + slack, `ours in [${Math.min(...a)}, ${Math.max(...a)}], Keras in [${lo}, ${hi}]`);
          if (kind === 'integer') assert.ok(a.every(Number.isInteger), 'integer values');
        });
      }
      if (discrete.length > 1) {
        it(`${discrete.join(' × ')}: each combination as often as Keras draws it`, () => {
          const joint = (draws: Record<string, number[]>) => draws[discrete[0]].map((_, i) => discrete.map((k) => draws[k][i]).join(','));
          assertSameProportions(joint(ours), joint(keras), discrete.join(','));
        });
      }
    });
  }
});
