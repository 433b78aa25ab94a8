"""tf.image.crop_to_bounding_box: windows inside every size, one reaching past the image (TF's
error as the function runs), invalid offsets and targets, fractional ones."""
from ..tf_image import SINGLE, CaseList, add_sizes
from ..tf_image.geometry import module

LAYER = "tf.image.crop_to_bounding_box"
_m = module(
    LAYER,
    [("corner", {"offset_height": 0, "offset_width": 0, "target_height": 1, "target_width": 3}),
     ("inner", {"offset_height": 0, "offset_width": 1, "target_height": 1, "target_width": 2})],
    rejected=[{"offset_height": -1, "offset_width": 0, "target_height": 2, "target_width": 2},
              {"offset_height": 0, "offset_width": -2, "target_height": 2, "target_width": 2},
              {"offset_height": 0, "offset_width": 0, "target_height": 0, "target_width": 2},
              {"offset_height": 0, "offset_width": 0, "target_height": 2, "target_width": 0},
              {"offset_height": 0.5, "offset_width": 0, "target_height": 2, "target_width": 2},
              {"offset_height": 0, "offset_width": 0, "target_height": 2.5, "target_width": 2}],
)
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "too-wide", {"offset_height": 0, "offset_width": 2, "target_height": 1, "target_width": 8}, SINGLE[:2])
    add_sizes(c, "too-high", {"offset_height": 3, "offset_width": 0, "target_height": 3, "target_width": 1}, SINGLE[:1])
    return c.items
