"""RandomInvert (K3): a probability draw then a coin per image; value_range[1] − x (also when
value_range does not start at 0); float images in [0, 255) and [0, 1), uint8, 4 channels, a 1xN
row, unbatched, training off."""
import keras
import numpy as np

from ..color import run_with, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomInvert"


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, inverted, high in [
        ("6x8x3-float255", {}, (3, 6, 8, 3), "float32", [True, False, True], 255.0),
        ("5x5x1-unit", {"value_range": (0, 1)}, (3, 5, 5, 1), "float32", [False, True, True], 1.0),
        ("7x4x4-uint8", {}, (3, 7, 4, 4), "uint8", [True, True, False], None),
        ("1x9x3-range-20-200", {"value_range": (20, 200)}, (2, 1, 9, 3), "float32", [True, False], 255.0),
        ("unbatched-6x8x3", {}, (6, 8, 3), "float32", [True], 255.0),
    ]:
        c.add(name, 3, config, shape, dtype, {"inverted": inverted}, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    # Inverted where u < p: (p, u) = (1, 0) inverts, (0.25, 0.5) does not.
    def patches(c):
        inv = c["transformation"]["inverted"]
        return [uniform_patch([1.0 if i else 0.25 for i in inv], [0.0 if i else 0.5 for i in inv])]
    return run_with(case, layer, x, patches)


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": -0.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {}),
    (3, {"factor": [0.2, 0.6]}),
]


def samples():
    out = {}
    for factor in (1.0, (0.2, 0.6)):
        layer = keras.layers.RandomInvert(factor, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, {"factor": factor}, {"inverted": ("discrete", np.asarray(t["apply_inversion"]))}, image=(2, 2, 3))
    return out
