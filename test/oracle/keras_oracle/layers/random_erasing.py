"""RandomErasing: boxes, coins and noise Keras builds from stated draws, on odd/even/non-square/1xN
sizes, 1/3/4 channels, uint8 and float; fill None (noise), a number and three numbers, clipped
to value_range (0, 255), (0, 1) and a reversed one; unbatched; training off. Keras's own draws
for the KS tests."""
import keras
import numpy as np

from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, k3_random, sample_dump
from ..mixing import boxes_from_draws, record_draws

LAYER = "RandomErasing"


def _noise(shape, seed):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def _patches(draws):
    uniform = Draws([draws["scale"], draws["x_start"], draws["y_start"], draws["probability"], draws["threshold"]])
    patches = [(k3_random, "uniform", uniform)]
    if "noise" in draws:
        patches.append((k3_random, "normal", Draws([draws["noise"]])))
    return patches


def _transformation(config, shape, draws):
    """The stated transformation: erased = threshold < probability, Keras's boxes, the noise per image."""
    t = {"erased": [bool(np.float32(u) < np.float32(p)) for u, p in zip(draws["threshold"], draws["probability"])],
         "box": boxes_from_draws(keras.layers.RandomErasing(**config), shape, _patches(draws))}
    if "noise" in draws:
        noise = np.asarray(draws["noise"], np.float32)
        t["fill_noise"] = (noise[None] if len(shape) == 3 else noise).tolist()
    return t


def _draws(shape, scale, x_start, y_start, probability, threshold, noise_seed=None):
    d = {"scale": scale, "x_start": x_start, "y_start": y_start, "probability": probability, "threshold": threshold}
    if noise_seed is not None:
        d["noise"] = _noise(shape, noise_seed).tolist()
    return d


def cases():
    c = CaseList(LAYER)
    add = lambda name, config, shape, dtype, draws: c.add(name, 3, config, shape, dtype, _transformation(config, shape, draws), draws=draws)  # noqa: E731
    add("noise-6x8x3", {}, (4, 6, 8, 3), "float32",
        _draws((4, 6, 8, 3), [[0.3, 0.1], [0.02, 0.33], [0.5, 0.5], [0.2, 0.25]], [0.1, 0.9, 0.5, 0.0], [0.4, 0.2, 1.0, 0.6],
               [0.8, 0.6, 0.9, 0.3], [0.1, 0.5, 0.95, 0.2], noise_seed=1))
    add("noise-value-range-0-1-7x4x4", {"value_range": [0, 1]}, (3, 7, 4, 4), "float32",
        _draws((3, 7, 4, 4), [[0.25, 0.3], [0.1, 0.2], [0.33, 0.02]], [0.33, 0.66, 0.99], [0.77, 0.11, 0.55],
               [1.0, 1.0, 1.0], [0.0, 0.5, 0.99], noise_seed=2))
    add("fill-300-clipped-5x5x1-uint8", {"fill_value": 300.0}, (3, 5, 5, 1), "uint8",
        _draws((3, 5, 5, 1), [[0.36, 0.16], [0.04, 0.64], [0.2, 0.2]], [0.5, 0.25, 0.75], [0.3, 0.7, 0.0], [0.5, 0.5, 0.5], [0.4, 0.1, 0.6]))
    add("fill-per-channel-1x9x3-uint8", {"fill_value": [10.0, 300.0, -5.0], "scale": [0.1, 0.5]}, (4, 1, 9, 3), "uint8",
        _draws((4, 1, 9, 3), [[0.2, 0.9], [0.5, 0.5], [0.05, 1.0], [0.3, 0.3]], [0.5, 0.2, 0.8, 0.1], [0.5, 0.5, 0.5, 0.5],
               [0.9, 0.9, 0.9, 0.9], [0.1, 0.2, 0.3, 0.95]))
    add("noise-reversed-value-range-6x7x3", {"value_range": [255, 0], "factor": [0.5, 1.0]}, (3, 6, 7, 3), "float32",
        _draws((3, 6, 7, 3), [[0.3, 0.3], [0.2, 0.1], [0.1, 0.2]], [0.2, 0.4, 0.6], [0.6, 0.4, 0.2], [0.9, 0.9, 0.9], [0.1, 0.2, 0.3], noise_seed=3))
    add("unbatched-noise-6x8x3", {}, (6, 8, 3), "float32",
        _draws((6, 8, 3), [[0.3, 0.2]], [0.4], [0.6], [0.7], [0.2], noise_seed=4))
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    if case["transformation"] is None or not case["training"]:
        return {"output": layer(x, training=case["training"])}
    draws = case["draws"]
    y = call_with_draws(case, layer, x, _patches(draws))
    # The draws, for the box arithmetic test (boxDraws.test.ts).
    scale = np.asarray(draws["scale"], np.float32).reshape(-1, 2)
    return {"output": y, "draws_scale": scale, "draws_x_start": np.asarray(draws["x_start"], np.float32),
            "draws_y_start": np.asarray(draws["y_start"], np.float32)}


CONFIGS = [
    (3, {"factor": -0.1}),
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": "a"}),
    (3, {"factor": None}),
    (3, {"scale": -0.1}),
    (3, {"scale": 1.5}),
    (3, {"scale": [0.1, 0.2, 0.3]}),
    (3, {"scale": None}),
    (3, {"scale": "a"}),
    (3, {"scale": [0.3, 0.1]}),
    (3, {"factor": 0.5, "data_format": "nchw"}),
    (3, {"factor": 0.5, "bar": 2}),
]


def samples():
    out = {}
    image = (9, 12, 3)
    for config in ({"fill_value": 0.0}, {"factor": [0.2, 0.6], "scale": [0.1, 0.5], "fill_value": 0.0}):
        layer = keras.layers.RandomErasing(**config, seed=1234)
        d = record_draws(layer, (N_SAMPLES, *image), 1)
        params = {"erased": ("discrete", d["apply_erasing"].reshape(-1))}
        for i in range(4):
            params[f"box[{i}]"] = ("continuous", d["box"][:, i], (0, image[1] if i % 2 == 0 else image[0]))
        name = ",".join(f"{k}={v}" for k, v in config.items() if k != "fill_value") or "defaults"
        out[f"k3/RandomErasing/{name}"] = sample_dump(3, LAYER, config, params, image=image)
    return out
