import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatPhrase } from '../../../src/engine/layers/description';
import type { Finding } from '../../../src/diagnostics/finding';
import { applyEdits, lintParsedFile } from '../../../src/diagnostics/lint';
import { initParser, parsePythonSource } from '../../../src/parse';

const repo = path.resolve(__dirname, '../../../..');

function lint(code: string): Finding[] {
  return lintParsedFile(code, parsePythonSource(code, 'case.py'));
}

function only(findings: Finding[], code: string): Finding {
  const hits = findings.filter((f) => f.code === code);
  assert.equal(hits.length, 1, `one ${code} finding, got: ${findings.map((f) => `${f.code}: ${formatPhrase(f.message)}`).join('\n')}`);
  return hits[0];
}

const K3 = 'from tensorflow import keras\nfrom tensorflow.keras import layers\n';

describe('diagnostics: each rule on a minimal case', () => {
  before(() => initParser());

  it('a misspelt RandomFlip mode: silent no-op in Keras 3, with the closest mode offered', () => {
    const code = `${K3}aug = keras.Sequential([layers.RandomFlip("horizantal")])\n`;
    const f = only(lint(code), 'unknown-argument-value');
    assert.equal(f.severity, 'warning');
    assert.match(formatPhrase(f.message), /never flips/);
    assert.equal(f.kerasVersion, 3);
    assert.equal(formatPhrase(f.fixes[0].title), 'Change to "horizontal"');
    assert.match(applyEdits(code, f.fixes[0].edits), /RandomFlip\("horizontal"\)/);
  });

  it('an unknown fill_mode is an error (Keras raises), with a fix', () => {
    const code = `${K3}aug = keras.Sequential([layers.RandomRotation(0.1, fill_mode="reflekt")])\n`;
    const f = only(lint(code), 'unknown-argument-value');
    assert.equal(f.severity, 'error');
    assert.match(applyEdits(code, f.fixes[0].edits), /fill_mode="reflect"/);
  });

  it('a misspelt layer name gets the closest layer', () => {
    const code = `${K3}aug = keras.Sequential([layers.RandomFlip("horizontal"), layers.RandomRotaton(0.1)])\n`;
    const f = only(lint(code), 'unknown-layer');
    assert.match(applyEdits(code, f.fixes[0].edits), /layers\.RandomRotation\(0\.1\)/);
  });

  it('a misspelt keyword gets the closest parameter name', () => {
    const code = `${K3}aug = keras.Sequential([layers.RandomRotation(0.1, fill_mod="constant")])\n`;
    const f = only(lint(code), 'bad-arguments');
    assert.match(applyEdits(code, f.fixes[0].edits), /fill_mode="constant"/);
  });

  it('value_range that does not match values rescaled to [0, 1], with the argument added', () => {
    const code = `${K3}aug = keras.Sequential([layers.Rescaling(1./255), layers.RandomBrightness(0.2)])\n`;
    const f = only(lint(code), 'value-range-mismatch');
    assert.match(formatPhrase(f.message), /assumes pixel values in \[0, 255\].*in \[0, 1\]/);
    assert.match(applyEdits(code, f.fixes[0].edits), /RandomBrightness\(0\.2, value_range=\(0, 1\)\)/);
  });

  it('value_range given explicitly but wrong is replaced, and a matching one is left alone', () => {
    const wrong = `${K3}aug = keras.Sequential([layers.Rescaling(1/127.5, offset=-1), layers.RandomContrast(0.2, value_range=(0, 255))])\n`;
    const f = only(lint(wrong), 'value-range-mismatch');
    assert.match(applyEdits(wrong, f.fixes[0].edits), /value_range=\(-1, 1\)\)/);
    const right = `${K3}aug = keras.Sequential([layers.Rescaling(1./255), layers.RandomBrightness(0.2, value_range=(0, 1))])\n`;
    assert.equal(lint(right).filter((x) => x.code === 'value-range-mismatch').length, 0);
  });

  it('layers.experimental.preprocessing is flagged, and the fix parses to the same pipeline', () => {
    const code = readFileSync(path.join(repo, 'example', 'model.py'), 'utf8');
    const findings = lint(code);
    assert.deepEqual(findings.map((f) => f.code), ['deprecated-namespace', 'deprecated-namespace']);
    const fixed = applyEdits(code, findings[0].fixes.find((x) => x.preferred)!.edits);
    assert.doesNotMatch(fixed, /experimental/);
    const before = parsePythonSource(code, 'model.py').pipelines;
    const after = parsePythonSource(fixed, 'model.py').pipelines;
    assert.deepEqual(after.map((p) => [p.name, p.layers.map((l) => [l.className, l.args])]), before.map((p) => [p.name, p.layers.map((l) => [l.className, l.args])]));
    assert.deepEqual(lint(fixed), []);
  });

  it('a `preprocessing` alias import is rewritten together with its uses', () => {
    const code = 'from tensorflow.keras.layers.experimental import preprocessing\nimport tensorflow as tf\n\n' +
      'aug = tf.keras.Sequential([\n    preprocessing.RandomFlip("horizontal"),\n    preprocessing.RandomZoom(0.1),\n])\n';
    const findings = lint(code).filter((f) => f.code === 'deprecated-namespace');
    assert.equal(findings.length, 2);
    const fixed = applyEdits(code, findings[0].fixes[0].edits);
    assert.equal(fixed, 'from tensorflow.keras import layers\nimport tensorflow as tf\n\n' +
      'aug = tf.keras.Sequential([\n    layers.RandomFlip("horizontal"),\n    layers.RandomZoom(0.1),\n])\n');
    assert.deepEqual(parsePythonSource(fixed, 'x.py').pipelines[0].layers.map((l) => l.className), ['RandomFlip', 'RandomZoom']);
  });

  it('Keras 3 behaviour changes: the shared flip coin, one-sided contrast, probability factors, RandomCrop at inference', () => {
    assert.equal(only(lint(`${K3}a = keras.Sequential([layers.RandomFlip()])\n`), 'keras3-shared-flip-coin').severity, 'info');
    const contrast = `${K3}a = keras.Sequential([layers.RandomContrast(0.2)])\n`;
    const c = only(lint(contrast), 'keras3-one-sided-factor');
    assert.match(formatPhrase(c.message), /\[1, 1\.2\]/);
    assert.match(applyEdits(contrast, c.fixes[0].edits), /RandomContrast\(\(0\.2, 0\.2\)\)/);
    assert.match(formatPhrase(only(lint(`${K3}a = keras.Sequential([layers.RandomInvert()])\n`), 'keras3-probability-factor').message), /about 50 %/);
    only(lint(`${K3}a = keras.Sequential([layers.RandomCrop(100, 100)])\n`), 'keras3-random-crop-inference');
    // Keras 2 files get none of them.
    const k2 = 'from tensorflow.keras.layers.experimental import preprocessing\nimport tensorflow as tf\na = tf.keras.Sequential([preprocessing.RandomFlip(), preprocessing.RandomContrast(0.2)])\n';
    assert.deepEqual(lint(k2).filter((f) => f.code.startsWith('keras3-')), []);
  });

  it('augmentation after Normalization and after the first convolution', () => {
    const code = `${K3}m = keras.Sequential([layers.Normalization(mean=0.5, variance=0.1), layers.RandomFlip("horizontal"), layers.Conv2D(8, 3), layers.RandomRotation(0.1)])\n`;
    const findings = lint(code);
    only(findings, 'augmentation-after-normalization');
    assert.match(formatPhrase(only(findings, 'augmentation-after-features').message), /RandomRotation comes after Conv2D/);
  });
});

describe('diagnostics: no false alarms', () => {
  before(() => initParser());

  it('the example workspace raises only the deprecated namespace of the tutorial model', () => {
    for (const file of ['augment.py', 'model.py']) {
      const code = readFileSync(path.join(repo, 'example', file), 'utf8');
      const codes = lint(code).map((f) => f.code);
      assert.deepEqual(codes, file === 'model.py' ? ['deprecated-namespace', 'deprecated-namespace'] : [], file);
    }
  });

  it('well-formed pipelines in both Keras versions raise nothing', () => {
    const clean = [
      `${K3}a = keras.Sequential([layers.RandomFlip("horizontal"), layers.RandomRotation(0.2, fill_mode="constant"), layers.RandomZoom((-0.2, 0.2)), layers.Rescaling(1./255), layers.RandomContrast((0.2, 0.2), value_range=(0, 1))])\n`,
      `${K3}a = keras.Sequential([layers.RandomBrightness(0.1), layers.Rescaling(1./255)])\n`,
      'import tensorflow as tf\nfrom tensorflow.keras.layers.experimental import preprocessing\n',
    ];
    for (const code of clean) assert.deepEqual(lint(code).map((f) => f.code), [], code);
  });

  it('an argument an unresolved **kwargs may hold is not judged by its default', () => {
    const open = [
      `${K3}a = keras.Sequential([layers.RandomFlip(**cfg["flip"])])\n`,
      `${K3}a = keras.Sequential([layers.RandomErasing(**cfg)])\n`,
      `${K3}a = keras.Sequential([layers.Rescaling(**cfg), layers.RandomBrightness(0.2)])\n`,
      `${K3}a = keras.Sequential([layers.Rescaling(1./255), layers.RandomBrightness(0.2, **cfg)])\n`,
    ];
    for (const code of open) assert.deepEqual(lint(code).map((f) => f.code), [], code);
    // Written out, the same defaults are judged.
    assert.deepEqual(lint(`${K3}a = keras.Sequential([layers.RandomFlip(seed=1)])\n`).map((f) => f.code), ['keras3-shared-flip-coin']);
    assert.deepEqual(lint(`${K3}a = keras.Sequential([layers.Rescaling(1./255), layers.RandomBrightness(0.2, seed=1)])\n`).map((f) => f.code), ['value-range-mismatch']);
  });

  it('a layer inside a pipeline that another uses is reported once', () => {
    const code = `${K3}aug = keras.Sequential([layers.RandomFlip()])\nmodel = keras.Sequential([aug, layers.Rescaling(1./255)])\n`;
    const parsed = parsePythonSource(code, 'case.py');
    assert.equal(parsed.pipelines.filter((p) => p.layers.some((l) => l.className === 'RandomFlip')).length, 2, 'both pipelines list the flip');
    assert.equal(lintParsedFile(code, parsed).filter((f) => f.code === 'keras3-shared-flip-coin').length, 1);
  });
});
