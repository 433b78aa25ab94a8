"""RandomZoom: zoom in and out, kept and changed aspect, every fill mode x interpolation per size,
.5 coordinates for nearest, training off, unbatched; Keras 2's own validation."""
import numpy as np

from ..common import (FILL_MODES, GEOMETRY_SIZES, INTERPOLATIONS, N_SAMPLES, CaseList, Draws, call_with_draws, fill_config,
                      keras_module, per_image, random_op, record_draws, sample_dump, size_name)

LAYER = "RandomZoom"
ZOOMS = [  # per size: (zoom_height, zoom_width) per image
    ([0.5, 1.5, 1.2], [0.5, 1.5, 1.2]),
    ([0.75, 1.25, 2.0], [1.1, 0.6, 1.0]),
    ([1.3, 0.8, 0.55], [1.3, 0.8, 0.55]),
    ([1.0, 0.5, 1.7], [0.9, 1.5, 0.4]),
]


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        for (shape, dtype), (zh, zw) in zip(GEOMETRY_SIZES, ZOOMS):
            aspect = zh == zw
            for fill in FILL_MODES:
                for interp in INTERPOLATIONS:
                    config = {"height_factor": 0.5, **({} if aspect else {"width_factor": [-0.5, 1.0]}),
                              "interpolation": interp, **fill_config(fill, dtype)}
                    c.add(f"{fill}-{interp}-{size_name(shape, dtype)}", kv, config, shape, dtype, {"zoom_height": zh, "zoom_width": zw})
        c.add("unbatched-6x8x3", kv, {"height_factor": 0.3}, (6, 8, 3), "float32", {"zoom_height": [0.8], "zoom_width": [0.8]})
        c.add("training-off-5x5x1-uint8", kv, {"height_factor": 0.3}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    patches = []
    t = case["transformation"]
    if t is not None and case["training"]:
        values = [per_image(t["zoom_height"])]
        if case["config"].get("width_factor") is not None:
            values.append(per_image(t["zoom_width"]))
        patches.append((*random_op(case["keras"], layer), Draws(values)))
    return {"output": call_with_draws(case, layer, x, patches)}


# Whole numbers are written as ints: Keras prints the value as written (-1 vs -1.0), and the engine
# receives numbers without that distinction.
CONFIGS = [
    (3, {"height_factor": 1}),
    (3, {"height_factor": -1}),
    (3, {"height_factor": 1.5}),
    (3, {"height_factor": [0.2, -1]}),
    (3, {"height_factor": [0.1, 0.2, 0.3]}),
    (3, {"height_factor": "a"}),
    (3, {"height_factor": None}),
    (3, {"height_factor": 0.2, "width_factor": 2}),
    (3, {"height_factor": 0.2, "width_factor": "wide"}),
    (3, {"height_factor": 0.2, "fill_mode": "mirror"}),
    (3, {"height_factor": 0.2, "interpolation": "bicubic"}),
    (3, {"height_factor": 0.2, "data_format": "nchw"}),
    (3, {"height_factor": 0.2, "fill_mode": "mirror", "data_format": "nchw"}),
    (3, {"height_factor": [0.3, -0.2]}),
    (3, {"height_factor": -0.4, "width_factor": [0.5, 0.1]}),
    (2, {"height_factor": 1.5}),
    (2, {"height_factor": [-1.0, 1.0]}),
    (2, {"height_factor": [0.3, -0.2]}),
    (2, {"height_factor": 0.2, "width_factor": 5}),
    (2, {"height_factor": 0.2, "width_factor": [-1.5, 0.2]}),
    (2, {"height_factor": 0.2, "fill_mode": "mirror"}),
    (2, {"height_factor": 0.2, "interpolation": "bicubic"}),
    (2, {"height_factor": 0.2, "width_factor": -0.4}),
]


def accepted(kv, layer):
    h = (layer.height_lower, layer.height_upper)
    w = (layer.width_lower, layer.width_upper) if layer.width_factor is not None else h
    return {"draw_range": {"zoom_height": [1.0 + h[0], 1.0 + h[1]], "zoom_width": [1.0 + w[0], 1.0 + w[1]]}}


def samples():
    out = {}
    for kv in (3, 2):
        for config in ({"height_factor": 0.2}, {"height_factor": [-0.5, 0.1], "width_factor": [-0.2, 0.7]}):
            layer = getattr(keras_module(kv).layers, LAYER)(**config, seed=1234)
            draws = record_draws(layer, kv, np.zeros((N_SAMPLES, 2, 2, 1), np.float32))
            zh = draws[0].reshape(-1)
            zw = draws[1].reshape(-1) if len(draws) > 1 else zh
            params = {"zoom_height": ("continuous", zh), "zoom_width": ("continuous", zw)}
            out[f"k{kv}/{LAYER}/{config}"] = sample_dump(kv, LAYER, config, params, image=(2, 2, 1))
    return out
