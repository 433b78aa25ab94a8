"""RandomTranslation: fractional and whole-pixel shifts both ways, every fill mode x interpolation
per size, training off, unbatched; Keras 2's own validation."""
import numpy as np

from ..common import (FILL_MODES, GEOMETRY_SIZES, INTERPOLATIONS, N_SAMPLES, CaseList, Draws, call_with_draws, fill_config,
                      keras_module, per_image, random_op, record_draws, sample_dump, size_name)

LAYER = "RandomTranslation"
SHIFTS = [  # per size: (dy_px, dx_px) per image, exactly reachable as float32 fraction · size
    ([1.5, -2.0, 0.5], [-1.0, 2.5, 3.0]),
    ([-0.5, 2.25, -5.0], [4.5, -1.25, 7.0]),
    ([3.5, -6.0, 0.25], [-2.0, 1.5, -0.5]),
    ([0.5, -0.5, 1.0], [-4.5, 8.0, 2.25]),
]


def fraction(px, size):
    """The uniform draw that makes Keras compute `px` (fraction · size in float32), checked exact."""
    f = np.float32(px / size)
    if np.float32(f * np.float32(size)) != np.float32(px):
        raise ValueError(f"{px} px is not reachable as float32 fraction of {size}")
    return f


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        for (shape, dtype), (dy, dx) in zip(GEOMETRY_SIZES, SHIFTS):
            for fill in FILL_MODES:
                for interp in INTERPOLATIONS:
                    config = {"height_factor": 1.0, "width_factor": 1.0, "interpolation": interp, **fill_config(fill, dtype)}
                    c.add(f"{fill}-{interp}-{size_name(shape, dtype)}", kv, config, shape, dtype, {"dy_px": dy, "dx_px": dx})
        c.add("unbatched-6x8x3", kv, {"height_factor": 0.5, "width_factor": 0.5}, (6, 8, 3), "float32", {"dy_px": [1.5], "dx_px": [-2.0]})
        c.add("training-off-5x5x1-uint8", kv, {"height_factor": 0.3, "width_factor": 0.2}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    patches = []
    t = case["transformation"]
    if t is not None and case["training"]:
        h, w = case["shape"][-3], case["shape"][-2]
        values = [per_image([fraction(v, h) for v in t["dy_px"]]), per_image([fraction(v, w) for v in t["dx_px"]])]
        patches.append((*random_op(case["keras"], layer), Draws(values)))
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"height_factor": 1.0, "width_factor": -1.0}),
    (3, {"height_factor": 1.5, "width_factor": 0.1}),
    (3, {"height_factor": 0.1, "width_factor": [-1.2, 0.0]}),
    (3, {"height_factor": [0.3, 0.1, 0.2], "width_factor": 0.1}),
    (3, {"height_factor": None, "width_factor": 0.1}),
    (3, {"height_factor": 0.1, "width_factor": "x"}),
    (3, {"height_factor": 0.1, "width_factor": 0.1, "fill_mode": "mirror"}),
    (3, {"height_factor": 0.1, "width_factor": 0.1, "interpolation": "area"}),
    (3, {"height_factor": 0.1, "width_factor": 0.1, "data_format": "nchw"}),
    (3, {"height_factor": 2.0, "width_factor": 0.1, "data_format": "nchw"}),
    (3, {"height_factor": [0.3, -0.1], "width_factor": -0.2}),
    (3, {"height_factor": 0.1}),
    (2, {"height_factor": [0.3, 0.1], "width_factor": 0.1}),
    (2, {"height_factor": 1.5, "width_factor": 0.1}),
    (2, {"height_factor": 0.1, "width_factor": [0.2, 0.1]}),
    (2, {"height_factor": 0.1, "width_factor": [-1.5, 0.1]}),
    (2, {"height_factor": -0.2, "width_factor": 0.1}),
    (2, {"height_factor": 0.1, "width_factor": 0.1, "fill_mode": "mirror"}),
    (2, {"height_factor": 0.1, "width_factor": 0.1, "interpolation": "area"}),
    (2, {"height_factor": [-0.3, 0.2], "width_factor": 0.5}),
]


def accepted(kv, layer):
    # describeSample speaks pixels; configs.test draws for a 3x3 image.
    return {"draw_range": {"dy_px": [3.0 * layer.height_lower, 3.0 * layer.height_upper],
                           "dx_px": [3.0 * layer.width_lower, 3.0 * layer.width_upper]}}


def samples():
    out = {}
    for kv in (3, 2):
        for config in ({"height_factor": 0.2, "width_factor": 0.3}, {"height_factor": [-0.1, 0.4], "width_factor": [0.0, 0.25]}):
            layer = getattr(keras_module(kv).layers, LAYER)(**config, seed=1234)
            h, w = 10, 20
            dy, dx = (d.reshape(-1) for d in record_draws(layer, kv, np.zeros((N_SAMPLES, h, w, 1), np.float32)))
            params = {"dy_px": ("continuous", dy * np.float32(h)), "dx_px": ("continuous", dx * np.float32(w))}
            out[f"k{kv}/{LAYER}/{config}"] = sample_dump(kv, LAYER, config, params, image=(h, w, 1))
    return out
