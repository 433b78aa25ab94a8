"""Normalization with mean and variance given (K3 and K2): per channel, one scalar, invert, axis
None, statistics per width position (axis=-2), uint8 input, unbatched, training off."""
from ..common import CaseList

LAYER = "Normalization"


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        c.add("per-channel-6x8x3-float255", kv, {"mean": [123.7, 116.3, 103.5], "variance": [3409.0, 3262.0, 3291.0]}, (2, 6, 8, 3), "float32", input_high=255.0)
        c.add("scalar-5x5x1-unit", kv, {"mean": 0.5, "variance": 0.0625}, (3, 5, 5, 1), "float32", input_high=1.0)
        c.add("invert-7x4x4", kv, {"mean": [1.0, 2.0, 3.0, 4.0], "variance": [4.0, 0.25, 1.0, 9.0], "invert": True}, (2, 7, 4, 4), "float32")
        c.add("axis-none-1x9x3-uint8", kv, {"axis": None, "mean": 127.5, "variance": 5000.0}, (2, 1, 9, 3), "uint8")
        c.add("axis-width-4x5x2", kv, {"axis": -2, "mean": [10.0, 20.0, 30.0, 40.0, 50.0], "variance": [1.0, 4.0, 9.0, 16.0, 0.0]}, (2, 4, 5, 2), "float32", input_high=255.0)
        c.add("zero-variance", kv, {"mean": 0.25, "variance": 0.0}, (2, 3, 3, 1), "float32")
        c.add("unbatched-6x8x3", kv, {"mean": [0.5, 0.4, 0.3], "variance": [0.04, 0.09, 0.01]}, (6, 8, 3), "float32")
        c.add("training-off-5x5x3-uint8", kv, {"mean": [120.0, 110.0, 100.0], "variance": [2500.0, 2400.0, 2300.0]}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


CONFIGS = [
    (3, {"mean": 1.5}),
    (3, {"variance": 1.5}),
    (3, {"mean": [1.0, 2.0], "variance": [1.0]}),
    (3, {"mean": [[1.0, 2.0]], "variance": [[1.0, 2.0]]}),
    (2, {"mean": 1.5}),
    (3, {"mean": [1.0, 2.0, 3.0], "variance": [1.0, 2.0, 3.0]}),
    (2, {"mean": [1.0, 2.0, 3.0], "variance": [1.0, 2.0, 3.0]}),
]
