"""RandomShear (Keras 3 only): both axes, either sign, every fill mode x interpolation per size,
training off, unbatched."""
import numpy as np

from ..common import (FILL_MODES, GEOMETRY_SIZES, INTERPOLATIONS, N_SAMPLES, CaseList, Draws, call_with_draws, fill_config,
                      keras_module, per_image, random_op, record_draws, sample_dump, size_name)

LAYER = "RandomShear"
SHEARS = [  # per size: (shear_x, shear_y) per image
    ([0.5, -0.25, 0.0], [0.0, 0.3, -0.5]),
    ([0.2, -0.6, 1.0], [-0.1, 0.45, 0.25]),
    ([-0.35, 0.5, 0.15], [0.8, -0.2, 0.0]),
    ([0.9, -0.5, 0.3], [0.5, 0.0, -1.0]),
]


def cases():
    c = CaseList(LAYER)
    for (shape, dtype), (sx, sy) in zip(GEOMETRY_SIZES, SHEARS):
        for fill in FILL_MODES:
            for interp in INTERPOLATIONS:
                config = {"x_factor": 1.0, "y_factor": 1.0, "interpolation": interp, **fill_config(fill, dtype)}
                c.add(f"{fill}-{interp}-{size_name(shape, dtype)}", 3, config, shape, dtype, {"shear_x": sx, "shear_y": sy})
    c.add("unbatched-6x8x3", 3, {"x_factor": 0.5}, (6, 8, 3), "float32", {"shear_x": [0.4], "shear_y": [0.0]})
    c.add("training-off-5x5x1-uint8", 3, {"x_factor": 0.3, "y_factor": 0.3}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    patches = []
    t = case["transformation"]
    if t is not None and case["training"]:
        n = len(t["shear_x"])
        # Sign draws of 0 give +1; then y factors, then x factors, each as stated.
        values = [per_image([0.0] * n), per_image(t["shear_y"]), per_image(t["shear_x"])]
        patches.append((*random_op(3, layer), Draws(values)))
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {}),
    (3, {"x_factor": -0.1}),
    (3, {"x_factor": 1.5}),
    (3, {"x_factor": [0.1, 0.2, 0.3]}),
    (3, {"y_factor": [-0.1, 0.2]}),
    (3, {"y_factor": "a"}),
    (3, {"x_factor": 0.2, "fill_mode": "mirror"}),
    (3, {"x_factor": 0.2, "interpolation": "bicubic"}),
    (3, {"x_factor": 0.2, "data_format": "nchw"}),
    (3, {"x_factor": [0.4, 0.1], "y_factor": 0.3}),
]


def accepted(kv, layer):
    # One random sign flips both factors, so each can land on either side.
    x, y = (max(abs(v) for v in f) for f in (layer.x_factor, layer.y_factor))
    return {"draw_range": {"shear_x": [-x, x], "shear_y": [-y, y]}}


def samples():
    out = {}
    for config in ({"x_factor": 0.3, "y_factor": 0.1}, {"x_factor": [0.2, 0.5], "y_factor": [0.0, 0.4]}):
        layer = keras_module(3).layers.RandomShear(**config, seed=1234)
        sign, sy, sx = (d.reshape(-1) for d in record_draws(layer, 3, np.zeros((N_SAMPLES, 2, 2, 1), np.float32)))
        signed = np.where(sign > 0.5, np.float32(-1), np.float32(1))
        params = {"shear_x": ("continuous", sx * signed), "shear_y": ("continuous", sy * signed)}
        out[f"k3/{LAYER}/{config}"] = sample_dump(3, LAYER, config, params, image=(2, 2, 1))
    return out
