import * as assert from 'node:assert/strict';
import { onlyPipeline, parse } from './helpers';

describe('parse: only code counts', () => {
  it('is not fooled by layer names in strings, comments and docstrings', () => {
    const parsed = parse(`
      """Module docstring:
      model = Sequential([layers.RandomFlip("horizontal")])
      """
      # data_augmentation = keras.Sequential([layers.RandomRotation(0.1)])
      EXAMPLE = "keras.Sequential([layers.RandomZoom(0.2)])"
      TEMPLATE = f"Sequential([{name}(0.1)])"
      def build():
          '''Returns Sequential([layers.RandomCrop(10, 10)]).'''
          return None  # Sequential([layers.RandomFlipp()])
      layers.experimental.preprocessing  # a bare expression, but code: only this line counts for Keras 2
    `);
    assert.deepEqual(parsed.pipelines, []);
    assert.deepEqual(parsed.diagnostics, [], 'no unknown-layer from the comment either');
    assert.equal(parsed.kerasVersion.reason, 'uses layers.experimental.preprocessing, line 10');
  });

  it('skips comments inside the layer list, and elements that are not calls', () => {
    const p = onlyPipeline(parse(`
      m = Sequential([
          # layers.RandomZoom(0.5),
          layers.RandomFlip(),  # layers.RandomCrop(1, 1)
          existing_block,
          make_layers(),
          (layers.Rescaling(1/255)),
      ])
    `));
    assert.deepEqual(p.layers.map((l) => [l.className, l.range.start.line]), [['RandomFlip', 3], ['Rescaling', 6]]);
  });

  it('does not mistake identifiers that merely contain the names', () => {
    const parsed = parse(`
      MySequential([layers.RandomFlip()])
      SequentialThing = 1
      my.Sequential_v2([layers.RandomFlip()])
    `);
    assert.deepEqual(parsed.pipelines, []);
  });
});
