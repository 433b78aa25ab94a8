import * as assert from 'node:assert/strict';
import type { ParsedFile } from '../../../src/pipeline/model';
import { onlyPipeline, parse } from './helpers';

/** [pipeline name, [class name, line, from]...] for a compact comparison. */
function summary(parsed: ParsedFile): [string, [string, number, string | undefined][]][] {
  return parsed.pipelines.map((p) => [p.name, p.layers.map((l) => [l.className, l.range.start.line, l.from] as [string, number, string | undefined])]);
}

describe('parse: pipeline shapes', () => {
  it('follows list variables built by literals, append, extend, insert, + and +=', () => {
    const parsed = parse(`
      from tensorflow.keras import layers
      aug_layers = [layers.RandomFlip("horizontal")]
      aug_layers.append(layers.RandomRotation(0.1))
      aug_layers += [layers.RandomZoom(0.2)]
      aug_layers.insert(0, layers.Rescaling(1 / 255))
      extra = [layers.RandomContrast(0.1)]
      aug = keras.Sequential(aug_layers + extra, name="aug")
      aug_layers.append(layers.RandomCrop(8, 8))
    `);
    assert.deepEqual(summary(parsed), [['aug', [['Rescaling', 5, undefined], ['RandomFlip', 2, undefined], ['RandomRotation', 3, undefined],
      ['RandomZoom', 4, undefined], ['RandomContrast', 6, undefined]]]]);
  });

  it('reads helper functions that return a list, and names a returned Sequential after its function', () => {
    const parsed = parse(`
      def augmentation_layers(strength=0.1):
          out = [layers.RandomFlip()]
          if strength:
              out.append(layers.RandomRotation(0.2))
          return out

      def get_augmenter():
          return keras.Sequential(augmentation_layers())
    `);
    assert.deepEqual(summary(parsed), [['get_augmenter', [['RandomFlip', 2, undefined], ['RandomRotation', 4, undefined]]]]);
  });

  it('follows model.add, including an added pipeline, resolved as a reference', () => {
    const parsed = parse(`
      data_augmentation = keras.Sequential([layers.RandomFlip(), layers.RandomRotation(0.1)])
      model = keras.Sequential()
      model.add(keras.Input(shape=(64, 48, 3)))
      model.add(data_augmentation)
      model.add(layers.Rescaling(1./255))
      model.add(layers.Conv2D(8, 3))
    `);
    assert.deepEqual(summary(parsed), [
      ['data_augmentation', [['RandomFlip', 1, undefined], ['RandomRotation', 1, undefined]]],
      ['model', [['RandomFlip', 1, 'data_augmentation'], ['RandomRotation', 1, 'data_augmentation'], ['Rescaling', 5, undefined]]],
    ]);
    const model = parsed.pipelines[1];
    assert.deepEqual(model.otherLayers.map((l) => l.className), ['Conv2D']);
    assert.deepEqual([model.inputSize?.height, model.inputSize?.width], [64, 48]);
    assert.deepEqual(parsed.pipelines[0].uses?.map((u) => u.kind), ['model']);
  });

  it('chains functional applications, through variables and an applied pipeline', () => {
    const parsed = parse(`
      def build_model():
          inputs = keras.Input(shape=(180, 180, 3))
          x = data_augmentation(inputs)
          x = layers.Rescaling(1.0 / 255)(x)
          x = layers.Conv2D(16, 3)(x)
          return keras.Model(inputs, x)

      data_augmentation = keras.Sequential([layers.RandomFlip("horizontal")])
    `);
    assert.deepEqual(summary(parsed), [
      ['build_model', [['RandomFlip', 8, 'data_augmentation'], ['Rescaling', 4, undefined]]],
      ['data_augmentation', [['RandomFlip', 8, undefined]]],
    ]);
    assert.equal(parsed.pipelines[0].inputSize?.height, 180);
  });

  it('reads an inline Sequential applied to inputs as a pipeline', () => {
    const p = onlyPipeline(parse(`
      inputs = keras.Input(shape=(32, 32, 3))
      x = keras.Sequential([layers.RandomFlip(), layers.RandomZoom(0.1)])(inputs)
    `));
    assert.deepEqual(p.layers.map((l) => l.className), ['RandomFlip', 'RandomZoom']);
  });

  it('records dataset.map uses with training=True', () => {
    const parsed = parse(`
      aug = tf.keras.Sequential([tf.keras.layers.RandomFlip()])
      train_ds = train_ds.map(lambda x, y: (aug(x, training=True), y))
    `);
    assert.deepEqual(onlyPipeline(parsed).uses?.map((u) => [u.kind, u.training, u.range.start.line]), [['dataset.map', true, 2]]);
  });

  it('reads tf.image ops in map functions as a tf.image pipeline, with the parameter names TF uses', () => {
    const parsed = parse(`
      import tensorflow as tf
      def augment(image, label):
          image = tf.image.random_flip_left_right(image)
          image = tf.image.random_brightness(image, max_delta=0.1)
          image = tf.image.random_contrast(image, 0.8, 1.2, seed=3)
          image = tf.image.resize(image, [128, 128])
          return image, label
      ds = ds.map(augment, num_parallel_calls=tf.data.AUTOTUNE)
    `);
    const p = onlyPipeline(parsed);
    assert.equal(p.name, 'augment');
    assert.equal(p.kind, 'tf.image');
    assert.deepEqual(p.layers.map((l) => [l.className, l.args, l.kind]), [
      ['tf.image.random_flip_left_right', {}, 'tf.image'],
      ['tf.image.random_brightness', { max_delta: 0.1 }, 'tf.image'],
      ['tf.image.random_contrast', { lower: 0.8, upper: 1.2, seed: 3 }, 'tf.image'],
      ['tf.image.resize', { size: [128, 128] }, 'tf.image'],
    ]);
    assert.deepEqual(p.uses?.map((u) => [u.kind, u.range.start.line]), [['dataset.map', 8]]);
  });

  it('marks KerasCV layers as such', () => {
    const p = onlyPipeline(parse(`
      import keras_cv
      aug = keras.Sequential([keras_cv.layers.RandAugment(value_range=(0, 255), magnitude=0.3), keras_cv.layers.RandomFlip()])
    `));
    assert.equal(p.kind, 'keras_cv');
    assert.deepEqual(p.layers.map((l) => [l.className, l.kind]), [['RandAugment', 'keras_cv'], ['RandomFlip', 'keras_cv']]);
  });

  it('skips dead code after return, and reads input sizes from the dataset', () => {
    const parsed = parse(`
      train_ds = tf.keras.utils.image_dataset_from_directory("d", image_size=(150, 120))
      def make():
          return keras.Sequential([layers.RandomFlip()])
          unused = keras.Sequential([layers.RandomZoom(0.5)])
    `);
    const p = onlyPipeline(parsed);
    assert.equal(p.name, 'make');
    assert.deepEqual([p.inputSize?.height, p.inputSize?.width], [150, 120]);
  });

  it('reads only the statements that matter, so syntax errors elsewhere are not reported', () => {
    const parsed = parse(`
      def unrelated(:
          pass
      aug = keras.Sequential([layers.RandomFlip()])
    `);
    assert.equal(onlyPipeline(parsed).name, 'aug');
  });
});
