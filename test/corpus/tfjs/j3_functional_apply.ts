import * as tf from '@tensorflow/tfjs';

const input = tf.input({shape: [300, 400, 3]});
const resized = tf.layers.resizing({height: 150, width: 200, interpolation: 'nearest'}).apply(input) as tf.SymbolicTensor;
const scaled = tf.layers.rescaling({scale: 1 / 255}).apply(resized) as tf.SymbolicTensor;
const features = tf.layers.conv2d({filters: 8, kernelSize: 3}).apply(scaled) as tf.SymbolicTensor;
export const model = tf.model({inputs: input, outputs: features});
