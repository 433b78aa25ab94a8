"""RandomGrayscale (K3): per-image coins; the grey value is cast back to the input dtype (uint8 and
int32, negatives included, truncate), 1-channel images pass through, float images, a 1xN row,
unbatched, training off."""
import keras
import numpy as np

from ..color import run_with, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomGrayscale"


def cases():
    c = CaseList(LAYER)
    for name, shape, dtype, gray in [
        ("6x8x3-float255", (3, 6, 8, 3), "float32", [True, False, True]),
        ("5x7x3-uint8", (3, 5, 7, 3), "uint8", [True, True, False]),
        ("4x4x3-int32", (2, 4, 4, 3), "int32", [True, False]),
        ("1x9x3-float", (2, 1, 9, 3), "float32", [False, True]),
        ("5x5x1-float", (2, 5, 5, 1), "float32", [True, False]),
        ("unbatched-6x8x3-uint8", (6, 8, 3), "uint8", [True]),
    ]:
        c.add(name, 3, {"factor": 0.5}, shape, dtype, {"gray": gray}, **({"input_high": 255.0} if name.endswith("255") else {}))
    c.add("training-off-5x5x3-uint8", 3, {"factor": 0.5}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    # Grey where U(0, 1) < factor (0.5): 0.0 turns an image grey, 0.9 does not.
    return run_with(case, layer, x, lambda c: [uniform_patch([0.0 if g else 0.9 for g in c["transformation"]["gray"]])])


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": -0.1}),
    (3, {"factor": "a"}),
    (3, {"factor": None}),
    (3, {"factor": 0.3}),
    (3, {"factor": 0.2, "data_format": "nchw"}),
]


def samples():
    out = {}
    for factor in (0.5, 0.2):
        layer = keras.layers.RandomGrayscale(factor, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, {"factor": factor}, {"gray": ("discrete", np.asarray(t).reshape(-1))}, image=(2, 2, 3))
    return out
