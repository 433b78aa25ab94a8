import * as assert from 'node:assert/strict';
import { onlyLayer, parse, versionAndReason } from './helpers';

describe('parse: Keras version per file', () => {
  it('defaults to Keras 3', () => {
    assert.deepEqual(versionAndReason(parse('import keras\nfrom keras import layers\n').kerasVersion), { version: 3, reason: 'default' });
  });

  it('reads Keras 2 from layers.experimental.preprocessing, in code or imports', () => {
    const cases: [string, string][] = [
      ['x = tf.keras.layers.experimental.preprocessing.RandomFlip()', 'uses layers.experimental.preprocessing, line 1'],
      ['from tensorflow.keras.layers.experimental import preprocessing', 'imports layers.experimental.preprocessing, line 1'],
      ['from tensorflow.keras.layers.experimental import preprocessing as pp', 'imports layers.experimental.preprocessing, line 1'],
      ['import os\nfrom tensorflow.keras.layers.experimental.preprocessing import RandomFlip', 'imports layers.experimental.preprocessing, line 2'],
      ['import tensorflow.keras.layers.experimental.preprocessing as pp', 'imports layers.experimental.preprocessing, line 1'],
      ['import tf_keras as keras', 'imports tf_keras, line 1'],
      ['from tf_keras import layers', 'imports tf_keras, line 1'],
    ];
    for (const [source, reason] of cases) assert.deepEqual(versionAndReason(parse(source).kerasVersion), { version: 2, reason }, source);
  });

  it('is not moved by other experimental modules or by mentions outside code', () => {
    for (const source of ['from tensorflow.keras.layers.experimental import RandomFourierFeatures', 'x = tf.experimental.numpy',
      '# layers.experimental.preprocessing', 's = "import tf_keras"', 'tf_keras = 1']) {
      assert.deepEqual(versionAndReason(parse(source).kerasVersion), { version: 3, reason: 'default' }, source);
    }
  });

  it('lets the caller override it, and binds positional arguments for that version', () => {
    const source = 'from tensorflow.keras.layers.experimental import preprocessing\nm = Sequential([preprocessing.RandomFlip()])';
    const parsed = parse(source, { kerasVersion: { version: 3, reason: '--keras 3' } });
    assert.deepEqual(parsed.kerasVersion, { version: 3, reason: '--keras 3' });
    assert.equal(onlyLayer(parsed).className, 'RandomFlip');
  });
});
