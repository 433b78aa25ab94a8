// `render` on the tutorial model (issue 2, "Must show"): 16 samples, each with its drawn flip,
// some flipped and some not; the training-off output is the input × 1/255 (shown mapped back to
// 0–255, it equals every unflipped sample, and mirrors every flipped one); bad input is one line
// on stderr with exit code 2.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImage } from '../../../src/images/decode';
import { bundleCli, REPO, removeTemporaries, temporaryDir } from '../parse/cliBundle';

interface RenderJson {
  pipeline: string;
  seed: number;
  samples: { file: string; params: { layer: string; params: Record<string, unknown> }[] }[];
  inference: { file: string; active_layers: string[] };
  value_range: { nominal: [number, number] };
  sheet: string;
}

function run(cli: string, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: REPO });
}

async function pixels(file: string) {
  const img = await decodeImage(readFileSync(file), file);
  return img;
}

function mirrored(img: { width: number; height: number; data: Uint8Array }): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const from = (y * img.width + x) * 4;
      out.set(img.data.subarray(from, from + 4), (y * img.width + (img.width - 1 - x)) * 4);
    }
  }
  return out;
}

describe('CLI render', function () {
  this.timeout(120000);
  let cli: string;
  before(async () => {
    cli = await bundleCli();
  });
  after(removeTemporaries);

  it('the tutorial model: 16 flips drawn and labelled, training off = the input × 1/255', async () => {
    const out = temporaryDir('ap-render-');
    const r = run(cli, ['render', 'example/model.py', 'example/images/chelsea.png', '--samples', '16', '--out', out, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as RenderJson;
    assert.equal(json.pipeline, 'model');
    assert.equal(json.samples.length, 16);
    const flips = json.samples.map((s) => {
      assert.deepEqual(s.params.map((p) => p.layer), ['RandomFlip', 'Rescaling']);
      const flip = s.params[0].params.flip_horizontal;
      assert.equal(typeof flip, 'boolean');
      return flip as boolean;
    });
    assert.ok(flips.some((f) => f) && flips.some((f) => !f), `some flipped, some not: ${flips}`);
    assert.deepEqual(json.inference.active_layers, ['Rescaling']);
    assert.deepEqual(json.value_range.nominal, [0, 1], 'Rescaling(1./255) maps [0, 255] to [0, 1]');
    const inference = await pixels(json.inference.file);
    assert.deepEqual([inference.width, inference.height], [180, 180], 'the model input size from input_shape');
    for (const [i, s] of json.samples.entries()) {
      const tile = await pixels(s.file);
      assert.deepEqual(Buffer.from(tile.data), Buffer.from(flips[i] ? mirrored(inference) : inference.data), `sample ${i + 1} (${flips[i] ? 'flipped' : 'not flipped'})`);
    }
    assert.ok((await pixels(json.sheet)).width > 0);
  });

  it('--set gives a value the code leaves unresolved, as the panel\'s form does; the rest is said on stderr', () => {
    const dir = temporaryDir('ap-render-set-');
    const model = join(dir, 'configured.py');
    writeFileSync(model, 'from tensorflow import keras\nfrom tensorflow.keras import layers\nimport config\n\naug = keras.Sequential([\n    layers.RandomFlip("horizontal"),\n    layers.RandomRotation(config.ROTATION, fill_mode=config.FILL),\n])\n');
    const base = ['render', model, 'example/images/coffee.jpg', '--samples', '3', '--epochs', '0', '--out', join(dir, 'out'), '--json'];
    const asked = run(cli, base);
    assert.equal(asked.status, 0, asked.stderr);
    const layers = (r: ReturnType<typeof run>) => (JSON.parse(r.stdout) as { layers: { class_name: string; applied: boolean; assumed: unknown[]; needs: unknown }[] }).layers;
    assert.deepEqual(layers(asked)[1].needs, { arg: 'factor', text: 'config.ROTATION' });
    assert.match(asked.stderr, /give RandomRotation's factor with --set RandomRotation\.factor=VALUE/);

    const given = run(cli, [...base, '--set', 'RandomRotation.factor=(0.25, 0.25)']);
    assert.equal(given.status, 0, given.stderr);
    const rotation = layers(given)[1];
    assert.equal(rotation.applied, true);
    assert.deepEqual(rotation.assumed, [
      { arg: 'factor', text: 'config.ROTATION', value: [0.25, 0.25], by: 'user' },
      { arg: 'fill_mode', text: 'config.FILL', value: 'reflect', by: 'default' },
    ]);
    for (const s of (JSON.parse(given.stdout) as RenderJson).samples) assert.equal(s.params[1].params.angle_degrees, 90);
    assert.match(given.stderr, /fill_mode = config\.FILL is not a literal: previewed with Keras's default 'reflect'/);

    for (const [set, message] of [
      ["RandomFlip.mode='vertical'", /the code gives it as a literal \("horizontal"\)/],
      ['RandomRotation.factor=ROT', /not a Python literal/],
      ['RandomZoom.height_factor=0.1', /has no RandomZoom \(it has RandomFlip, RandomRotation\)/],
      ['RandomRotation[2].factor=0.1', /has 1 RandomRotation layer$/m],
      ['factor=0.1', /is not CLASS\.ARG=VALUE/],
    ] as const) {
      const r = run(cli, [...base, '--set', set]);
      assert.equal(r.status, 2, `${set}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
  });

  it('bad input: a missing image, a corrupt image, an unknown pipeline: one line, exit code 2', () => {
    const dir = temporaryDir('ap-render-bad-');
    const broken = join(dir, 'broken.png');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage')]));
    for (const [args, message] of [
      [['example/model.py', join(dir, 'missing.png')], /cannot read .*missing\.png/],
      [['example/model.py', broken], /broken\.png is corrupt/],
      [['example/model.py', 'example/images/chelsea.png', '--pipeline', 'nope'], /no pipeline named 'nope'.*found: model/],
      [['example/README.md', 'example/images/chelsea.png'], /no augmentation pipeline found/],
    ] as const) {
      const r = run(cli, ['render', ...args, '--out', join(dir, 'out')]);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    }
  });
});
