"""RandomPosterization (K3): per-image bits from randint (upper bound excluded), or the fixed value
when the factor's bounds are equal (no draw); float images in [0, 255) and [0, 1) (truncated to
uint8 after the range mapping), uint8, 4 channels, a 1xN row, unbatched, training off."""
import keras
import numpy as np

from ..color import randint_patch, run_with
from ..common import N_SAMPLES, CaseList, call_error, sample_dump

LAYER = "RandomPosterization"


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, bits, high in [
        ("6x8x3-float255", {"factor": 8}, (3, 6, 8, 3), "float32", [1, 4, 7], 255.0),
        ("5x5x1-unit", {"factor": 8, "value_range": (0, 1)}, (3, 5, 5, 1), "float32", [2, 5, 3], 1.0),
        ("7x4x4-uint8", {"factor": (2, 6)}, (3, 7, 4, 4), "uint8", [2, 3, 5], None),
        ("1x9x3-fixed-bits", {"factor": (3, 3)}, (2, 1, 9, 3), "float32", [3, 3], 255.0),
        ("unbatched-6x8x3", {"factor": 6}, (6, 8, 3), "float32", [4], 255.0),
    ]:
        c.add(name, 3, config, shape, dtype, {"bits": bits}, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x1-uint8", 3, {"factor": 4}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    lo, hi = layer.factor
    # Equal bounds draw nothing: Keras fills the batch with the bound.
    return run_with(case, layer, x, lambda c: [] if lo == hi else [randint_patch(c["transformation"]["bits"])])


CONFIGS = [
    (3, {"factor": 0.5}),
    (3, {"factor": 9}),
    (3, {"factor": [1, 2, 3]}),
    (3, {"factor": 4, "value_range": "x"}),
    (3, {"factor": 4}),
    (3, {"factor": [6, 2]}),
    # Accepted, but randint (or the uint8 fill when the bounds are equal) fails on every training call.
    (3, {"factor": 4.5}),
    (3, {"factor": [4.5, 4.5]}),
]


def accepted(kv, layer):
    failure = call_error(layer, np.zeros((1, 2, 2, 3), np.float32))
    if failure:
        return failure
    lo, hi = layer.factor
    return {"draw_range": {"bits": [int(lo), int(hi) - 1 if hi > lo else int(lo)]}}


def samples():
    out = {}
    for factor in (8, (3, 6)):
        layer = keras.layers.RandomPosterization(factor, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        bits = 8 - np.asarray(t["shift_factor"]).astype(np.int32)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, {"factor": factor}, {"bits": ("discrete", bits)}, image=(2, 2, 3))
    return out
