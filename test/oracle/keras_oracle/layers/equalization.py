"""Equalization (K3): per-channel histograms pooled over the whole batch, only in training; 256 and
fewer bins, float images in [0, 255) and [0, 1) (scaled back in float64), uint8, 1 and 4 channels,
a channel with one value (left alone), a 1xN row, unbatched, training off (the input)."""
from ..common import CaseList

LAYER = "Equalization"


def cases():
    c = CaseList(LAYER)
    c.add("6x8x3-float255", 3, {}, (3, 6, 8, 3), "float32", input_high=255.0)
    c.add("6x8x3-float255-bins-16", 3, {"bins": 16}, (3, 6, 8, 3), "float32", input_high=255.0)
    c.add("5x5x1-unit", 3, {"value_range": (0, 1)}, (3, 5, 5, 1), "float32", input_high=1.0)
    c.add("7x4x4-uint8", 3, {"bins": 64}, (3, 7, 4, 4), "uint8")
    c.add("1x9x3-float255", 3, {}, (2, 1, 9, 3), "float32", input_high=255.0)
    c.add("unbatched-6x8x3", 3, {}, (6, 8, 3), "float32", input_high=255.0)
    c.add("one-valued-channel", 3, {}, (2, 4, 5, 3), "float32", input_high=255.0, constant=True)
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    if case.get("constant"):
        x[:, :, :, 1] = 42.0  # one occupied bin across the batch: channel 1 is left as it is
    return {"output": layer(x, training=case["training"])}


CONFIGS = [
    (3, {"value_range": 255}),
    (3, {"bins": 128}),
]
