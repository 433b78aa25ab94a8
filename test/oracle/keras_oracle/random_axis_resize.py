"""What RandomHeight and RandomWidth's case modules share (the two layers differ only in the axis)."""
import numpy as np
from keras.src.legacy import layers as k3_legacy

from .common import N_CALLS, CaseList, Draws, call_with_draws, keras_module, random_op, record_draws, sample_dump

METHODS = ["bilinear", "nearest", "bicubic", "area", "lanczos3", "lanczos5", "gaussian", "mitchellcubic"]


def axis_resize_module(layer_name, axis):
    """LAYER, build, cases, run, CONFIGS, accepted and samples for one of the two layers."""
    index = -3 if axis == "height" else -2

    def build(kv, config):
        return (k3_legacy if kv == 3 else keras_module(2).layers).__dict__[layer_name](**config)

    def factor_for(size, extent):
        """A float32 factor f with int(f * extent) == size, checked."""
        f = np.float32((size + 0.5) / extent)
        if int(np.float32(f * np.float32(extent))) != size:
            raise ValueError(f"{size} px is not reachable from {extent}")
        return f

    def cases():
        c = CaseList(layer_name)
        for kv in (3, 2):
            for i, method in enumerate(METHODS):
                # Keras 3's legacy layer converts to float32 and rejects integer input.
                dtype = "uint8" if kv == 2 and i % 2 else "float32"
                shape, new = [((2, 5, 7, 3), 8), ((2, 8, 6, 1), 3), ((1, 6, 9, 4), 6), ((2, 1, 9, 3), 2)][i % 4]
                c.add(f"{method}-{'x'.join(map(str, shape[1:]))}-to-{new}-{dtype}", kv,
                      {"factor": [-0.9, 1.0], "interpolation": method}, shape, dtype, {axis: new})
            c.add("unbatched-6x8x3", kv, {"factor": 0.5}, (6, 8, 3), "float32", {axis: 4})
            c.add("training-off-5x7x3", kv, {"factor": 0.5}, (2, 5, 7, 3), "float32", training=False)
        c.add("training-off-5x7x3-uint8", 2, {"factor": 0.5}, (2, 5, 7, 3), "uint8", training=False)
        return c.items

    def run(case, layer, x):
        patches = []
        t = case["transformation"]
        if t is not None and case["training"]:
            patches.append((*random_op(case["keras"], layer), Draws([factor_for(t[axis], case["shape"][index])])))
        return {"output": call_with_draws(case, layer, x, patches)}

    def accepted(kv, layer):
        lower, upper = (layer.height_lower, layer.height_upper) if axis == "height" else (layer.width_lower, layer.width_upper)
        return {"draw_range": {f"{axis}_factor": [1.0 + lower, 1.0 + upper]}}

    def samples():
        out = {}
        extent = 10
        x = np.zeros((1, extent, 1, 1) if axis == "height" else (1, 1, extent, 1), np.float32)
        for kv in (3, 2):
            for config in ({"factor": 0.3}, {"factor": [-0.5, 0.8]}):
                layer = build(kv, {**config, "seed": 1234})
                factors = np.concatenate([d.reshape(-1) for d in record_draws(layer, kv, x, calls=N_CALLS)])
                sizes = (factors * np.float32(extent)).astype(np.float32).astype(np.int32)
                params = {f"{axis}_factor": ("continuous", factors), axis: ("integer", sizes)}
                out[f"k{kv}/{layer_name}/{config}"] = sample_dump(kv, layer_name, config, params, image=x.shape[1:], batch=1, calls=N_CALLS)
        return out

    configs = [
        (2, {"factor": [0.3, 0.1]}),
        (2, {"factor": -0.2}),
        (2, {"factor": [-1.5, 0.2]}),
        (2, {"factor": 0.2, "interpolation": "cubic"}),
        (2, {"factor": 0.2, "interpolation": "BICUBIC"}),
        (2, {"factor": [-1, 0.5]}),
        (3, {"factor": [0.3, 0.1]}),
        (3, {"factor": [-1.5, 0.2]}),
        (3, {"factor": 0.4}),
    ]
    return {"LAYER": layer_name, "build": build, "cases": cases, "run": run, "CONFIGS": configs, "accepted": accepted, "samples": samples}
