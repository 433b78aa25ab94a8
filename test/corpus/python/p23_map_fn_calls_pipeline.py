import tensorflow as tf
from tensorflow.keras import layers

flip_rotate = tf.keras.Sequential([layers.RandomFlip(), layers.RandomRotation(0.05)])


def augment(image, label):
    image = flip_rotate(image, training=True)
    image = tf.image.random_saturation(image, 0.6, 1.4)
    return image, label


train = train.map(augment)
