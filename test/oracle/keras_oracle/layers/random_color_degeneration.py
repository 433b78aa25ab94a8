"""RandomColorDegeneration (K3): per-image blend weights towards grey, negative ones oversaturate;
float images in [0, 255) and [0, 1), uint8, 1 channel (its own grey), a 1xN row, unbatched,
training off."""
import keras
import numpy as np

from ..color import RGB_SIZES, extra, floats, run_with, size_name, uniform_patch, value_range_for
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomColorDegeneration"
DRAWS = [[0.5, -0.5, 1.0], [0.25, -1.0, 0.8], [0.9, -0.3, 0.0], [0.6, -0.7]]


def per_image(u):
    return np.asarray(u, np.float32).reshape(-1, 1, 1, 1)


def cases():
    c = CaseList(LAYER)
    for (shape, dtype, high), u in zip(RGB_SIZES, DRAWS):
        config = {"factor": 1.0, "value_range": value_range_for(dtype, high)}
        c.add(size_name(shape, dtype, high), 3, config, shape, dtype, {"degeneration_factor": floats(u)}, **extra(dtype, high))
    c.add("5x5x1-float255", 3, {"factor": 0.5}, (2, 5, 5, 1), "float32", {"degeneration_factor": [0.4, -0.4]}, input_high=255.0)
    c.add("unbatched-6x8x3", 3, {"factor": 0.5}, (6, 8, 3), "float32", {"degeneration_factor": [0.45]}, input_high=255.0)
    c.add("training-off-5x5x3-uint8", 3, {"factor": 0.5}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    def patches(c):
        u = np.asarray(c["transformation"]["degeneration_factor"], np.float32)
        return [uniform_patch(per_image(u) if len(c["shape"]) == 4 else u.reshape(1, 1, 1, 1))]
    return run_with(case, layer, x, patches)


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": 0.2, "value_range": [0, 1, 2]}),
    (3, {"factor": 0.3}),
    (3, {"factor": [0.2, 0.9]}),
]


def accepted(kv, layer):
    return {"draw_range": {"degeneration_factor": [float(v) for v in layer.factor]}}


def samples():
    layer = keras.layers.RandomColorDegeneration(0.3, seed=1234)
    t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
    return {f"k3/{LAYER}/0.3": sample_dump(3, LAYER, {"factor": 0.3}, {"degeneration_factor": ("continuous", np.asarray(t["factor"]).reshape(-1))}, image=(2, 2, 3))}
