"""CutMix: boxes Keras builds from stated draws (α, λ, x and y starts, permutation) on odd/even/
non-square/1xN sizes, 1/3/4 channels, uint8 and float; a box of any aspect injected through
transform_images; unbatched (a no-op); training off. Keras's own draws for the KS tests."""
import keras
import numpy as np

from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, k3_random, sample_dump
from ..mixing import StatedShuffle, boxes_from_draws, record_draws

LAYER = "CutMix"

# (name, config, shape, dtype, draws): draws are what keras.random returns, in Keras's order.
DRAWN = [
    ("6x8x3", {}, (4, 6, 8, 3), "float32",
     {"alpha": 0.5, "lambda": [0.3, 0.75, 0.5, 0.9], "x_start": [0.1, 0.9, 0.5, 0.0], "y_start": [0.4, 0.2, 1.0, 0.6], "partner": [2, 0, 3, 1]}),
    ("5x5x1-uint8", {"factor": 0.4}, (3, 5, 5, 1), "uint8",
     {"alpha": 0.2, "lambda": [0.36, 0.04, 0.64], "x_start": [0.5, 0.25, 0.75], "y_start": [0.3, 0.7, 0.0], "partner": [1, 2, 0]}),
    ("7x4x4", {"factor": [0.2, 0.8]}, (3, 7, 4, 4), "float32",
     {"alpha": 0.6, "lambda": [0.123, 0.456, 0.789], "x_start": [0.33, 0.66, 0.99], "y_start": [0.77, 0.11, 0.55], "partner": [2, 1, 0]}),
    ("1x9x3-uint8", {}, (4, 1, 9, 3), "uint8",
     {"alpha": 1.0, "lambda": [0.2, 0.0, 0.6, 0.95], "x_start": [0.5, 0.2, 0.8, 0.1], "y_start": [0.5, 0.5, 0.5, 0.5], "partner": [3, 2, 1, 0]}),
]


def _patches(draws):
    uniform = Draws([draws["alpha"], draws["x_start"], draws["y_start"]])
    return [(k3_random, "uniform", uniform), (k3_random, "beta", Draws([draws["lambda"]])),
            (k3_random, "shuffle", StatedShuffle([draws["partner"]]))]


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, draws in DRAWN:
        t = {"partner": draws["partner"], "box": boxes_from_draws(keras.layers.CutMix(**config), shape, _patches(draws))}
        c.add(name, 3, config, shape, dtype, t, draws=draws)
    # Any box can be stated (Keras's draws keep the image's aspect ratio); injected as Keras's transformation dict.
    c.add("stated-boxes-6x7x3", 3, {}, (3, 6, 7, 3), "float32",
          {"partner": [1, 2, 0], "box": [[0.5, 1.0, 6.0, 2.5], [-3.0, 0.0, 2.0, 9.0], [2.0, 2.0, 2.0, 5.0]]}, inject=True)
    # Rank 3: Keras draws nothing and returns the image; the engine's batch of one pastes itself.
    c.add("unbatched-6x8x3", 3, {}, (6, 8, 3), "float32", {"partner": [0], "box": [[1.0, 1.0, 5.0, 4.0]]}, inject=True)
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    t = case["transformation"]
    if t is None or not case["training"]:
        return {"output": layer(x, training=case["training"])}
    if case.get("inject"):
        if x.ndim == 3:
            return {"output": layer(x, training=True)}
        b = np.asarray(t["box"], np.float32)
        images = keras.ops.convert_to_tensor(x)
        masks, weight = layer._generate_batch_mask(images.shape, (b[:, 0], b[:, 2], b[:, 1], b[:, 3]))
        transformation = {"permutation_order": np.asarray(t["partner"], np.int32), "batch_masks": masks, "mix_weight": weight}
        return {"output": layer.transform_images(images, transformation, training=True)}
    draws = case["draws"]
    y = call_with_draws(case, layer, x, _patches(draws))
    # The draws, for the box arithmetic test (boxDraws.test.ts).
    return {"output": y, "draws_lambda": np.asarray(draws["lambda"], np.float32),
            "draws_x_start": np.asarray(draws["x_start"], np.float32), "draws_y_start": np.asarray(draws["y_start"], np.float32)}


CONFIGS = [
    (3, {"factor": -0.5}),
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": "a"}),
    (3, {"factor": None}),
    (3, {"factor": [0.5, 0.2]}),
    (3, {"factor": 0}),
    (3, {"factor": 1.0, "data_format": "nchw"}),
]


def samples():
    out = {}
    for factor in (1.0, [0.3, 0.6]):
        config = {"factor": factor}
        layer = keras.layers.CutMix(**config, seed=1234)
        # α is drawn once per call, so the images of a call are not independent: small calls keep
        # the KS test's independence assumption nearly true.
        batch, calls, image = 2, N_SAMPLES // 2, (9, 12, 1)
        d = record_draws(layer, (batch, *image), calls)
        params = {"lambda": ("continuous", d["mix_weight"].reshape(-1)), "partner": ("discrete", d["permutation_order"].reshape(-1))}
        # Box corners lie in the image by construction; tiny boxes at the edges are rare draws
        # (long tails), so the support checked is the image, not the range Keras's draws reached.
        for i in range(4):
            params[f"box[{i}]"] = ("continuous", d["box"][:, i], (0, image[1] if i % 2 == 0 else image[0]))
        out[f"k3/CutMix/factor={factor}"] = sample_dump(3, LAYER, config, params, image=image, batch=batch, calls=calls)
    return out
