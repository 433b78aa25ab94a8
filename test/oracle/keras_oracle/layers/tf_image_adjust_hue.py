"""tf.image.adjust_hue: small, large, negative and beyond-half-turn deltas on float [0, 255),
[0, 1) and uint8 RGB images; deltas outside [-1, 1]; 1 and 4 channels (the op's error)."""
from ..tf_image import KV, SINGLE, SINGLE_RGB, CaseList, add_sizes
from ..tf_image.color import module

LAYER = "tf.image.adjust_hue"
_m = module(LAYER, "hue_shift", "delta", [0.3, -0.45, 0.9, -0.07], SINGLE_RGB, rejected=[{"delta": 1.5}, {"delta": -1.2}])
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "not-rgb", {"delta": 0.2}, [SINGLE[0], SINGLE[2]])
    return c.items
