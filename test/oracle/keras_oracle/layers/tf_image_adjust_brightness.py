"""tf.image.adjust_brightness: positive and negative deltas on float (not clipped) and uint8 (in
[0, 1] units, saturated) images of 1, 3 and 4 channels."""
from ..tf_image import SINGLE
from ..tf_image.color import module

globals().update(module("tf.image.adjust_brightness", "brightness_delta", "delta", [20.5, -0.3, 0.25], SINGLE))
