"""RandomSharpness (K3): per-image u (0.5 keeps, below blurs, above sharpens) with the zero-padded
3x3 kernel; float images in [0, 255) and [0, 1), uint8, 1 and 4 channels, a 1xN row, unbatched,
training off (cast to float32)."""
import keras
import numpy as np

from ..color import run_with, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomSharpness"


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, u, high in [
        ("6x8x3-float255", {"factor": 1.0}, (3, 6, 8, 3), "float32", [0.0, 0.5, 0.9], 255.0),
        ("5x5x1-unit", {"factor": 1.0, "value_range": (0, 1)}, (3, 5, 5, 1), "float32", [1.0, 0.25, 0.75], 1.0),
        ("7x4x4-uint8", {"factor": 0.8}, (3, 7, 4, 4), "uint8", [0.8, 0.1, 0.6], None),
        ("1x9x3-float255", {"factor": 0.5}, (2, 1, 9, 3), "float32", [0.3, 0.95], 255.0),
        ("unbatched-6x8x3", {"factor": 0.5}, (6, 8, 3), "float32", [0.7], 255.0),
    ]:
        c.add(name, 3, config, shape, dtype, {"sharpness_factor": u}, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x1-uint8", 3, {"factor": 0.5}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    return run_with(case, layer, x, lambda c: [uniform_patch(c["transformation"]["sharpness_factor"])])


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": -0.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": 0.3, "value_range": [1]}),
    (3, {"factor": 0.3}),
    (3, {"factor": [0.7, 0.2]}),
]


def accepted(kv, layer):
    return {"draw_range": {"sharpness_factor": [float(v) for v in layer.factor]}}


def samples():
    layer = keras.layers.RandomSharpness((0.2, 0.9), seed=1234)
    t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
    return {f"k3/{LAYER}/(0.2,0.9)": sample_dump(3, LAYER, {"factor": (0.2, 0.9)}, {"sharpness_factor": ("continuous", np.asarray(t["factor"]))}, image=(2, 2, 3))}
