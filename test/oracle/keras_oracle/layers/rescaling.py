"""Rescaling: scalar and per-channel scale/offset, integer and float inputs, training on and off."""
from ..common import CaseList

LAYER = "Rescaling"


def cases():
    c = CaseList(LAYER, first_seed={3: 47, 2: 97})
    for kv in (3, 2):
        c.add("inv255-6x8x3-uint8", kv, {"scale": 1 / 255}, (2, 6, 8, 3), "uint8")
        c.add("minus1to1-unbatched-5x5x1-uint8", kv, {"scale": 1 / 127.5, "offset": -1.0}, (5, 5, 1), "uint8")
        c.add("per-channel-7x4x3", kv, {"scale": [0.5, 2.0, -1.0], "offset": [0.0, 1.0, 2.5]}, (3, 7, 4, 3), "float32")
        c.add("training-off-1x9x4", kv, {"scale": 2.5, "offset": 0.25}, (3, 1, 9, 4), "float32", training=False)
        c.add("int32-6x8x1", kv, {"scale": 0.1, "offset": 3.0}, (2, 6, 8, 1), "int32")
    return c.items


CONFIGS = [
    (3, {}),
    (2, {}),
]
