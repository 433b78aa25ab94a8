// TF's named constants in tf.image calls: dtypes and resize methods become the strings TF
// accepts for them, but only when the name really is tensorflow.
import * as assert from 'node:assert/strict';
import { onlyPipeline, parse } from './helpers';

describe('parse: TensorFlow constants in tf.image calls', () => {
  it('tf.float32, tf.dtypes.uint8 and tf.image.ResizeMethod members evaluate to their strings', () => {
    const p = onlyPipeline(parse(`
      import tensorflow as tf

      def augment(image, label):
          image = tf.image.convert_image_dtype(image, tf.float32)
          image = tf.image.random_flip_left_right(image)
          image = tf.image.resize(image, (64, 64), method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
          image = tf.image.convert_image_dtype(image, dtype=tf.dtypes.uint8)
          return image, label
    `));
    assert.deepEqual(p.layers.map((l) => [l.className, l.args]), [
      ['tf.image.convert_image_dtype', { dtype: 'float32' }],
      ['tf.image.random_flip_left_right', {}],
      ['tf.image.resize', { size: [64, 64], method: 'nearest' }],
      ['tf.image.convert_image_dtype', { dtype: 'uint8' }],
    ]);
  });

  it('the same names on something that is not tensorflow stay unresolved', () => {
    const p = onlyPipeline(parse(`
      import tensorflow as tf
      import numpy as np

      def augment(image, label):
          image = tf.image.random_flip_left_right(image)
          image = tf.image.convert_image_dtype(image, np.float32)
          return image, label
    `));
    assert.deepEqual(p.layers[1].args, { dtype: { unresolved: 'np.float32' } });
  });
});
