import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli, removeTemporaries, REPO, runCli, temporaryDir } from './cliBundle';

/** The fenced blocks of a markdown file, by language. */
function fencedBlocks(markdown: string, lang: string): string[] {
  const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  return [...markdown.matchAll(re)].map((m) => m[1]);
}

describe('cli: parse', function () {
  this.timeout(120000);
  let cli: string;

  before(async () => {
    cli = await bundleCli();
  });
  after(removeTemporaries);

  it('finds the tutorial pipeline in the example model, at the right lines, and nothing else', () => {
    const r = runCli(cli, ['parse', 'example/model.py', '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 1);
    const file = out.files[0];
    assert.equal(file.file, 'example/model.py');
    assert.deepEqual(file.keras_version, { version: 2, reason: 'uses layers.experimental.preprocessing, line 23' });
    assert.deepEqual(file.diagnostics.map((d: { code: string; line: number }) => [d.code, d.line]), [['deprecated-namespace', 23], ['deprecated-namespace', 24]]);
    assert.equal(file.pipelines.length, 1);
    const [p] = file.pipelines;
    assert.equal(p.name, 'model');
    assert.equal(p.line, 22);
    assert.deepEqual(p.input_size, { height: 180, width: 180, source: 'input_shape of RandomFlip (line 23)', line: 23, column: 3, end_line: 23, end_column: 101 });
    assert.deepEqual(p.layers[0], {
      class_name: 'RandomFlip', kind: 'keras', line: 23, column: 3, end_line: 23, end_column: 101,
      args: { mode: 'horizontal', input_shape: [180, 180, 3] },
      config: { mode: 'horizontal', seed: null, input_shape: [180, 180, 3] },
      unresolved: [], active_at_inference: false, from: null,
    });
    assert.equal(p.layers[1].class_name, 'Rescaling');
    assert.equal(p.layers[1].line, 24);
    assert.ok(Math.abs(p.layers[1].args.scale - 0.0039216) < 1e-6);
    assert.equal(p.layers[1].active_at_inference, true);
    assert.equal(p.layers.length, 2);
    assert.deepEqual(p.other_layers.map((l: { class_name: string; line: number }) => [l.class_name, l.line]),
      [['Conv2D', 25], ['MaxPooling2D', 26], ['Dropout', 27], ['Flatten', 28], ['Dense', 29]]);
  });

  it('parses several files in order, and --keras overrides the version', () => {
    const r = runCli(cli, ['parse', 'example/model.py', 'example/augment.py', '--json', '--keras', '3']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { file: string }) => f.file), ['example/model.py', 'example/augment.py']);
    for (const f of out.files) assert.deepEqual(f.keras_version, { version: 3, reason: '--keras 3' });
    assert.deepEqual(out.files[1].pipelines.map((p: { name: string }) => p.name), ['data_augmentation']);
  });

  it('prints a short summary without --json', () => {
    const r = runCli(cli, ['parse', 'example/model.py']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^example\/model\.py: Keras 2 \(uses layers\.experimental\.preprocessing, line 23\)$/m);
    assert.match(r.stdout, /^ {2}model \(line 22\)$/m);
    assert.match(r.stdout, /line 23: RandomFlip\(mode="horizontal", input_shape=\[180, 180, 3\]\) {2}\[training only\]/);
    assert.match(r.stdout, /line 24: Rescaling\(scale=0\.00392157\) {2}\[training and inference\]/);
    assert.match(r.stdout, /not preprocessing, skipped: Conv2D, MaxPooling2D, Dropout, Flatten, Dense/);
  });

  it('reports syntax errors as diagnostics, with partial results and exit 0', () => {
    const dir = temporaryDir('ap-parse-');
    writeFileSync(join(dir, 'cut.py'), 'aug = keras.Sequential([\n    layers.RandomFlip("vertical"),\n');
    const r = runCli(cli, ['parse', 'cut.py', '--json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [file] = JSON.parse(r.stdout).files;
    assert.deepEqual(file.pipelines[0].layers.map((l: { args: unknown }) => l.args), [{ mode: 'vertical' }]);
    assert.equal(file.diagnostics[0].code, 'syntax-error');
    assert.equal(file.diagnostics[0].line, 1);
    assert.equal(file.diagnostics[0].column, 1);
  });

  const badInputs: [string, string[], RegExp][] = [
    ['a missing file', ['parse', 'example/model.py', 'no/such/file.py', '--json'], /^augmentation-preview: cannot read 'no\/such\/file\.py': no such file\n$/],
    ['a directory', ['parse', 'example', '--json'], /^augmentation-preview: cannot read 'example': it is a directory\n$/],
    ['no file', ['parse', '--json'], /^augmentation-preview: parse needs at least one FILE/],
    ['a bad --keras', ['parse', 'example/model.py', '--keras', '4'], /^augmentation-preview: --keras must be 2 or 3, got '4'\n$/],
    ['an unknown option', ['parse', 'example/model.py', '--jsno'], /^augmentation-preview: unknown option --jsno\n$/],
  ];
  for (const [what, args, message] of badInputs) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const r = runCli(cli, args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('prints what docs/parse-format.md says it prints for its example', () => {
    const doc = readFileSync(join(REPO, 'docs', 'parse-format.md'), 'utf8');
    const [python] = fencedBlocks(doc, 'python');
    const [json] = fencedBlocks(doc, 'json');
    const dir = temporaryDir('ap-doc-');
    writeFileSync(join(dir, 'augment.py'), python);
    const r = runCli(cli, ['parse', 'augment.py', '--json'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(json));
    const summary = runCli(cli, ['parse', 'augment.py'], dir);
    const documented = doc.split('not a stable format):\n\n```\n')[1].split('```')[0];
    assert.equal(summary.stdout, documented);
  });
});
