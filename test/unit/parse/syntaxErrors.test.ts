import * as assert from 'node:assert/strict';
import { codes, dedent, onlyPipeline, parse } from './helpers';

describe('parse: files with syntax errors', () => {
  it('reads a truncated file up to where it stops, and says where it broke', () => {
    const parsed = parse(`
      import keras
      aug = keras.Sequential([
          keras.layers.RandomFlip("horizontal"),
          keras.layers.RandomRotation(0.1),
    `);
    const p = onlyPipeline(parsed);
    assert.equal(p.name, 'aug');
    assert.deepEqual(p.layers.map((l) => [l.className, l.args]), [['RandomFlip', { mode: 'horizontal' }], ['RandomRotation', { factor: 0.1 }]]);
    const errors = parsed.diagnostics.filter((d) => d.code === 'syntax-error');
    assert.ok(errors.length >= 1);
    assert.equal(errors[0].severity, 'error');
    assert.equal(errors[0].range?.start.line, 2);
  });

  it('keeps pipelines elsewhere in a file with an error', () => {
    const parsed = parse(`
      def broken(:
          pass
      aug = Sequential([layers.RandomZoom(0.2)])
      x = (1 +
    `);
    assert.deepEqual(onlyPipeline(parsed).layers.map((l) => l.className), ['RandomZoom']);
    assert.equal(onlyPipeline(parsed).name, 'aug');
    const errors = parsed.diagnostics.filter((d) => d.code === 'syntax-error');
    assert.deepEqual(errors.map((e) => e.range?.start.line), [1, 4]);
    assert.match(errors[0].message, /missing '\)'/);
  });

  it('keeps the other layers of a list when one argument is broken', () => {
    const parsed = parse(`
      m = Sequential([
          layers.RandomFlip("horizontal" seed=1),
          layers.Rescaling(1./255),
      ])
    `);
    const p = onlyPipeline(parsed);
    assert.deepEqual(p.layers.map((l) => l.className), ['RandomFlip', 'Rescaling']);
    assert.deepEqual(p.layers[1].args, { scale: 1 / 255 });
    const error = parsed.diagnostics.find((d) => d.code === 'syntax-error');
    assert.equal(error?.range?.start.line, 2);
  });

  it('reports no more than ten syntax errors for a file full of them', () => {
    const parsed = parse(dedent(Array.from({ length: 50 }, (_, i) => `def f${i}(:\n    pass`).join('\n') + '\naug = Sequential([RandomFlip()])'));
    assert.equal(codes(parsed).filter((c) => c === 'syntax-error').length, 10);
  });
});
