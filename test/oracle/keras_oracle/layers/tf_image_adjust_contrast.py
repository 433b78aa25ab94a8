"""tf.image.adjust_contrast: factors above and below 1, negative, on float (not clipped) and uint8
(saturated) images of 1, 3 and 4 channels."""
from ..tf_image import SINGLE
from ..tf_image.color import module

globals().update(module("tf.image.adjust_contrast", "contrast_factor", "contrast_factor", [1.7, 0.4, -0.5], SINGLE))
