"""RandAugment: real Keras draws (seeded), read back from get_random_transformation and stated to
the engine op by op; seeds chosen so that every one of the 11 ops is picked somewhere; uint8 and
float, (0, 255) and (0, 1); training off. Keras's own op choices for the proportion test."""
import zlib
from unittest import mock

import keras
import numpy as np

from ..augment_ops import TransformationSpy, engine_op
from ..common import N_SAMPLES, CaseList, make_input, sample_dump

LAYER = "RandAugment"

# (name, config, shape, dtype, seed, input_high): seeds picked to cover all 11 ops (checked below).
RUNS = [
    ("6x8x3", {}, (4, 6, 8, 3), "uint8", 6, 1.0),
    ("num-ops-4-7x5x3", {"num_ops": 4, "factor": [0.2, 0.6]}, (3, 7, 5, 3), "uint8", 2, 1.0),
    ("value-range-0-1-nearest-5x6x3", {"value_range": [0, 1], "interpolation": "nearest", "num_ops": 3}, (3, 5, 6, 3), "float32", 9, 1.0),
    ("num-ops-5-9x7x3", {"num_ops": 5, "factor": 0.8}, (2, 9, 7, 3), "float32", 7, 255.0),
    ("num-ops-6-1x9x3", {"num_ops": 6}, (3, 1, 9, 3), "uint8", 8, 1.0),
]


def keras_draw(config, seed, x):
    """Calls RandAugment(seed=...) on x; returns the output and the transformation it drew."""
    layer = keras.layers.RandAugment(**config, seed=seed)
    spy = TransformationSpy(layer)
    with mock.patch.object(layer, "get_random_transformation", spy):
        y = layer(x, training=True)
    return y, spy.seen[-1]


def stated(t):
    names = list(t["transforms"].keys())
    picked = [names[int(i)] for i in np.asarray(t["layer_idxes"]).reshape(-1)]
    ops = [engine_op(n, t["transforms"][n]) for n in picked]
    return {"ops": [name for name, _ in ops], "transformations": {name: json for name, json in ops}}


def case_seed(layer, name):
    """The input seed CaseList gives a case of this name (the draws are made on the same input)."""
    return zlib.crc32(f"k3/{layer}/{name}".encode()) % (2**31)


def cases():
    c = CaseList(LAYER)
    seen = set()
    for name, config, shape, dtype, seed, high in RUNS:
        x = make_input(shape, dtype, case_seed(LAYER, name), high)
        _, t = keras_draw(config, seed, x)
        s = stated(t)
        seen.update(s["ops"])
        c.add(name, 3, config, shape, dtype, s, keras_seed=seed, input_high=high)
    if len(seen) != 11:
        raise RuntimeError(f"RandAugment cases pick only {sorted(seen)}; choose other seeds")
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    if not case["training"]:
        return {"output": layer(x, training=False)}
    y, t = keras_draw(case["config"], case["keras_seed"], x)
    if stated(t) != case["transformation"]:
        raise RuntimeError(f"{case['name']}: Keras drew differently from the stated transformation")
    return {"output": y}


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"value_range": [0, 255], "data_format": "nchw"}),
    (3, {"interpolation": "bicubic"}),
    (3, {"value_range": [0]}),
]


def samples():
    layer = keras.layers.RandAugment(seed=1234)
    x = np.zeros((1, 2, 2, 3), np.float32)
    idx = np.stack([np.asarray(layer.get_random_transformation(x, training=True)["layer_idxes"]) for _ in range(N_SAMPLES // 4)])
    params = {f"op_indices[{i}]": ("discrete", idx[:, i]) for i in range(2)}
    return {"k3/RandAugment/defaults": sample_dump(3, LAYER, {}, params, image=(2, 2, 3), batch=1, calls=N_SAMPLES // 4)}
