const tf = require('@tensorflow/tfjs-node');

const IMAGE_SIZE = 224;

const model = tf.sequential({
  layers: [
    tf.layers.rescaling({scale: 1 / 255, inputShape: [IMAGE_SIZE, IMAGE_SIZE, 3]}),
    tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'relu'}),
    tf.layers.flatten(),
    tf.layers.dense({units: 10, activation: 'softmax'}),
  ],
});
