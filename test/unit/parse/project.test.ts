import * as assert from 'node:assert/strict';
import { createExclusionFilter, kerasVersionFromPins, scanFiles, WorkspacePipelines } from '../../../src/parse';
import { isVirtualEnvironment } from '../../../src/parse/project/exclusion';
import { parse, versionAndReason } from './helpers';

describe('parse: project pins, exclusions and workspace scans', () => {
  it('reads Keras 2 or 3 from pins, and says which file and pin decided', () => {
    const cases: [string, string, 2 | 3 | undefined][] = [
      ['requirements.txt', 'numpy\ntensorflow<2.16\n', 2],
      ['requirements-dev.txt', 'tensorflow==2.15.1  # pinned', 2],
      ['requirements.txt', 'keras<3', 2],
      ['requirements.txt', 'tf-keras==2.17.0', 2],
      ['pyproject.toml', 'dependencies = ["tensorflow>=2.16,<2.18"]', 3],
      ['environment.yml', 'dependencies:\n  - tensorflow=2.12\n', 2],
      ['setup.cfg', 'install_requires =\n    keras>=3.0', 3],
      ['requirements.txt', 'tensorflow\n# tensorflow<2.16', undefined],
      ['notes.txt', 'tensorflow<2.16', undefined],
    ];
    for (const [path, text, version] of cases) assert.equal(kerasVersionFromPins([{ path, text }])?.version, version, `${path}: ${text}`);
    assert.deepEqual(versionAndReason(kerasVersionFromPins([{ path: 'requirements.txt', text: 'tensorflow<2.16' }])), { version: 2, reason: 'requirements.txt pins tensorflow<2.16' });
  });

  it('lets the file\'s code speak first, then the project\'s pins, then Keras 3', () => {
    const pins = { version: 2 as const, reason: 'requirements.txt pins tensorflow<2.16' };
    assert.deepEqual(parse('import keras', { projectKerasVersion: pins }).kerasVersion, pins);
    assert.equal(parse('import tf_keras', { projectKerasVersion: { version: 3, reason: 'x' } }).kerasVersion.version, 2);
    assert.equal(parse('import os\nos.environ["TF_USE_LEGACY_KERAS"] = "1"').kerasVersion.reason, 'sets TF_USE_LEGACY_KERAS, line 2');
  });

  it('excludes node_modules, virtual environments, .gitignore\'d paths and files.exclude globs', () => {
    const filter = createExclusionFilter({
      gitignores: [{ dir: '', text: '# build\n/build/\n*.log\ndata/**\n!data/keep.py\n' }, { dir: 'sub', text: 'gen/\n' }],
      globs: { '**/*.tmp.py': true, '**/off': false },
    });
    const excluded = ['node_modules/x/a.py', 'src/.venv/lib/a.py', 'venv/a.py', 'build/a.py', 'x.log', 'data/a/b.py', 'sub/gen/a.py', 'a.tmp.py'];
    const included = ['src/build/a.py', 'src/a.py', 'sub/a.py', 'gen/a.py', 'off/a.py'];
    for (const p of excluded) assert.ok(filter.isExcluded(p), p);
    for (const p of included) assert.ok(!filter.isExcluded(p), p);
    assert.ok(isVirtualEnvironment(['bin', 'lib', 'pyvenv.cfg']));
  });

  it('skips files that mention no pipeline word, and keeps results per path as files change', () => {
    const files = [
      { path: 'a.py', content: 'aug = keras.Sequential([layers.RandomFlip()])' },
      { path: 'b.py', content: 'print("hello")' },
      { path: 'node_modules/c.py', content: 'aug = keras.Sequential([layers.RandomFlip()])' },
      { path: 'm.json', content: '{"class_name": "Sequential", "config": {"layers": [{"class_name": "RandomZoom", "config": {"height_factor": 0.1}}]}}' },
    ];
    const r = scanFiles(files, { exclude: createExclusionFilter() });
    assert.deepEqual([r.read, r.skipped, r.excluded], [2, 1, 1]);
    assert.deepEqual(r.parsed.map((p) => p.file), ['a.py', 'm.json']);
    const ws = new WorkspacePipelines();
    ws.update(files[0]);
    ws.update({ path: 'b.py', content: 'aug = Sequential([RandomZoom(0.2)])' });
    assert.deepEqual(ws.results().map((p) => p.file), ['a.py', 'b.py']);
    ws.update({ path: 'a.py', content: 'nothing here' });
    ws.remove('b.py');
    assert.deepEqual(ws.results(), []);
  });
});
