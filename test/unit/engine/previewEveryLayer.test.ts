// Every layer the engine implements previews through renderPreview (what the panel and `render`
// draw): training tiles with their parameters labelled, the training-off output, no layer
// skipped. Configurations come from the oracle's cases, so each is one real Keras accepted.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PARAM_LABELS, paramLabelKey } from '../../../src/engine/paramLabels';
import { renderPreview } from '../../../src/engine/preview';
import { createLayer, supportedLayers } from '../../../src/engine/registry';
import type { KerasVersion, Value } from '../../../src/pipeline/model';

const repo = path.resolve(__dirname, '../../../..');
const refs = path.join(repo, 'test', 'oracle', 'refs');
const image = readFileSync(path.join(repo, 'media', 'sample.png'));

interface Case { layer: string; keras: KerasVersion; config: Record<string, Value>; training: boolean; input: { shape: number[] }; call_error?: unknown }

/** Per layer and Keras version, the first oracle case that configures on a 3-channel image. */
function configs(): Map<string, Case> {
  const out = new Map<string, Case>();
  for (const f of readdirSync(refs).filter((n) => /\.k[23]\.json$/.test(n)).sort()) {
    for (const c of (JSON.parse(readFileSync(path.join(refs, f), 'utf8')) as { cases?: Case[] }).cases ?? []) {
      const key = `${c.layer}/k${c.keras}`;
      if (out.has(key) || c.input.shape[c.input.shape.length - 1] !== 3 || c.call_error) continue;
      try {
        createLayer(c.layer, c.config, c.keras);
        out.set(key, c);
      } catch {
        // a case of an invalid configuration
      }
    }
  }
  return out;
}

/**
 * TF's image functions crop and pad to sizes stated for the case's input (crop_to_bounding_box
 * needs a large enough image): they preview at that size.
 */
function caseSize(c: Case): { inputSize?: { height: number; width: number; source: string } } {
  if (!c.layer.startsWith('tf.image.')) return {};
  const [height, width] = c.input.shape.slice(-3, -1);
  return { inputSize: { height, width, source: 'the oracle case' } };
}

describe('preview of every layer', () => {
  const cases = configs();

  it('covers every layer the engine implements, in each Keras version', () => {
    for (const version of [2, 3] as const) {
      const missing = supportedLayers(version).filter((name) => !cases.has(`${name}/k${version}`));
      assert.deepEqual(missing, [], `Keras ${version} layers without a 3-channel oracle configuration`);
    }
  });

  for (const [key, c] of cases) {
    it(key, async function () {
      this.timeout(20000);
      const result = await renderPreview({
        imageBytes: image, imageName: 'sample.png', seed: 3, samples: 4, epochs: 2, maxSize: 48,
        pipeline: { name: key, kerasVersion: c.keras, layers: [{ className: c.layer, args: c.config }], ...caseSize(c) },
      });
      assert.deepEqual(result.layers.map((l) => [l.className, l.applied, l.problem]), [[c.layer, true, undefined]]);
      assert.equal(result.training.length, 4);
      assert.equal(result.epochs.length, 2);
      for (const tile of [...result.training, ...result.epochs, result.inference]) {
        assert.equal(tile.rgba.length, tile.width * tile.height * 4);
        assert.ok(tile.width > 0 && tile.height > 0);
      }
      for (const tile of result.training) {
        assert.equal(tile.params.length, 1);
        for (const [name, value] of Object.entries(tile.params[0].params)) {
          assert.ok(paramLabelKey(name, value) in PARAM_LABELS, `${name} has a label`);
        }
      }
      assert.ok(result.inferenceStages.length === 2 && result.inferenceStages[1].layer === c.layer);
    });
  }
});
