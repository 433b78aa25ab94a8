import tensorflow as tf

ds = ds.map(lambda x, y: (tf.image.random_flip_up_down(tf.image.random_hue(x, 0.08)), y))
