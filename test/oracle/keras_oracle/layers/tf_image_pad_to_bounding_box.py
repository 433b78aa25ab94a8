"""tf.image.pad_to_bounding_box: offsets on every side, an exact fit, an image that does not fit
(TF's error as the function runs), negative offsets."""
from ..tf_image import SINGLE, CaseList, add_sizes
from ..tf_image.geometry import module

LAYER = "tf.image.pad_to_bounding_box"
_m = module(
    LAYER,
    [("offset", {"offset_height": 2, "offset_width": 1, "target_height": 12, "target_width": 13}),
     ("top-left", {"offset_height": 0, "offset_width": 0, "target_height": 9, "target_width": 10})],
    rejected=[{"offset_height": -1, "offset_width": 0, "target_height": 12, "target_width": 12},
              {"offset_height": 0, "offset_width": -1, "target_height": 12, "target_width": 12},
              {"offset_height": 0.5, "offset_width": 0, "target_height": 12, "target_width": 12},
              {"offset_height": 0, "offset_width": 0, "target_height": 12.5, "target_width": 12}],
)
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "exact", {"offset_height": 0, "offset_width": 0, "target_height": 6, "target_width": 8}, SINGLE[1:2])
    add_sizes(c, "too-wide", {"offset_height": 0, "offset_width": 3, "target_height": 10, "target_width": 10}, SINGLE[1:2])
    add_sizes(c, "too-high", {"offset_height": 5, "offset_width": 0, "target_height": 10, "target_width": 10}, SINGLE[1:2])
    return c.items
