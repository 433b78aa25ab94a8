"""Solarization (K3): per-image additions and thresholds (only the factors' upper ends scaled by
255); float images in [0, 255) and [0, 1), uint8, 4 channels, the default (threshold 0: invert
all), unbatched, training off (cast to float32)."""
import keras
import numpy as np

from ..color import run_with, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "Solarization"


def per_image(values, shape):
    return np.asarray(values, np.float32).reshape((-1, 1, 1, 1) if len(shape) == 4 else (1, 1, 1))


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, add, thr, high in [
        ("6x8x3-float255", {"addition_factor": 0.5, "threshold_factor": 1.0}, (3, 6, 8, 3), "float32", [10.0, 0.0, 100.5], [128.0, 50.0, 200.0], 255.0),
        ("5x5x1-unit", {"addition_factor": 0.2, "threshold_factor": 0.8, "value_range": (0, 1)}, (3, 5, 5, 1), "float32", [20.0, 0.0, 51.0], [100.0, 180.0, 30.0], 1.0),
        ("7x4x4-uint8", {"addition_factor": 0.1, "threshold_factor": 0.9}, (3, 7, 4, 4), "uint8", [5.0, 25.5, 0.0], [64.0, 200.0, 230.0], None),
        ("1x9x3-defaults", {}, (2, 1, 9, 3), "float32", [0.0, 0.0], [0.0, 0.0], 255.0),
        ("unbatched-6x8x3", {"addition_factor": 0.3, "threshold_factor": 0.6}, (6, 8, 3), "float32", [40.0], [120.0], 255.0),
    ]:
        c.add(name, 3, config, shape, dtype, {"addition": add, "threshold": thr}, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    def patches(c):
        t = c["transformation"]
        return [uniform_patch(per_image(t["addition"], c["shape"]), per_image(t["threshold"], c["shape"]))]
    return run_with(case, layer, x, patches)


CONFIGS = [
    (3, {"addition_factor": 1.5}),
    (3, {"addition_factor": [0.1, 0.2, 0.3]}),
    (3, {"threshold_factor": -0.1}),
    (3, {"threshold_factor": "x"}),
    (3, {"threshold_factor": [0.2, 1.2]}),
    (3, {"addition_factor": 0.2, "value_range": 5}),
    (3, {"addition_factor": 0.3, "threshold_factor": 0.6}),
    (3, {"addition_factor": [0.5, 0.5], "threshold_factor": [0.6, 0.2]}),
]


def accepted(kv, layer):
    (alo, ahi), (tlo, thi) = layer.addition_factor, layer.threshold_factor
    return {"draw_range": {"addition": [float(alo), float(np.float32(ahi * 255))], "threshold": [float(tlo), float(np.float32(thi * 255))]}}


def samples():
    config = {"addition_factor": (0.1, 0.4), "threshold_factor": 0.7}
    layer = keras.layers.Solarization(**config, seed=1234)
    t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
    params = {"addition": ("continuous", np.asarray(t["additions"]).reshape(-1)), "threshold": ("continuous", np.asarray(t["thresholds"]).reshape(-1))}
    return {f"k3/{LAYER}/add(0.1,0.4)-thr0.7": sample_dump(3, LAYER, config, params, image=(2, 2, 3))}
