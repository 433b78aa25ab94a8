// Everything the parser says to people (diagnostics, Keras version reasons, input-size sources)
// comes with a phrase the editor localises: its English rendering is exactly the English string
// the CLI prints, and every message in it (nested ones too) is a key of l10n/bundle.l10n.json.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatPhrase } from '../../../src/engine/layers/description';
import { kerasVersionFromPins, parseFile, parseNotebookCells } from '../../../src/parse';
import type { KerasVersionChoice, ParsedFile, Phrase } from '../../../src/pipeline/model';
import { toPipelineSpec } from '../../../src/pipeline/toPipelineSpec';
import { REPO } from './cliBundle';
import { dedent, parse } from './helpers';

const BUNDLE = JSON.parse(readFileSync(join(REPO, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;

function messagesOf(p: Phrase): string[] {
  return [p.message, ...(p.args ?? []).flatMap((a) => (typeof a === 'object' ? messagesOf(a) : []))];
}

/** Problems with one text: no phrase, a phrase that renders differently, or a message the bundle lacks. */
function check(what: string, english: string, p: Phrase | undefined): string[] {
  if (!p) return [`${what} has no phrase: ${english}`];
  const problems = formatPhrase(p) === english ? [] : [`${what} renders differently:\n    ${english}\n    ${formatPhrase(p)}`];
  return [...problems, ...messagesOf(p).filter((m) => !(m in BUNDLE)).map((m) => `${what}: not in l10n/bundle.l10n.json: ${m}`)];
}

function checkVersion(keras: KerasVersionChoice, file: string): string[] {
  return check(`${file}: Keras version reason`, keras.reason, keras.phrase);
}

function problemsIn(parsed: ParsedFile): string[] {
  const file = parsed.file;
  return [
    ...checkVersion(parsed.kerasVersion, file),
    ...parsed.diagnostics.flatMap((d) => check(`${file}: ${d.code}`, d.message, d.phrase)),
    ...parsed.pipelines.flatMap((p) => (p.inputSize ? check(`${file}: input size of ${p.name}`, p.inputSize.source, p.inputSize.phrase) : [])),
    ...parsed.pipelines.flatMap((p) => {
      const spec = toPipelineSpec(p, parsed.kerasVersion);
      return spec.inputSize ? check(`${file}: spec input size of ${p.name}`, spec.inputSize.source, spec.inputSize.phrase) : [];
    }),
  ];
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? corpusFiles(full) : /\.(py|ipynb|js|ts|json|keras)$/.test(name) ? [full] : [];
  });
}

describe('parse: texts for people come as phrases', () => {
  it('every diagnostic, reason and input-size source of the corpus', () => {
    const files = corpusFiles(join(REPO, 'test', 'corpus'));
    assert.ok(files.length > 20);
    const problems = files.flatMap((f) => problemsIn(parseFile(f, readFileSync(f))));
    assert.deepEqual(problems, []);
  });

  it('every kind of diagnostic the Python parser reports, and each place a size or a version is read from', () => {
    const sources = [
      'import tensorflow as tf\nfrom tensorflow.keras.layers.experimental import preprocessing\nm = tf.keras.Sequential([preprocessing.RandomFlip(), preprocessing.RandomShear(0.1)])',
      'import tf_keras\nm = tf_keras.Sequential([tf_keras.layers.RandomFlip()])',
      'import os\nos.environ["TF_USE_LEGACY_KERAS"] = "1"\nm = keras.Sequential([layers.RandomFlip()])',
      'm = keras.Sequential([layers.RandomFlipp(), MyAugment(), layers.RandomFlip("horizontal", 1, 2, 3, 4), layers.RandomRotation(factor=0.1, factr=2), layers.RandomCrop(10)])',
      'from albumentations import HorizontalFlip\nm = keras.Sequential([HorizontalFlip(), layers.RandomFlip()])',
      'import config\nm = keras.Sequential(config.layers())',
      'm = keras.Sequential([layers.RandomFlip(input_shape=(64, 48, 3))])',
      'm = keras.Sequential([layers.Resizing(32, 40), layers.RandomFlip()])',
      'inputs = keras.Input(shape=(96, 80, 3))\nx = layers.RandomFlip()(inputs)\nm = keras.Model(inputs, x)',
      'ds = keras.utils.image_dataset_from_directory("d")\nm = keras.Sequential([layers.RandomFlip()])',
      'ds = keras.utils.image_dataset_from_directory("d", image_size=(120, 100))\nm = keras.Sequential([layers.RandomFlip()])',
      'm = keras.Sequential([layers.RandomFlip(),\n',
      'm = keras.Sequential([layers.RandomFlip()]) )\ndef f(:\n  pass',
    ];
    const validateLayer = (className: string) => (className === 'RandomFlip' ? undefined : 'a value Keras rejects');
    const parsed = sources.map((s) => parse(s, { validateLayer }));
    const codes = new Set(parsed.flatMap((p) => p.diagnostics.map((d) => d.code)));
    for (const code of ['deprecated-namespace', 'unavailable-layer', 'unknown-layer', 'bad-arguments', 'not-followed', 'syntax-error', 'invalid-value']) {
      assert.ok(codes.has(code), `the sources should produce a ${code} diagnostic`);
    }
    assert.deepEqual(parsed.flatMap(problemsIn), []);
  });

  it('in notebooks the place names the cell', () => {
    const cells = [
      { kind: 'code' as const, text: 'import tensorflow as tf' },
      { kind: 'code' as const, text: dedent(`
        from tensorflow.keras.layers.experimental import preprocessing
        ds = tf.keras.utils.image_dataset_from_directory("d")
        m = tf.keras.Sequential([preprocessing.RandomFlip(input_shape=(64, 64, 3))])
      `) },
    ];
    const parsed = parseNotebookCells(cells, 'n.ipynb');
    assert.match(parsed.kerasVersion.reason, /, cell 2, line 1$/);
    assert.match(parsed.pipelines[0]?.inputSize?.source ?? '', /\(cell 2, line 3\)$/);
    assert.deepEqual(problemsIn(parsed), []);
  });

  it('unreadable files, TF.js and saved configs', () => {
    const parsed = [
      parseFile('bad.ipynb', '{ not json'),
      parseFile('nocells.ipynb', '{}'),
      parseFile('bad.json', '{ "a": '),
      parseFile('other.json', '{ "a": 1 }'),
      parseFile('bad.keras', new Uint8Array([1, 2, 3])),
      parseFile('m.js', 'const m = tf.sequential({ layers: [tf.layers.randomShear({ factor: 0.1 })] });\nconst x = ('),
    ];
    assert.deepEqual(parsed.flatMap(problemsIn), []);
  });

  it('project pins', () => {
    const choices = [
      kerasVersionFromPins([{ path: 'requirements.txt', text: 'tensorflow<2.16\n' }]),
      kerasVersionFromPins([{ path: 'pyproject.toml', text: 'dependencies = ["keras>=3.0"]\n' }]),
    ];
    assert.deepEqual(choices.map((c) => c?.reason), ['requirements.txt pins tensorflow<2.16', 'pyproject.toml pins keras>=3.0']);
    assert.deepEqual(choices.flatMap((c) => checkVersion(c!, 'pins')), []);
  });
});
