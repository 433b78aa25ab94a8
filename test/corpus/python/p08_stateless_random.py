import tensorflow as tf


@tf.function
def train_augment_fn(patch, mask, seed):
    patch = tf.image.stateless_random_flip_left_right(patch, seed=seed)
    mask = tf.image.stateless_random_flip_left_right(mask, seed=seed)
    patch = tf.image.stateless_random_brightness(patch, 0.1, seed)
    patch = tf.image.stateless_random_hue(patch, max_delta=0.05, seed=seed)
    return patch, mask
