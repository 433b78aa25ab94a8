"""RandomHue (K3): per image a sign draw then a magnitude draw, shift = ±u/2 turns; float images in
[0, 255) and [0, 1), uint8 (cast to float), a 1xN row, a full half turn, unbatched, training off."""
import keras
import numpy as np

from ..color import RGB_SIZES, extra, floats, hue_shift, run_with, size_name, uniform_patch, value_range_for
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomHue"
# (sign draws, magnitude draws) per size: a sign draw above 0.5 turns the hue backwards.
DRAWS = [([0.7, 0.2, 0.9], [0.3, 0.8, 1.0]), ([0.1, 0.6, 0.4], [0.05, 0.5, 0.95]), ([0.9, 0.3, 0.8], [0.6, 0.25, 0.4]), ([0.2, 0.51], [1.0, 0.7])]


def cases():
    c = CaseList(LAYER)
    for (shape, dtype, high), (signs, u) in zip(RGB_SIZES, DRAWS):
        config = {"factor": 1.0, "value_range": value_range_for(dtype, high)}
        c.add(size_name(shape, dtype, high), 3, config, shape, dtype, {"hue_shift": floats(hue_shift(signs, u))}, draws=(signs, u), **extra(dtype, high))
    c.add("unbatched-6x8x3", 3, {"factor": 0.5}, (6, 8, 3), "float32", {"hue_shift": floats(hue_shift([0.3], [0.45]))}, draws=([0.3], [0.45]), input_high=255.0)
    c.add("training-off-5x5x3-uint8", 3, {"factor": 0.5}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    return run_with(case, layer, x, lambda c: [uniform_patch(*c["draws"])])


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": -0.1}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": 0.3}),
    (3, {"factor": [0.2, 0.6]}),
]


def accepted(kv, layer):
    hi = float(layer.factor[1])
    return {"draw_range": {"hue_shift": [-hi * 0.5, hi * 0.5]}}


def samples():
    out = {}
    for factor in (0.3, (0.2, 0.6)):
        layer = keras.layers.RandomHue(factor, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, {"factor": factor}, {"hue_shift": ("continuous", np.asarray(t["factor"]))}, image=(2, 2, 3))
    return out
