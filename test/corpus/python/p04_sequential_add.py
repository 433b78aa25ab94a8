import tensorflow as tf


def make_augmenter():
    aug = tf.keras.Sequential()
    aug.add(tf.keras.layers.RandomFlip("horizontal_and_vertical"))
    aug.add(tf.keras.layers.RandomRotation(0.25, fill_mode="nearest"))
    aug.add(tf.keras.layers.RandomZoom((-0.1, 0.2)))
    return aug
