import * as tf from '@tensorflow/tfjs';

export function createModel(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.inputLayer({inputShape: [256, 256, 3]}));
  model.add(tf.layers.centerCrop({height: 224, width: 224}));
  model.add(tf.layers.rescaling({scale: 1 / 127.5, offset: -1}));
  model.add(tf.layers.globalAveragePooling2d({}));
  return model;
}
