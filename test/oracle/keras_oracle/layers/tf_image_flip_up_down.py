"""tf.image.flip_up_down: see keras_oracle/tf_image/flips.py for the cases."""
from ..tf_image.flips import module

globals().update(module("tf.image.flip_up_down"))
