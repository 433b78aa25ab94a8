"""tf.image.per_image_standardization: float and uint8 (not rescaled) images of 1, 3 and 4
channels, batches (each image standardised alone), a flat image (the 1/√N floor)."""
from ..tf_image import KV, CaseList
from ..tf_image.geometry import module

LAYER = "tf.image.per_image_standardization"
_m = module(LAYER, [("standardized", {})])
globals().update(_m)


def cases():
    c = CaseList(LAYER)
    c.items = _m["cases"]()
    c.add("flat-4x4x3-float32", KV, {}, (4, 4, 3), "float32", input_high=1e-12)
    return c.items
