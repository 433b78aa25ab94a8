"""AutoContrast (K3): per image and channel stretch to value_range, in training and at inference;
float images in [0, 255) and [0, 1), uint8, 4 channels, a constant channel (Keras's NaN turns back
into the input), a 1xN row, unbatched."""
import numpy as np

from ..common import CaseList

LAYER = "AutoContrast"


def cases():
    c = CaseList(LAYER)
    for training in (True, False):
        mode = "" if training else "-training-off"
        c.add(f"6x8x3-float255{mode}", 3, {}, (3, 6, 8, 3), "float32", training=training, input_high=255.0)
        c.add(f"5x5x1-unit{mode}", 3, {"value_range": (0, 1)}, (3, 5, 5, 1), "float32", training=training, input_high=1.0)
    c.add("7x4x4-uint8", 3, {}, (3, 7, 4, 4), "uint8")
    c.add("1x9x3-float255", 3, {}, (2, 1, 9, 3), "float32", input_high=255.0)
    c.add("unbatched-6x8x3", 3, {}, (6, 8, 3), "float32", input_high=255.0)
    c.add("constant-channels", 3, {}, (2, 4, 5, 3), "float32", input_high=255.0, constant=True)
    return c.items


def run(case, layer, x):
    if case.get("constant"):
        # Channel 0 of image 0 is one value, channel 2 of image 1 is all zeros: both come back as they were.
        x[0, :, :, 0] = 10.0
        x[1, :, :, 2] = 0.0
    return {"output": layer(x, training=case["training"])}


CONFIGS = [
    (3, {"value_range": 255}),
    (3, {"value_range": [0, 1, 2]}),
    (3, {"value_range": [1, 0]}),
]
