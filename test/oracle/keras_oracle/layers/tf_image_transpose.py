"""tf.image.transpose."""
from ..tf_image.geometry import module

globals().update(module("tf.image.transpose", [("transpose", {})]))
