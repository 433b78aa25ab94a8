"""AugMix: real Keras draws (seeded layer, seeded Python `random` for its op choices), read back
from get_random_transformation and stated to the engine chain by chain; all ops and all_ops=False,
(0, 255) and (0, 1), other chain counts and depths, unbatched, training off. Keras's own Dirichlet
weights, Beta mix weight and op choices for the distribution tests."""
import random
from unittest import mock

import keras
import numpy as np
from keras.src.layers.preprocessing.image_preprocessing import aug_mix as k3_aug_mix

from ..augment_ops import TransformationSpy, engine_op
from ..common import N_SAMPLES, CaseList, make_input, sample_dump
from .rand_augment import case_seed

LAYER = "AugMix"

# (name, config, shape, dtype, keras seed, python seed, input_high)
RUNS = [
    ("6x8x3-uint8", {}, (2, 6, 8, 3), "uint8", 1, 1, 1.0),
    ("not-all-ops-7x5x3", {"all_ops": False, "factor": [0.2, 0.5]}, (3, 7, 5, 3), "float32", 2, 2, 255.0),
    ("value-range-0-1-nearest-5x6x3", {"value_range": [0, 1], "interpolation": "nearest", "alpha": 0.5}, (2, 5, 6, 3), "float32", 3, 3, 1.0),
    ("chains-2-depth-4-1x9x3-uint8", {"num_chains": 2, "chain_depth": 4}, (3, 1, 9, 3), "uint8", 4, 4, 1.0),
    ("unbatched-6x8x3", {"value_range": [0, 1]}, (6, 8, 3), "float32", 5, 5, 1.0),
]


def keras_draw(config, seed, py_seed, x):
    layer = keras.layers.AugMix(**config, seed=seed)
    spy = TransformationSpy(layer)
    random.seed(py_seed)
    with mock.patch.object(layer, "get_random_transformation", spy):
        y = layer(x, training=True)
    return y, spy.seen[-1]


def stated(t):
    chains = [[dict(zip(("op", "transformation"), engine_op(step["layer_name"], step["transformation"]))) for step in chain]
              for chain in t["chain_transforms"]]
    return {"chain_weights": np.asarray(t["chain_mixing_weights"], np.float32).tolist(),
            "mix_weight": float(np.asarray(t["weight_sample"], np.float32)), "chains": chains}


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, seed, py_seed, high in RUNS:
        x = make_input(shape, dtype, case_seed(LAYER, name), high)
        _, t = keras_draw(config, seed, py_seed, x)
        c.add(name, 3, config, shape, dtype, stated(t), keras_seed=seed, py_seed=py_seed, input_high=high)
    c.add("training-off-5x5x3-uint8", 3, {}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    if not case["training"]:
        return {"output": layer(x, training=False)}
    y, t = keras_draw(case["config"], case["keras_seed"], case["py_seed"], x)
    if stated(t) != case["transformation"]:
        raise RuntimeError(f"{case['name']}: Keras drew differently from the stated transformation")
    return {"output": y}


CONFIGS = [
    (3, {"factor": -0.1}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"data_format": "nchw"}),
    (3, {"interpolation": "area"}),
    (3, {"value_range": "x"}),
]


def samples():
    layer = keras.layers.AugMix(seed=1234)
    names = list(k3_aug_mix.AUGMENT_LAYERS_ALL)
    real_choice = random.choice
    picked = []

    def choice(options):
        value = real_choice(options)
        picked.append(len(names) if value is None else names.index(value))
        return value

    random.seed(1234)
    calls = N_SAMPLES // 4
    x = np.zeros((1, 4, 4, 3), np.float32)
    weights, mix = [], []
    with mock.patch.object(k3_aug_mix.py_random, "choice", choice):
        for _ in range(calls):
            t = layer.get_random_transformation(x, training=True)
            weights.append(np.asarray(t["chain_mixing_weights"])[0])
            mix.append(np.asarray(t["weight_sample"]))
    choices = np.asarray(picked).reshape(calls, -1)
    params = {"mix_weight": ("continuous", mix, (0, 1)), "chain_weights[0]": ("continuous", weights, (0, 1)),
              "op_choices[0]": ("discrete", choices[:, 0]), "op_choices[4]": ("discrete", choices[:, 4])}
    return {"k3/AugMix/defaults": sample_dump(3, LAYER, {}, params, image=(4, 4, 3), batch=1, calls=calls)}
