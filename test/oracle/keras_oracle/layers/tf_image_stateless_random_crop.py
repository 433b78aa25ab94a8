"""tf.image.stateless_random_crop: stated offsets on every size (a window of all channels, of fewer
channels, of the whole image), a batch cropped image by image, a window larger than the image
(TF's error), sizes TF rejects, and TF's offset draws."""
from ..tf_image.crop import module

globals().update(module("tf.image.stateless_random_crop"))
