// Every parameter a layer reports for a tile has a label (and so a translation): sampled from
// each oracle case's configuration, for every layer the engine implements.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PARAM_LABELS, paramLabelKey } from '../../../src/engine/paramLabels';
import { createLayer } from '../../../src/engine/registry';
import { SeededRng } from '../../../src/engine/rng';
import type { KerasVersion, Value } from '../../../src/pipeline/model';

const refs = path.resolve(__dirname, '../../../../test/oracle/refs');

interface Case { layer: string; keras: KerasVersion; config: Record<string, Value> }

function cases(): Case[] {
  return readdirSync(refs)
    .filter((f) => /\.k[23]\.json$/.test(f))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(refs, f), 'utf8')) as { cases?: Case[] }).cases ?? []);
}

describe('tile labels', () => {
  it('every parameter any layer draws has a label template', () => {
    const missing = new Set<string>();
    let sampled = 0;
    for (const c of cases()) {
      let layer;
      try {
        layer = createLayer(c.layer, c.config, c.keras);
      } catch {
        continue; // cases of configurations Keras rejects
      }
      for (const seed of [1, 2, 3]) {
        const t = layer.sample({ batch: 3, height: 16, width: 16, channels: 3 }, new SeededRng(seed));
        for (let i = 0; i < 3; i++) {
          for (const [key, value] of Object.entries(layer.describeSample(t, i))) {
            sampled++;
            if (!(paramLabelKey(key, value) in PARAM_LABELS)) missing.add(`${c.layer}: ${key}`);
          }
        }
      }
    }
    assert.ok(sampled > 500, `sampled ${sampled} parameters`);
    assert.deepEqual([...missing], []);
  });

  it('labels keep exactly the placeholders they are filled with', () => {
    for (const [key, p] of Object.entries(PARAM_LABELS)) {
      const holders = p.message.match(/\{\d\}/g) ?? [];
      const expected = key.includes(':') ? [] : key === 'chain' ? ['{0}', '{1}'] : ['{0}'];
      assert.deepEqual(holders, expected, key);
    }
  });
});
