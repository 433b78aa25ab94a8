"""tf.image.random_jpeg_quality: see keras_oracle/tf_image/jpeg.py for the cases."""
from ..tf_image.jpeg import module

globals().update(module("tf.image.random_jpeg_quality"))
