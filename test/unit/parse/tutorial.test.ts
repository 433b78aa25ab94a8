import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePythonSource } from '../../../src/parse';
import { dedent, onlyPipeline, parse, versionAndReason } from './helpers';

const TUTORIAL = `
  img_height = 180
  img_width = 180
  model = Sequential([
    layers.experimental.preprocessing.RandomFlip("horizontal", input_shape=(img_height, img_width, 3)),
    layers.experimental.preprocessing.Rescaling(1./255),
    layers.Conv2D(16, 3, padding='same', activation='relu'),
    layers.MaxPooling2D(),
    layers.Dropout(0.2),
    layers.Flatten(),
    layers.Dense(num_classes)
  ])
`;

describe('parse: the tutorial model', () => {
  it('finds exactly one pipeline, "model", with RandomFlip and Rescaling', () => {
    const parsed = parse(TUTORIAL);
    const p = onlyPipeline(parsed);
    assert.equal(p.name, 'model');
    assert.equal(p.range.start.line, 3);
    assert.deepEqual(p.layers.map((l) => l.className), ['RandomFlip', 'Rescaling']);
    assert.deepEqual(p.layers[0].args, { mode: 'horizontal', input_shape: [180, 180, 3] });
    assert.equal(p.layers[0].range.start.line, 4, 'RandomFlip is line 2 of the Sequential');
    assert.equal(p.layers[0].callee, 'layers.experimental.preprocessing.RandomFlip');
    assert.deepEqual(Object.keys(p.layers[1].args), ['scale']);
    assert.ok(Math.abs((p.layers[1].args.scale as number) - 0.00392157) < 1e-8);
    assert.equal(p.layers[1].range.start.line, 5);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.range?.start.line]), [['deprecated-namespace', 4], ['deprecated-namespace', 5]]);
  });

  it('keeps the other layers aside, recognised as not preprocessing', () => {
    const p = onlyPipeline(parse(TUTORIAL));
    assert.deepEqual(p.otherLayers.map((l) => [l.className, l.range.start.line]), [
      ['Conv2D', 6], ['MaxPooling2D', 7], ['Dropout', 8], ['Flatten', 9], ['Dense', 10],
    ]);
  });

  it('reads it as Keras 2, because of layers.experimental.preprocessing', () => {
    assert.deepEqual(versionAndReason(parse(TUTORIAL).kerasVersion), { version: 2, reason: 'uses layers.experimental.preprocessing, line 4' });
  });

  it('finds the same in the example workspace file, at its real lines', () => {
    const file = join(__dirname, '..', '..', '..', '..', 'example', 'model.py');
    const parsed = parsePythonSource(readFileSync(file, 'utf8'), file);
    const p = onlyPipeline(parsed);
    assert.equal(p.file, file);
    assert.deepEqual(p.layers.map((l) => [l.className, l.range.start.line]), [['RandomFlip', 23], ['Rescaling', 24]]);
    assert.deepEqual(p.layers[0].args, { mode: 'horizontal', input_shape: [180, 180, 3] });
    assert.deepEqual(parsed.diagnostics.filter((d) => d.code !== 'deprecated-namespace'), []);
  });

  it('reports 1-based columns in UTF-16 code units, as editors count', () => {
    const p = onlyPipeline(parse(dedent(`
      s = "é😀"; m = Sequential([RandomFlip()])
    `)));
    assert.deepEqual(p.range.start, { line: 1, column: 16 });
    assert.deepEqual(p.layers[0].range.start, { line: 1, column: 28 });
  });
});
