"""tf.image.adjust_saturation: 0 (grey), below 1, above 1 (capped at saturation 1) on float and
uint8 RGB images; 1 and 4 channels (the op's error)."""
from ..tf_image import SINGLE, SINGLE_RGB, CaseList, add_sizes
from ..tf_image.color import module

LAYER = "tf.image.adjust_saturation"
_m = module(LAYER, "saturation_factor", "saturation_factor", [0.0, 0.45, 2.5, 7.0], SINGLE_RGB)
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "not-rgb", {"saturation_factor": 2.0}, [SINGLE[0], SINGLE[2]])
    return c.items
