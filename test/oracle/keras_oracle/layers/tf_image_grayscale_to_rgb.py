"""tf.image.grayscale_to_rgb: one-channel float and uint8 images and batches; 3 channels (TF's
error)."""
from ..tf_image import SINGLE, KV, CaseList, add_sizes, size_name
from ..tf_image.geometry import module

LAYER = "tf.image.grayscale_to_rgb"
GRAY = [((5, 5, 1), "uint8", None), ((6, 8, 1), "float32", 255.0), ((1, 9, 1), "float32", 1.0)]
_m = module(LAYER, [("gray", {})], sizes=GRAY, batches=[((3, 6, 5, 1), "float32", 255.0), ((2, 5, 7, 1), "uint8", None)])
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    add_sizes(c, "rgb", {}, [SINGLE[1]])
    return c.items
