"""RandomFlip: every mode, per-image coins, the unbatched path, training off; K3's unknown mode."""
from tensorflow.python.ops import stateless_random_ops

import keras
import numpy as np
import tf_keras

from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, k3_random, record_calls, sample_dump

LAYER = "RandomFlip"


def cases():
    c = CaseList(LAYER, first_seed={3: 1, 2: 52})
    for kv in (3, 2):
        # Batches with different coins per image, one unbatched image.
        hv = {"flip_horizontal": [True, False, True, False],
              "flip_vertical": [True, False, True, False] if kv == 3 else [True, True, False, False]}
        c.add("horizontal-6x8x3", kv, {"mode": "horizontal"}, (4, 6, 8, 3), "float32", {"flip_horizontal": [True, False, True, False]})
        c.add("vertical-5x5x1-uint8", kv, {"mode": "vertical"}, (3, 5, 5, 1), "uint8", {"flip_vertical": [False, True, True]})
        c.add("both-7x4x4", kv, {"mode": "horizontal_and_vertical"}, (4, 7, 4, 4), "float32", hv)
        c.add("default-mode-1x9x3-uint8", kv, {}, (4, 1, 9, 3), "uint8", hv)
        c.add("unbatched-6x8x3", kv, {}, (6, 8, 3), "float32", {"flip_horizontal": [True], "flip_vertical": [True if kv == 3 else False]})
        c.add("training-off-5x5x1", kv, {}, (2, 5, 5, 1), "float32", training=False)
        if kv == 3:
            # Keras 3 does not validate `mode`; an unknown one draws its coins and flips nothing.
            c.add("unknown-mode-is-identity", kv, {"mode": "diagonal"}, (2, 3, 4, 1), "float32", {})
    return c.items


def stated_draws(case):
    """The values each random-op call must return so the layer draws the case's transformation."""
    t, kv, shape = case["transformation"], case["keras"], case["shape"]
    batched = len(shape) == 4
    mode = case["config"].get("mode", "horizontal_and_vertical")
    if mode not in ("horizontal", "vertical", "horizontal_and_vertical"):
        return [[0.0] * shape[0]]  # K3 still draws its coins for an unknown mode, then flips nothing
    if kv == 3:
        # flips = uniform(...) <= 0.5, one coin per image shared by both axes.
        coins = t["flip_horizontal"] if mode != "vertical" else t["flip_vertical"]
        return [[0.0 if c else 1.0 for c in coins]]
    # K2 tf.image.stateless_random_flip_*: batched flips when round(u) == 1, unbatched when u < 0.5.
    on, off = (1.0, 0.0) if batched else (0.0, 1.0)
    axes = {"horizontal": ["flip_horizontal"], "vertical": ["flip_vertical"]}.get(mode, ["flip_horizontal", "flip_vertical"])
    values = [[on if c else off for c in t[axis]] for axis in axes]
    return values if batched else [v[0] for v in values]


def run(case, layer, x):
    patches = []
    if case["transformation"] is not None and case["training"]:
        draws = Draws(stated_draws(case))
        target = (k3_random, "uniform") if case["keras"] == 3 else (stateless_random_ops, "stateless_random_uniform")
        patches.append((*target, draws))
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"mode": "horizontal", "bar": "x"}),
    (3, {"mode": "diagonal"}),
    (2, {"mode": "diagonal"}),
    (2, {"mode": "diagonal", "name": "flippy"}),
]


def samples():
    config = {"mode": "horizontal_and_vertical"}
    layer = keras.layers.RandomFlip(**config, seed=1234)
    flips = np.asarray(layer.get_random_transformation(np.zeros((N_SAMPLES, 1, 1, 1), np.float32), training=True)["flips"]).reshape(-1)
    # One shared coin: both keys carry it, so the joint proportions show that the axes never differ.
    k3 = sample_dump(3, LAYER, config, {"flip_horizontal": ("discrete", flips), "flip_vertical": ("discrete", flips)}, image=(1, 1, 1))

    layer = tf_keras.layers.RandomFlip(**config, seed=1234)
    patch, seen = record_calls(stateless_random_ops, "stateless_random_uniform")
    with patch:
        layer(np.zeros((N_SAMPLES, 1, 2, 1), np.float32), training=True)
    # Batched K2 flips where round(u) == 1: first the left-right coins, then the up-down ones.
    h, v = (np.round(s).reshape(-1).astype(bool) for s in seen)
    k2 = sample_dump(2, LAYER, config, {"flip_horizontal": ("discrete", h), "flip_vertical": ("discrete", v)}, image=(1, 2, 1))
    return {"k3/RandomFlip/horizontal_and_vertical": k3, "k2/RandomFlip/horizontal_and_vertical": k2}
