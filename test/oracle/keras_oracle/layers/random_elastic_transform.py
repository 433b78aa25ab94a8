"""RandomElasticTransform (Keras 3 only): the N(0, 1) field the op draws is stated by patching
tf.random.stateless_normal (the op draws it twice with one seed, for dx and dy), with p, the
threshold and the batch's distortion patched in keras.random's draw order. Every fill mode x
interpolation, sizes where the blur kernel is 1x1 and where it is 7x7 / 13x13, warped and
unwarped images in one batch, value_range clipping, uint8 and float, unbatched, training off."""
import numpy as np
import tensorflow as tf

from ..common import (FILL_MODES, INTERPOLATIONS, N_CALLS, CaseList, Draws, call_error, call_with_draws, keras_module, k3_random,
                      sample_dump)

LAYER = "RandomElasticTransform"


def noise(shape, seed, spread=1.0):
    """A stated N(0, spread²) field; a wide one sends points several image widths away (wrap, reflect)."""
    batch, height, width = (shape[0], shape[1], shape[2]) if len(shape) == 4 else (1, shape[0], shape[1])
    return (np.random.default_rng(seed).standard_normal((batch, height, width)) * spread).astype(np.float32).round(4).tolist()


def cases():
    c = CaseList(LAYER)
    # (shape, dtype, value_range, distortion, noise spread): blur kernels 1x1 (5x5, 9x12), 7x7 (24x32)
    # and 13x13 (41x40, sigma = 2); 9x12 with a wide field reaches far outside the image.
    sizes = [((2, 5, 5, 1), "uint8", [0, 255], 1.0, 1.0), ((2, 24, 32, 3), "float32", [0, 1], 1.0, 1.0),
             ((1, 41, 40, 1), "float32", [0, 1], 1.0, 1.0), ((2, 9, 12, 4), "float32", [0, 1], 1.0, 20.0)]
    for i, (shape, dtype, value_range, distortion, spread) in enumerate(sizes):
        applied = [True, False][:shape[0]] if shape[0] > 1 else [True]
        for fill in FILL_MODES:
            for interp in INTERPOLATIONS:
                config = {"factor": [1.0, 1.0], "interpolation": interp, "fill_mode": fill, "value_range": value_range,
                          **({"fill_value": 0.5 if dtype == "float32" else 100.0} if fill == "constant" else {})}
                c.add(f"{fill}-{interp}-{'x'.join(map(str, shape[1:]))}-{dtype}", 3, config, shape, dtype,
                      {"applied": applied, "distortion": distortion, "noise": noise(shape, 100 * i + len(c.items), spread)})
    c.add("clip-to-value-range-9x12x3", 3, {"factor": [1.0, 1.0], "value_range": [0.2, 0.8]}, (2, 9, 12, 3), "float32",
          {"applied": [True, False], "distortion": 1.0, "noise": noise((2, 9, 12, 3), 7)})
    c.add("unbatched-20x16x3", 3, {"factor": [1.0, 1.0], "value_range": [0, 1]}, (20, 16, 3), "float32",
          {"applied": [True], "distortion": 0.9, "noise": noise((20, 16, 3), 8)})
    c.add("scale-zero-is-identity-6x8x1", 3, {"scale": 0.0, "value_range": [0.2, 0.8]}, (2, 6, 8, 1), "float32")
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    t = case["transformation"]
    patches = []
    if t is not None and case["training"]:
        n = len(t["applied"])
        uniforms = [np.ones(n, np.float32), np.asarray([0.0 if a else 1.0 for a in t["applied"]], np.float32), np.float32(t["distortion"])]
        field = np.asarray(t["noise"], np.float32)
        patches += [(k3_random, "uniform", Draws(uniforms)), (tf.random, "stateless_normal", Draws([field, field]))]
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {}),
    (3, {"factor": 1.5}),
    (3, {"factor": [0.2, 0.1, 0.3]}),
    (3, {"scale": 2}),
    (3, {"scale": [0.5, -0.2]}),
    (3, {"scale": "x"}),
    (3, {"interpolation": "bicubic"}),
    (3, {"fill_mode": "mirror"}),
    (3, {"data_format": "nchw"}),
]


def accepted(kv, layer):
    # "mirror" passes the layer's check but not TF's elastic_transform, when called.
    return call_error(layer, np.zeros((1, 8, 8, 1), np.float32))


def samples():
    out = {}
    for config in ({}, {"factor": [0.3, 0.7], "scale": [0.2, 0.9]}):
        layer = keras_module(3).layers.RandomElasticTransform(**config, seed=1234)
        draws = [layer.get_random_transformation(np.zeros((1, 4, 4, 1), np.float32), training=True) for _ in range(N_CALLS)]
        params = {"applied": ("discrete", np.asarray([bool(np.asarray(d["apply_transform"])[0]) for d in draws], np.int32)),
                  "distortion": ("continuous", np.asarray([float(d["distortion_factor"]) for d in draws], np.float32))}
        out[f"k3/{LAYER}/{config}"] = sample_dump(3, LAYER, config, params, image=(4, 4, 1), batch=1, calls=N_CALLS)
    return out
