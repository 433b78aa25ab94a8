"""MixUp: stated partners and λ per image on odd/even/non-square/1xN sizes, 1/3/4 channels, uint8
and float, an unbatched image, training off; Keras's own λ and partner draws for the KS tests."""
import keras
import numpy as np

from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, k3_random, sample_dump
from ..mixing import StatedShuffle, record_draws

LAYER = "MixUp"


def cases():
    c = CaseList(LAYER)
    c.add("alpha0.2-6x8x3", 3, {}, (4, 6, 8, 3), "float32", {"lambda": [0.9, 0.25, 0.5, 0.03], "partner": [2, 0, 3, 1]})
    c.add("5x5x1-uint8", 3, {"alpha": 1.0}, (3, 5, 5, 1), "uint8", {"lambda": [0.61, 0.0, 1.0], "partner": [1, 2, 0]})
    c.add("7x4x4", 3, {"alpha": 0.4}, (3, 7, 4, 4), "float32", {"lambda": [0.123456, 0.876543, 0.5], "partner": [2, 1, 0]})
    c.add("1x9x3-uint8", 3, {}, (4, 1, 9, 3), "uint8", {"lambda": [0.7, 0.2, 0.45, 0.999], "partner": [3, 2, 1, 0]})
    # Stated partners need not form a permutation (Keras takes any index).
    c.add("partners-repeat-6x7x3", 3, {"alpha": 2.0}, (3, 6, 7, 3), "float32", {"lambda": [0.35, 0.8, 0.05], "partner": [2, 2, 0]})
    c.add("unbatched-6x8x3", 3, {}, (6, 8, 3), "float32", {"lambda": [0.3], "partner": [0]})
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    t = case["transformation"]
    patches = []
    if t is not None and case["training"]:
        # Draw order: shuffle(arange(B)), then beta((B,), alpha, alpha).
        patches = [(k3_random, "shuffle", StatedShuffle([t["partner"]])), (k3_random, "beta", Draws([t["lambda"]]))]
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"alpha": 0.2, "data_format": "nchw"}),
    (3, {"alpha": 0.5, "foo": 1}),
]


def samples():
    out = {}
    for alpha in (0.2, 2.0):
        config = {"alpha": alpha}
        layer = keras.layers.MixUp(**config, seed=1234)
        batch, calls = 4, N_SAMPLES // 4
        draws = record_draws(layer, (batch, 1, 1, 1), calls)
        params = {"lambda": ("continuous", draws["mix_weight"].reshape(-1)), "partner": ("discrete", draws["permutation_order"].reshape(-1))}
        out[f"k3/MixUp/alpha={alpha}"] = sample_dump(3, LAYER, config, params, image=(1, 1, 1), batch=batch, calls=calls)
    return out
