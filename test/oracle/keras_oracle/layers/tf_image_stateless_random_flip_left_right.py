"""tf.image.stateless_random_flip_left_right: see keras_oracle/tf_image/flips.py for the cases."""
from ..tf_image.flips import module

globals().update(module("tf.image.stateless_random_flip_left_right"))
