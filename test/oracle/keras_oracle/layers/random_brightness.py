"""RandomBrightness (K3 and K2): per-image deltas on float [0, 255) and [0, 1) images, uint8 (K3
truncates the delta and wraps around 256 before the clip; K2 casts to float32), int32 beyond the
clip range, a value_range whose upper bound wraps in uint8, unbatched, training off."""
import keras
import numpy as np
import tf_keras

from ..color import F32, brightness_delta, extra, floats, uniform_patch
from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, record_calls, sample_dump

LAYER = "RandomBrightness"

# (name, config, shape, dtype, input_high, draws u per image)
SETUPS = [
    ("6x8x3-float255", {"factor": 0.2}, (3, 6, 8, 3), "float32", 255.0, [-0.2, 0.13, 0.05]),
    ("5x5x1-unit", {"factor": (-0.5, 0.5), "value_range": (0, 1)}, (3, 5, 5, 1), "float32", 1.0, [0.3, -0.5, 0.1]),
    ("7x4x4-uint8", {"factor": 0.3}, (3, 7, 4, 4), "uint8", None, [-0.1, 0.2, -0.0197]),
    ("1x9x3-int32", {"factor": 0.3}, (3, 1, 9, 3), "int32", None, [0.1, -0.1, 0.25]),
    ("unbatched-6x8x3", {"factor": 0.2}, (6, 8, 3), "float32", 255.0, [0.15]),
]


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        for name, config, shape, dtype, high, u in SETUPS:
            vr = config.get("value_range", (0, 255))
            c.add(name, kv, config, shape, dtype, {"brightness_delta": floats(brightness_delta(u, vr))}, draws=u, **extra(dtype, high))
        c.add("training-off-5x5x1-uint8", kv, {"factor": 0.2}, (2, 5, 5, 1), "uint8", training=False)
    # K3 converts clip()'s bounds to uint8 too: 1000 wraps to 232.
    c.add("uint8-value-range-0-1000", 3, {"factor": 0.5, "value_range": (0, 1000)}, (2, 3, 4, 3), "uint8",
          {"brightness_delta": floats(brightness_delta([0.5, -0.3], (0, 1000)))}, draws=[0.5, -0.3])
    return c.items


def run(case, layer, x):
    patches = []
    if case["transformation"] is not None and case["training"]:
        u = np.asarray(case["draws"], F32).reshape(-1, 1, 1, 1) if len(case["shape"]) == 4 else np.asarray(case["draws"], F32).reshape(1, 1, 1)
        patches = [uniform_patch(u)] if case["keras"] == 3 else [(layer._random_generator, "random_uniform", Draws([u]))]
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": "a"}),
    (3, {"factor": 0.2, "value_range": 255}),
    (3, {"factor": 0.2, "value_range": [0, 128, 255]}),
    (3, {"factor": [-2, -1.5]}),
    (3, {"factor": 0.2}),
    (3, {"factor": -0.3, "value_range": [0, 1]}),
    (3, {"factor": [0.5, -0.1], "value_range": [255, 0]}),
    (3, {"factor": None}),
    (2, {"factor": 1.5}),
    (2, {"factor": [0.1, 2]}),
    (2, {"factor": [0.1, 0.2, 0.3]}),
    (2, {"factor": "a"}),
    (2, {"factor": 0.2, "value_range": 255}),
    (2, {"factor": 0.2}),
    (2, {"factor": [0.5, -0.1], "value_range": [255, 0]}),
]


def accepted(kv, layer):
    lo, hi = layer.factor if kv == 3 else layer._factor
    vlo, vhi = layer.value_range if kv == 3 else layer._value_range
    return {"draw_range": {"brightness_delta": [float(F32(lo) * F32(vhi - vlo)), float(F32(hi) * F32(vhi - vlo))]}}


def samples():
    out = {}
    for config in ({"factor": 0.2}, {"factor": (-0.1, 0.4), "value_range": (0, 1)}):
        layer = keras.layers.RandomBrightness(**config, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{config}"] = sample_dump(3, LAYER, config, {"brightness_delta": ("continuous", np.asarray(t["rgb_delta"]).reshape(-1))}, image=(2, 2, 3))

        layer = tf_keras.layers.RandomBrightness(**config, seed=1234)
        patch, seen = record_calls(layer._random_generator, "random_uniform")
        with patch:
            layer(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        vlo, vhi = layer._value_range
        deltas = (np.asarray(seen[0], F32) * F32(vhi - vlo)).reshape(-1)
        out[f"k2/{LAYER}/{config}"] = sample_dump(2, LAYER, config, {"brightness_delta": ("continuous", deltas)}, image=(2, 2, 3))
    return out
