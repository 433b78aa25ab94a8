import * as assert from 'node:assert/strict';
import { imageLayerNames } from '../../../src/pipeline/catalog';
import { codes, onlyPipeline, parse } from './helpers';

describe('parse: containers and namespaces', () => {
  const containers = ['Sequential', 'keras.Sequential', 'tf.keras.Sequential', 'tf.keras.models.Sequential', 'models.Sequential', 'keras.models.Sequential'];
  for (const container of containers) {
    it(`finds ${container}([...])`, () => {
      const p = onlyPipeline(parse(`aug = ${container}([layers.RandomFlip("vertical")])`));
      assert.equal(p.name, 'aug');
      assert.deepEqual(p.layers.map((l) => [l.className, l.args]), [['RandomFlip', { mode: 'vertical' }]]);
    });
  }

  const namespaces = ['', 'layers.', 'tf.keras.layers.', 'keras.layers.', 'layers.experimental.preprocessing.', 'preprocessing.',
    'tf.keras.layers.experimental.preprocessing.', 'L.'];
  for (const ns of namespaces) {
    it(`recognises layers under '${ns || '(bare)'}'`, () => {
      const p = onlyPipeline(parse(`m = Sequential([${ns}RandomRotation(0.2), ${ns}Rescaling(1.0 / 255), ${ns}Conv2D(8, 3)])`));
      assert.deepEqual(p.layers.map((l) => l.className), ['RandomRotation', 'Rescaling']);
      assert.deepEqual(p.layers.map((l) => l.callee), [`${ns}RandomRotation`, `${ns}Rescaling`]);
      assert.deepEqual(p.otherLayers.map((l) => l.className), ['Conv2D']);
    });
  }

  it('knows every image layer of the catalog, in both Keras versions', () => {
    for (const version of [2, 3] as const) {
      const names = imageLayerNames(version).filter((n) => n !== 'Pipeline');
      const source = `m = Sequential([\n${names.map((n) => `    layers.${n}(),`).join('\n')}\n])`;
      const p = onlyPipeline(parse(source, { kerasVersion: { version, reason: 'test' } }));
      assert.deepEqual(p.layers.map((l) => l.className), names);
      assert.deepEqual(p.otherLayers, []);
      assert.ok(!codes(parse(source)).includes('unknown-layer'));
    }
  });

  it('takes the layers from the layers= keyword, and the name from name= when not assigned', () => {
    const p = onlyPipeline(parse(`keras.Sequential(name="augmenter", layers=[layers.RandomZoom(0.1)])`));
    assert.equal(p.name, 'augmenter');
    assert.deepEqual(p.layers[0].args, { height_factor: 0.1 });
  });

  it('prefers the assigned variable to name=, and names the rest by line', () => {
    const parsed = parse(`
      import keras
      data_augmentation = keras.Sequential([keras.layers.RandomFlip()], name="augment")
      self.aug = keras.Sequential([keras.layers.RandomFlip()])
      keras.Sequential([keras.layers.RandomFlip()])
    `);
    assert.deepEqual(parsed.pipelines.map((p) => p.name), ['data_augmentation', 'self.aug', '<anonymous>@4']);
  });

  it('finds keras.layers.Pipeline (Keras 3) as a container', () => {
    const p = onlyPipeline(parse(`
      from keras import layers
      aug = layers.Pipeline([layers.RandomBrightness(0.2), layers.RandomHue(0.1)])
    `));
    assert.deepEqual(p.layers.map((l) => l.className), ['RandomBrightness', 'RandomHue']);
  });

  it('finds nested and repeated pipelines, each on its own, in source order, the nested one also inside its parent', () => {
    const parsed = parse(`
      aug = keras.Sequential([layers.RandomFlip()])
      model = keras.Sequential([keras.Sequential([layers.RandomContrast(0.5)]), layers.Rescaling(1/255), layers.Dense(2)])
    `);
    assert.deepEqual(parsed.pipelines.map((p) => [p.name, p.layers.map((l) => [l.className, l.from])]), [
      ['aug', [['RandomFlip', undefined]]],
      ['model', [['RandomContrast', '<anonymous>@2'], ['Rescaling', undefined]]],
      ['<anonymous>@2', [['RandomContrast', undefined]]],
    ]);
  });

  it('leaves out a container with no preprocessing layer: that is a model, not a pipeline', () => {
    const parsed = parse(`model = Sequential([layers.Conv2D(16, 3), layers.Dense(10)])`);
    assert.deepEqual(parsed.pipelines, []);
    assert.deepEqual(parsed.diagnostics, []);
  });

  it('ignores containers and layers imported from other libraries', () => {
    const parsed = parse(`
      import torch.nn as nn
      from sklearn.pipeline import Pipeline
      from torchvision import transforms
      a = nn.Sequential([nn.RandomFlip()])
      b = Pipeline([RandomFlip()])
      c = keras.Sequential([transforms.RandomRotation(10), layers.RandomFlip()])
    `);
    const p = onlyPipeline(parsed);
    assert.equal(p.name, 'c');
    assert.deepEqual(p.layers.map((l) => l.className), ['RandomFlip']);
    const d = parsed.diagnostics.find((x) => x.code === 'unknown-layer');
    assert.match(d?.message ?? '', /RandomRotation comes from torchvision\.transforms, not Keras/);
  });

  it('resolves import aliases and `L = keras.layers` style aliases, without needing them', () => {
    const parsed = parse(`
      from tensorflow.keras import layers as KL
      import tensorflow.keras.layers as tkl
      P = tkl
      from tensorflow.keras.layers import RandomFlip as RF
      m = Sequential([KL.RandomZoom(0.2), P.RandomFlip(), RF("vertical")])
    `);
    assert.deepEqual(onlyPipeline(parsed).layers.map((l) => l.className), ['RandomZoom', 'RandomFlip', 'RandomFlip']);
  });

  it('accepts the CLAHE alias under its canonical name', () => {
    const p = onlyPipeline(parse(`m = Sequential([layers.CLAHE()])`));
    assert.equal(p.layers[0].className, 'ContrastLimitedAdaptiveHistogramEqualization');
    assert.equal(p.layers[0].callee, 'layers.CLAHE');
  });

  it('does not take imports, isinstance checks or annotations for calls', () => {
    const parsed = parse(`
      from tensorflow.keras import Sequential
      from tensorflow.keras.layers import RandomFlip
      def f(m: Sequential) -> bool:
          return isinstance(m, Sequential) and RandomFlip is not None
    `);
    assert.deepEqual(parsed.pipelines, []);
    assert.deepEqual(parsed.diagnostics, []);
  });
});
