import * as tf from '@tensorflow/tfjs-core';

const MAX_ANGLE = Math.PI / 12;

export function augmentBatch(images: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const flipped = tf.image.flipLeftRight(images);
    const angle = (Math.random() * 2 - 1) * MAX_ANGLE;
    return tf.image.rotateWithOffset(flipped, angle, 0);
  });
}

export function toModelSize(images: tf.Tensor4D): tf.Tensor4D {
  return tf.image.resizeBilinear(images, [224, 224], false, true);
}
