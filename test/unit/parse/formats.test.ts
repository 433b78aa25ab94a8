import * as assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { DocumentParser, parseFile, parseNotebookCells } from '../../../src/parse';
import { onlyPipeline, versionAndReason } from './helpers';

/** A minimal zip archive (stored or deflated entries), enough for .keras tests. */
function zip(entries: Record<string, string>, deflate = true): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text);
    const data = deflate ? deflateRawSync(raw) : raw;
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('parse: notebooks, TF.js, saved configs, incremental re-parse', () => {
  it('reads a notebook as one program, with cell + line positions, ignoring markdown and magics', () => {
    const parsed = parseNotebookCells([
      { kind: 'markdown', text: 'aug = keras.Sequential([layers.RandomZoom(0.5)])' },
      { kind: 'code', text: '%matplotlib inline\nfrom keras import layers\nimport keras' },
      { kind: 'code', text: 'FLIP = "vertical"' },
      { kind: 'code', text: '!ls\naug = keras.Sequential([\n    layers.RandomFlip(FLIP),\n])' },
    ], 'nb.ipynb');
    const p = onlyPipeline(parsed);
    assert.equal(parsed.language, 'notebook');
    assert.deepEqual(p.range.cell, 3);
    assert.deepEqual([p.layers[0].range.cell, p.layers[0].range.start.line, p.layers[0].args], [3, 3, { mode: 'vertical' }]);
  });

  it('says why an .ipynb that is not a notebook cannot be read', () => {
    assert.deepEqual(parseFile('x.ipynb', '{"nope": 1}').diagnostics.map((d) => d.code), ['unreadable-notebook']);
  });

  it('reads a .keras archive (deflated or stored) and its Keras version', () => {
    const config = JSON.stringify({ module: 'keras', class_name: 'Sequential', config: { name: 'aug', layers: [
      { module: 'keras.layers', class_name: 'RandomFlip', config: { name: 'f', mode: 'vertical', seed: null } },
    ] } });
    for (const deflate of [true, false]) {
      const parsed = parseFile('m.keras', zip({ 'metadata.json': '{"keras_version": "3.5.0"}', 'config.json': config }, deflate));
      assert.deepEqual(versionAndReason(parsed.kerasVersion), { version: 3, reason: 'metadata.json says keras_version 3.5.0' });
      assert.deepEqual(onlyPipeline(parsed).layers.map((l) => [l.className, l.args, l.kind]), [['RandomFlip', { mode: 'vertical', seed: null }, 'saved_config']]);
    }
    assert.deepEqual(parseFile('bad.keras', new Uint8Array([1, 2, 3])).diagnostics.map((d) => d.code), ['unreadable-config']);
  });

  it('reads TF.js layers with Keras names and snake_case arguments, and warns about layers TF.js lacks', () => {
    const parsed = parseFile('m.js', `const tf = require('@tensorflow/tfjs');\nconst m = tf.sequential();\nm.add(tf.layers.randomFlip({mode: 'horizontal'}));\nm.add(tf.layers.resizing({height: 8, width: 8, cropToAspectRatio: true}));`);
    assert.deepEqual(onlyPipeline(parsed).layers.map((l) => [l.className, l.args]), [['RandomFlip', { mode: 'horizontal' }], ['Resizing', { height: 8, width: 8, crop_to_aspect_ratio: true }]]);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.range?.start.line]), [['unavailable-layer', 3]]);
  });

  it('re-parses incrementally and gives what a fresh parse gives', () => {
    const doc = new DocumentParser('a.py');
    try {
      const before = 'from keras import layers\nimport keras\naug = keras.Sequential([layers.RandomRotation(0.1)])\n';
      assert.deepEqual(onlyPipeline(doc.update(before)).layers[0].args, { factor: 0.1 });
      const after = before.replace('0.1', '0.25').replace('RandomRotation(0.25)', 'RandomRotation(0.25), layers.RandomZoom(0.5)');
      const parsed = doc.update(after);
      assert.deepEqual(parsed, parseFile('a.py', after));
      assert.deepEqual(onlyPipeline(parsed).layers.map((l) => l.className), ['RandomRotation', 'RandomZoom']);
    } finally {
      doc.dispose();
    }
  });
});
