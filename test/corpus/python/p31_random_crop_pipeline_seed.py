import tensorflow as tf

SEED = 1337
size = (128, 128)


def random_crop(image):
    image = tf.image.random_crop(image, size=(*size, 3), seed=SEED)
    image = tf.image.random_flip_left_right(image, seed=SEED)
    return tf.image.random_jpeg_quality(image, 75, 95, seed=SEED)
