"""tf.image.resize_with_pad: wider and taller targets (padding on either axis), methods,
antialias; non-positive targets and a bad method."""
from ..tf_image.geometry import module

globals().update(module(
    "tf.image.resize_with_pad",
    [("wide", {"target_height": 7, "target_width": 13}), ("tall", {"target_height": 12, "target_width": 5}),
     ("nearest", {"target_height": 10, "target_width": 10, "method": "nearest"}),
     ("area-down", {"target_height": 3, "target_width": 4, "method": "area"}),
     ("bicubic-antialias", {"target_height": 4, "target_width": 3, "method": "bicubic", "antialias": True})],
    rejected=[{"target_height": 0, "target_width": 4}, {"target_height": 4, "target_width": 0},
              {"target_height": 4, "target_width": 4, "method": "foo"}],
))
