import {layers, sequential} from '@tensorflow/tfjs';

const augmentation = sequential({
  name: 'augmentation',
  layers: [
    layers.randomWidth({factor: [-0.2, 0.2], inputShape: [64, 64, 3], seed: 1}),
    layers.resizing({height: 64, width: 64}),
  ],
});

const classifier = sequential({layers: [augmentation, layers.flatten(), layers.dense({units: 2})]});
