"""tf.image.rgb_to_grayscale: float and uint8 (truncated back) RGB images, batches; 1 and 4
channels (the tensordot's error)."""
from ..tf_image import SINGLE, SINGLE_RGB, CaseList, add_sizes
from ..tf_image.geometry import module

LAYER = "tf.image.rgb_to_grayscale"
_m = module(LAYER, [("gray", {})], sizes=SINGLE_RGB)
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "not-rgb", {}, [SINGLE[0], SINGLE[2]])
    return c.items
