import tensorflow as tf

IMG_SIZE = 224


def augment(image, label):
    image = tf.image.resize(image, (IMG_SIZE, IMG_SIZE))
    image = tf.image.random_flip_left_right(image)
    image = tf.image.random_brightness(image, max_delta=0.2)
    image = tf.image.random_contrast(image, lower=0.8, upper=1.2)
    image = tf.clip_by_value(image, 0.0, 255.0)
    return image, label


train_ds = train_ds.map(augment, num_parallel_calls=tf.data.AUTOTUNE)
