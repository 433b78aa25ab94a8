"""tf.image.resize: every method, up and down, antialias, preserve_aspect_ratio, the same size;
bad sizes and methods, and an empty size (TF's error as the function runs)."""
from ..tf_image import BATCH, BATCH_UINT8, KV, SINGLE, CaseList, add_sizes, builder, run_plain, size_name

LAYER = "tf.image.resize"
METHODS = ["bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5", "gaussian", "mitchellcubic"]


def cases():
    c = CaseList(LAYER)
    for method in METHODS:
        add_sizes(c, f"{method}-up", {"size": [9, 11], "method": method}, SINGLE)
        add_sizes(c, f"{method}-down", {"size": [3, 2], "method": method}, SINGLE[1:3])
        add_sizes(c, f"{method}-down-antialias", {"size": [3, 2], "method": method, "antialias": True}, SINGLE[1:3])
    add_sizes(c, "aspect", {"size": [20, 20], "preserve_aspect_ratio": True}, SINGLE)
    add_sizes(c, "aspect-down", {"size": [3, 30], "preserve_aspect_ratio": True, "method": "area"}, SINGLE)
    add_sizes(c, "same-size", {"size": [6, 8]}, SINGLE[1:2])
    for shape, dtype, high in (BATCH, BATCH_UINT8):
        c.add(f"bilinear-batch-{size_name(shape, dtype, high)}", KV, {"size": [4, 9]}, shape, dtype, **({"input_high": high} if high else {}))
        c.add(f"nearest-batch-{size_name(shape, dtype, high)}", KV, {"size": [4, 9], "method": "nearest"}, shape, dtype, **({"input_high": high} if high else {}))
    add_sizes(c, "empty", {"size": [0, 3]}, SINGLE[:1])
    add_sizes(c, "aspect-empty", {"size": [0, 30], "preserve_aspect_ratio": True}, SINGLE[:1])
    return c.items


run = run_plain
CONFIGS = [(KV, {"size": [3]}), (KV, {"size": [3, 4, 5]}), (KV, {"size": 4}), (KV, {"size": [3, 4], "method": "cubic"}),
           (KV, {"size": [3, "a"]})]
build = builder(LAYER, CONFIGS)
