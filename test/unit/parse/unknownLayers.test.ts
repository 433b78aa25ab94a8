import * as assert from 'node:assert/strict';
import { closestName, editDistance } from '../../../src/parse/python/suggest';
import { onlyPipeline, parse } from './helpers';

describe('parse: unknown layers', () => {
  it('warns about unknown layer-like calls in a list, suggesting a close image layer', () => {
    const parsed = parse(`
      m = Sequential([
          layers.RandomFlipp("horizontal"),
          layers.RandomRotaton(0.1),
          layers.randomflip(),
          layers.Randomzoom(0.1),
          MyCustomAugment(0.5),
          layers.RandomFlip(),
      ])
    `);
    assert.deepEqual(onlyPipeline(parsed).layers.map((l) => l.className), ['RandomFlip']);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.severity, d.code, d.range?.start.line, d.message]), [
      ['warning', 'unknown-layer', 2, 'unknown layer RandomFlipp; the preview skips it (did you mean RandomFlip?)'],
      ['warning', 'unknown-layer', 3, 'unknown layer RandomRotaton; the preview skips it (did you mean RandomRotation?)'],
      ['warning', 'unknown-layer', 5, 'unknown layer Randomzoom; the preview skips it (did you mean RandomZoom?)'],
      ['warning', 'unknown-layer', 6, 'unknown layer MyCustomAugment; the preview skips it'],
    ]);
  });

  it('still reports unknown layers when the list has no known image layer', () => {
    const parsed = parse('m = Sequential([layers.RandomFlipp()])');
    assert.deepEqual(parsed.pipelines, []);
    assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['unknown-layer']);
  });

  it('says when the layers are not a list literal, rather than finding nothing silently', () => {
    const parsed = parse('import config\nm = keras.Sequential(config.augmentation_layers(), name="m")');
    assert.deepEqual(parsed.pipelines, []);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.severity, d.code, d.range?.start.line]), [['info', 'not-followed', 2]]);
  });

  it('measures edits the way typos happen', () => {
    assert.equal(editDistance('randomflip', 'randomflip'), 0);
    assert.equal(editDistance('randomfilp', 'randomflip'), 1, 'a swap is one edit');
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(closestName('Conv2D', ['Solarization', 'RandomFlip']), undefined);
    assert.equal(closestName('Resizin', ['Rescaling', 'Resizing']), 'Resizing');
  });
});
