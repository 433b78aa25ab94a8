"""Resizing: every interpolation each Keras version accepts, antialias (K3), crop_to_aspect_ratio,
pad_to_aspect_ratio with fill_value (K3), down/up/mixed/same sizes, 1xN, 1/3/4 channels; uint8
input stays uint8 in Keras 3 (round half to even, saturate) and becomes float32 in Keras 2."""
import numpy as np

from ..common import CaseList, call_error

LAYER = "Resizing"
K3_METHODS = ["bilinear", "nearest", "lanczos3", "lanczos5", "bicubic", "area"]
K2_METHODS = ["bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5", "gaussian", "mitchellcubic"]
# (input shape, dtype, target height, width)
SIZES = [
    ((2, 5, 7, 3), "uint8", 3, 4),
    ((2, 4, 6, 1), "float32", 9, 5),
    ((1, 1, 9, 4), "uint8", 3, 4),
    ((2, 6, 6, 3), "float32", 6, 6),
    ((5, 7, 3), "float32", 8, 8),
]


def cases():
    c = CaseList(LAYER)
    for kv, methods in ((3, K3_METHODS), (2, K2_METHODS)):
        for method in methods:
            for shape, dtype, h, w in SIZES:
                size = "x".join(map(str, shape[-3:]))
                c.add(f"{method}-{size}-to-{h}x{w}-{dtype}", kv, {"height": h, "width": w, "interpolation": method}, shape, dtype)
        for method in ("bilinear", "nearest", "bicubic", "area"):
            c.add(f"crop-to-aspect-{method}-7x5x3-to-4x6-uint8", kv,
                  {"height": 4, "width": 6, "interpolation": method, "crop_to_aspect_ratio": True}, (2, 7, 5, 3), "uint8")
            c.add(f"crop-to-aspect-{method}-4x9x1-to-5x5", kv,
                  {"height": 5, "width": 5, "interpolation": method, "crop_to_aspect_ratio": True}, (2, 4, 9, 1), "float32")
        c.add("training-off-5x7x3-to-3x4", kv, {"height": 3, "width": 4}, (2, 5, 7, 3), "float32", training=False)
        c.add("int32-6x8x1-to-4x3", kv, {"height": 4, "width": 3, "interpolation": "bicubic"}, (2, 6, 8, 1), "int32")
    for method in ("bilinear", "bicubic", "lanczos3", "lanczos5", "area", "nearest"):
        c.add(f"antialias-{method}-13x17x3-to-5x6-uint8", 3, {"height": 5, "width": 6, "interpolation": method, "antialias": True},
              (1, 13, 17, 3), "uint8")
        c.add(f"antialias-{method}-9x11x1-to-4x3", 3, {"height": 4, "width": 3, "interpolation": method, "antialias": True},
              (2, 9, 11, 1), "float32")
    for shape, h, w in (((2, 5, 7, 3), 6, 6), ((2, 7, 4, 1), 4, 9), ((1, 6, 6, 4), 3, 5)):
        size = "x".join(map(str, shape[1:]))
        c.add(f"pad-to-aspect-{size}-to-{h}x{w}", 3, {"height": h, "width": w, "pad_to_aspect_ratio": True, "fill_value": 0.5},
              shape, "float32")
    # An int fill_value works on integer images (a float one, the default 0.0 included, raises in TF).
    c.add("pad-to-aspect-int-fill-5x7x3-to-6x6-uint8", 3, {"height": 6, "width": 6, "pad_to_aspect_ratio": True, "fill_value": 3},
          (2, 5, 7, 3), "uint8")
    c.add("pad-to-aspect-nearest-7x4x1-to-4x9", 3, {"height": 4, "width": 9, "pad_to_aspect_ratio": True, "fill_value": -1.0,
                                                   "interpolation": "nearest"}, (2, 7, 4, 1), "float32")
    return c.items


CONFIGS = [
    (3, {"height": 4, "width": 4, "data_format": "nchw"}),
    (3, {"height": 4, "width": 4, "interpolation": "gaussian"}),
    (3, {"height": 4, "width": 4, "interpolation": "Bilinear"}),
    (3, {"height": 4, "width": 4, "fill_mode": "reflect"}),
    (3, {"height": 4, "width": 4, "crop_to_aspect_ratio": True, "pad_to_aspect_ratio": True}),
    (3, {"height": 4}),
    (2, {"height": 4, "width": 4, "interpolation": "cubic"}),
    (2, {"height": 4, "width": 4, "interpolation": "BICUBIC"}),
    (2, {"height": 4, "width": 4, "interpolation": "mitchellcubic"}),
    (2, {"height": 4, "width": 4, "antialias": True}),
]


def accepted(kv, layer):
    # Keras 3 checks interpolation, fill_mode and crop/pad only when called; the engine up front.
    return call_error(layer, np.zeros((1, 5, 7, 3), np.float32))
