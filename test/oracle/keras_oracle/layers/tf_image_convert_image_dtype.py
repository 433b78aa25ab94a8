"""tf.image.convert_image_dtype between float32, uint8 and int32 both ways, saturating or not,
from float images in [0, 1) and [0, 255) (which overflow an integer dtype), uint8 and int32
(negative values too); dtypes that are no image dtype."""
from ..tf_image import KV, CaseList, add_sizes, builder, run_plain

LAYER = "tf.image.convert_image_dtype"
FROM = [((5, 5, 1), "uint8", None), ((6, 8, 3), "float32", 1.0), ((7, 4, 4), "float32", 255.0), ((1, 9, 3), "int32", None)]


def cases():
    c = CaseList(LAYER)
    for dtype in ("float32", "uint8", "int32"):
        for saturate in (False, True):
            add_sizes(c, f"to-{dtype}{'-saturate' if saturate else ''}", {"dtype": dtype, "saturate": saturate}, FROM)
    add_sizes(c, "to-float", {"dtype": "float"}, FROM[:1])
    return c.items


run = run_plain
CONFIGS = [(KV, {"dtype": "string"}), (KV, {"dtype": "bool"}), (KV, {"dtype": "foo"})]
build = builder(LAYER, CONFIGS)
