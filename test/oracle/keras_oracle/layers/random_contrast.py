"""RandomContrast: K3 draws one factor per image and clips to value_range; K2 draws one factor per
batch (tf.image.stateless_random_contrast) and clips to [0, 255]. Float images in [0, 255) and
[0, 1), 1, 3 and 4 channels, a 1xN row, unbatched, training off (K3 keeps uint8 then)."""
import keras
import numpy as np
import tf_keras
from tensorflow.python.ops import stateless_random_ops

from ..color import F32, extra, floats, uniform_patch
from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, record_calls, sample_dump

LAYER = "RandomContrast"

# (name, K3 config, shape, dtype, input_high, K3 factors per image, K2 factor per batch)
SETUPS = [
    ("6x8x3-float255", {"factor": (0.5, 0.5)}, (3, 6, 8, 3), "float32", 255.0, [1.3, 0.6, 1.0], 1.3),
    ("5x5x1-unit", {"factor": 0.9, "value_range": (0, 1)}, (3, 5, 5, 1), "float32", 1.0, [1.9, 0.25, 1.05], 0.25),
    ("7x4x4-float255", {"factor": 0.2}, (3, 7, 4, 4), "float32", 255.0, [1.2, 1.1, 1.0], 1.15),
    ("1x9x3-float255", {"factor": (0.3, 0.8)}, (3, 1, 9, 3), "float32", 255.0, [0.7, 1.8, 1.4], 1.8),
    ("unbatched-6x8x3", {"factor": 0.4}, (6, 8, 3), "float32", 255.0, [1.35], 0.65),
]


def k2_config(config):
    # K2 has no value_range, and needs a non-empty [1 − lower, 1 + upper].
    factor = config["factor"]
    return {"factor": factor if isinstance(factor, (tuple, list)) else factor}


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, high, per_image, per_batch in SETUPS:
        c.add(name, 3, config, shape, dtype, {"contrast_factor": floats(per_image)}, **extra(dtype, high))
        batch = shape[0] if len(shape) == 4 else 1
        c.add(name, 2, k2_config(config), shape, dtype, {"contrast_factor": floats([per_batch] * batch)}, **extra(dtype, high))
    for kv in (3, 2):
        c.add("training-off-5x5x1-uint8", kv, {"factor": 0.2}, (2, 5, 5, 1), "uint8", training=False)
    # Keras 2 casts integer images to float32 first (Keras 3 fails on them in training).
    c.add("5x6x3-uint8", 2, {"factor": 0.5}, (2, 5, 6, 3), "uint8", {"contrast_factor": [1.4, 1.4]})
    # An unsorted value_range is clipped as written: min(max(x, 255), 0) = 0 everywhere.
    c.add("unsorted-value-range", 3, {"factor": 0.2, "value_range": (255, 0)}, (2, 3, 4, 3), "float32",
          {"contrast_factor": [1.1, 0.9]}, input_high=255.0)
    return c.items


def run(case, layer, x):
    patches = []
    t = case["transformation"]
    if t is not None and case["training"]:
        factors = np.asarray(t["contrast_factor"], F32)
        if case["keras"] == 3:
            patches = [uniform_patch(factors.reshape(-1, 1, 1, 1) if len(case["shape"]) == 4 else factors.reshape(1, 1, 1))]
        else:
            patches = [(stateless_random_ops, "stateless_random_uniform", Draws([factors[0]]))]
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": -0.2}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": "a"}),
    (3, {"factor": [2, 3]}),
    (3, {"factor": 0.2}),
    (3, {"factor": [0.5, 0.5]}),
    (3, {"factor": [0.3, -2]}),
    (3, {"factor": 0}),
    (2, {"factor": -0.1}),
    (2, {"factor": 1.5}),
    (2, {"factor": [0.5, -0.1]}),
    (2, {"factor": [0.5, 3.0]}),
    (2, {"factor": 0.2}),
    (2, {"factor": [0.1, 0.3]}),
]


def accepted(kv, layer):
    lower, upper = layer.factor if kv == 3 else (layer.lower, layer.upper)
    return {"draw_range": {"contrast_factor": [float(F32(1.0 - lower)), float(F32(1.0 + upper))]}}


def samples():
    out = {}
    for factor in (0.2, (0.5, 0.3)):
        config = {"factor": factor}
        layer = keras.layers.RandomContrast(**config, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, config, {"contrast_factor": ("continuous", np.asarray(t["contrast_factor"]).reshape(-1))}, image=(2, 2, 3))

        # K2: one factor per call, so one single-image call per draw.
        layer = tf_keras.layers.RandomContrast(**config, seed=1234)
        patch, seen = record_calls(stateless_random_ops, "stateless_random_uniform")
        x = np.zeros((1, 2, 2, 3), np.float32)
        with patch:
            for _ in range(N_SAMPLES // 4):
                layer(x, training=True)
        out[f"k2/{LAYER}/{factor}"] = sample_dump(2, LAYER, config, {"contrast_factor": ("continuous", np.asarray(seen).reshape(-1))},
                                                  image=(2, 2, 3), batch=1, calls=N_SAMPLES // 4)
    return out
