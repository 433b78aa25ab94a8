"""tf.image.resize itself (the op Resizing, the crops and RandomHeight/RandomWidth call): every
method, with and without antialias, down/up/mixed/same sizes, 1xN, 1/3/4 channels, float and uint8."""
import numpy as np
import tensorflow as tf

from ..common import encode, make_input

FILE = "kernel.resize.json"
METHODS = ["bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5", "gaussian", "mitchellcubic"]
# (input batch shape, output size): odd/even, down/up/mixed/same, 1xN, big downscale for antialias.
SIZES = [
    ((2, 5, 7, 3), (3, 4)),
    ((2, 5, 7, 1), (9, 12)),
    ((1, 4, 4, 4), (4, 4)),
    ((2, 1, 9, 3), (3, 5)),
    ((1, 6, 8, 3), (1, 1)),
    ((2, 7, 3, 1), (2, 7)),
    ((1, 13, 17, 3), (5, 6)),
    ((1, 3, 2, 1), (11, 10)),
]


def cases():
    out = []
    for method in METHODS:
        for antialias in (False, True):
            for i, (shape, size) in enumerate(SIZES):
                dtype = "uint8" if i % 2 else "float32"
                x = make_input(shape, dtype, 1000 + i)
                y = tf.image.resize(x, size, method=method, antialias=antialias)
                name = f"{method}/antialias={antialias}/{'x'.join(map(str, shape[1:]))}->{size[0]}x{size[1]}-{dtype}"
                out.append({"name": name, "method": method, "antialias": antialias, "size": list(size),
                            "images": encode(x), "output": encode(np.asarray(y))})
    return out
