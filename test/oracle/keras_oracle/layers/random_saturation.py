"""RandomSaturation (K3): per-image draws u → k = u/(1 − u + 1e-7), S clipped to value_range (so
k > 1 with (0, 255) overshoots into negative values), u < 0 greys the image; float images in
[0, 255) and [0, 1), a 1xN row, unbatched, training off (uint8 then; in training Keras rejects integer images)."""
import keras
import numpy as np

from ..color import RGB_SIZES, extra, floats, run_with, saturation_factor, size_name, uniform_patch, value_range_for
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomSaturation"
DRAWS = [[0.3, 0.7, -0.2], [0.95, 0.5, 0.0], [0.1, 0.6, 0.85], [0.99, -0.9]]


def cases():
    c = CaseList(LAYER)
    for (shape, dtype, high), u in zip(RGB_SIZES, DRAWS):
        if dtype == "uint8":  # rgb_to_hsv rejects integer images: Keras fails on them in training
            dtype, high = "float32", 255.0
        config = {"factor": (-1, 1), "value_range": value_range_for(dtype, high)}
        c.add(size_name(shape, dtype, high), 3, config, shape, dtype, {"saturation_factor": floats(saturation_factor(u))}, draws=u, **extra(dtype, high))
    c.add("unbatched-6x8x3", 3, {"factor": 0.5}, (6, 8, 3), "float32", {"saturation_factor": floats(saturation_factor([0.4]))}, draws=[0.4], input_high=255.0)
    c.add("training-off-5x5x3-uint8", 3, {"factor": 0.5}, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    return run_with(case, layer, x, lambda c: [uniform_patch(c["draws"])])


CONFIGS = [
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": 0.2, "value_range": 1}),
    (3, {"factor": 0.2, "data_format": "nchw"}),
    (3, {"factor": 0.5}),
    (3, {"factor": [0.5, 0.9]}),
]


def accepted(kv, layer):
    return {"draw_range": {"saturation_factor": floats(saturation_factor(layer.factor))}}


def samples():
    out = {}
    for factor in (0.5, (0.2, 0.9)):
        layer = keras.layers.RandomSaturation(factor, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 3), np.float32), training=True)
        out[f"k3/{LAYER}/{factor}"] = sample_dump(3, LAYER, {"factor": factor}, {"saturation_factor": ("continuous", np.asarray(t["factor"]))}, image=(2, 2, 3))
    return out
