// End to end: `node dist/cli.js render` on a Python map function written with TF's own ops, and on
// a TF.js function calling tf.image ops. Every step is found, configured and applied (none
// skipped), each tile reports the draws of every random step, the sizes follow the crops and
// resizes, and the training-off path applies every step too (TF functions have no training flag).
// Build first (`npm run build`, or `node scripts/build.mjs --out DIR` with
// AUGMENTATION_PREVIEW_CLI=DIR/cli.js, as cli.test.ts).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = process.env.AUGMENTATION_PREVIEW_CLI ?? resolve(__dirname, '../../../dist/cli.js');
const IMAGE = resolve(__dirname, '../../../media/sample.png');

const PYTHON = `import tensorflow as tf

def augment(image, label, seed):
    image = tf.image.random_flip_left_right(image)
    image = tf.image.random_brightness(image, 0.2)
    image = tf.image.random_contrast(image, 0.8, 1.2)
    image = tf.image.random_saturation(image, 0.7, 1.3)
    image = tf.image.random_hue(image, 0.05)
    image = tf.image.stateless_random_crop(image, size=[80, 80, 3], seed=seed)
    image = tf.image.resize(image, [72, 64])
    image = tf.image.rot90(image)
    return image, label

train_ds = train_ds.map(augment)
`;

const TFJS = `import * as tf from '@tensorflow/tfjs';

function augment(img) {
  let x = tf.image.flipLeftRight(img);
  x = tf.image.rotateWithOffset(x, 0.3, 0);
  x = tf.image.resizeBilinear(x, [64, 48]);
  return tf.image.rgbToGrayscale(x);
}
`;

interface Rendered {
  layers: { class_name: string; applied: boolean; active_at_inference: boolean; problem: string | null }[];
  samples: { file: string; params: { layer: string; params: Record<string, unknown> }[] }[];
  inference: { file: string; stages: { layer: string; changed: boolean }[] };
  warnings: string[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('end to end: render of tf.image map functions and TF.js tf.image code', () => {
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` before the oracle tests`);
    dir = mkdtempSync(join(tmpdir(), 'tf-image-render-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function render(name: string, source: string): Rendered {
    const file = join(dir, name);
    writeFileSync(file, source);
    const run = spawnSync(process.execPath, [CLI, 'render', file, IMAGE, '--json', '--out', join(dir, `${name}-out`), '--samples', '4', '--epochs', '2'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as Rendered;
  }

  it('a Python map function: every tf.image step applied, per-image draws labelled, sizes from the crop, resize and rot90', () => {
    const out = render('augment.py', PYTHON);
    const names = ['random_flip_left_right', 'random_brightness', 'random_contrast', 'random_saturation', 'random_hue', 'stateless_random_crop', 'resize', 'rot90'];
    assert.deepEqual(
      out.layers.map((l) => [l.class_name, l.applied, l.active_at_inference, l.problem]),
      names.map((n) => [`tf.image.${n}`, true, true, null]),
    );
    assert.deepEqual(out.warnings, []);
    for (const sample of out.samples) {
      assert.deepEqual(sample.params.map((p) => Object.keys(p.params)), [['flip_horizontal'], ['brightness_delta'], ['contrast_factor'], ['saturation_factor'], ['hue_shift'], ['crop_top', 'crop_left'], [], []]);
      // resize to 72 (height) × 64, then a quarter turn: 72 wide, 64 high.
      assert.deepEqual(pngSize(sample.file), [72, 64]);
    }
    const deltas = out.samples.map((s) => s.params[1].params.brightness_delta as number);
    assert.equal(new Set(deltas).size, deltas.length, 'each image draws its own brightness delta');
    assert.ok(deltas.every((d) => Math.abs(d) <= 0.2));
    assert.deepEqual(out.inference.stages.map((s) => s.layer), ['input', ...names.map((n) => `tf.image.${n}`)]);
    // Without a training flag, the deterministic steps change the image at inference too.
    assert.ok(out.inference.stages.slice(-3).every((s) => s.changed));
    assert.deepEqual(pngSize(out.inference.file), [72, 64]);
  });

  it('TF.js code: every tf.image op applied, grey output of the resized size', () => {
    const out = render('augment.js', TFJS);
    assert.deepEqual(
      out.layers.map((l) => [l.class_name, l.applied, l.problem]),
      ['flipLeftRight', 'rotateWithOffset', 'resizeBilinear', 'rgbToGrayscale'].map((n) => [`tf.image.${n}`, true, null]),
    );
    assert.deepEqual(out.warnings, []);
    assert.ok(out.inference.stages.slice(1).every((s) => s.changed));
    for (const sample of out.samples) assert.deepEqual(pngSize(sample.file), [48, 64]);
  });
});
