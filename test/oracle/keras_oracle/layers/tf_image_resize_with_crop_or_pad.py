"""tf.image.resize_with_crop_or_pad: cropping and padding by odd and even amounts on either axis,
the same size, a 1×1 target; non-positive targets."""
from ..tf_image.geometry import module

globals().update(module(
    "tf.image.resize_with_crop_or_pad",
    [("crop-pad", {"target_height": 3, "target_width": 12}), ("pad-crop", {"target_height": 10, "target_width": 2}),
     ("odd", {"target_height": 4, "target_width": 5}), ("1x1", {"target_height": 1, "target_width": 1})],
    rejected=[{"target_height": 0, "target_width": 4}, {"target_height": 4, "target_width": -1}],
))
