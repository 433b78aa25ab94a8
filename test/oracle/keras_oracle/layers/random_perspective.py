"""RandomPerspective (Keras 3 only): warped and unwarped images in one batch, both interpolations,
fill values, odd/even/non-square sizes, 1/3/4 channels, uint8/float, unbatched, training off.
(1-pixel-wide or -high images are left out: their corners coincide and TF's solve raises.)
Records the homography rows Keras solved for (float32, Eigen's LU), so perspective.test.ts can
test the kernel on exactly those rows and measure how far the engine's own rows are."""
import numpy as np
from keras.src.backend.tensorflow import image as k3_image

from ..common import GEOMETRY_SIZES, INTERPOLATIONS, N_SAMPLES, CaseList, Draws, call_with_draws, encode, keras_module, k3_random, sample_dump

LAYER = "RandomPerspective"
SIZES = [s for s in GEOMETRY_SIZES if s[0][1] > 1] + [((2, 9, 12, 3), "float32")]


def factors_for(batch, seed):
    """Corner factors within scale 1 (|f| <= 0.5), per image 8 values."""
    return np.random.default_rng(seed).uniform(-0.5, 0.5, size=(batch, 8)).round(3).tolist()


def cases():
    c = CaseList(LAYER)
    for i, (shape, dtype) in enumerate(SIZES):
        batch = shape[0]
        applied = [True, False, True][:batch] if batch > 1 else [True]
        for interp in INTERPOLATIONS:
            for fill_value in (0.0, 0.75 if dtype == "float32" else 200.0):
                config = {"factor": [1.0, 1.0], "interpolation": interp, "fill_value": fill_value}
                name = f"{interp}-fill{fill_value:g}-{'x'.join(map(str, shape[1:]))}-{dtype}"
                c.add(name, 3, config, shape, dtype, {"applied": applied, "corner_factors": factors_for(batch, 10 * i + len(c.items))})
    c.add("scale-0.3-7x6x1", 3, {"factor": 0.5, "scale": 0.3}, (2, 7, 6, 1), "float32",
          {"applied": [True, True], "corner_factors": (np.asarray(factors_for(2, 99)) * 0.3).round(4).tolist()})
    c.add("unbatched-6x8x3", 3, {}, (6, 8, 3), "float32", {"applied": [True], "corner_factors": factors_for(1, 5)})
    c.add("none-applied-5x5x1", 3, {}, (2, 5, 5, 1), "uint8", {"applied": [False, False], "corner_factors": factors_for(2, 6)})
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    t = case["transformation"]
    patches, spies = [], []
    real = k3_image.compute_homography_matrix
    homographies = []

    def record(start, end):
        rows = real(start, end)
        homographies.append(np.asarray(rows, np.float32).reshape(-1, 8))
        return rows

    if t is not None and case["training"]:
        n = len(t["applied"])
        # p = 1 for every image, then u = 0 (applied) or 1 (not), then the corner factors.
        values = [np.ones(n, np.float32), np.asarray([0.0 if a else 1.0 for a in t["applied"]], np.float32),
                  np.asarray(t["corner_factors"], np.float32).reshape(n, 4, 2)]
        patches.append((k3_random, "uniform", Draws(values)))
        spies.append((k3_image, "compute_homography_matrix", record))
    y = call_with_draws(case, layer, x, patches, spies)
    record_out = {"output": y}
    if homographies:
        record_out["homographies"] = encode(homographies[0])
    return record_out


CONFIGS = [
    (3, {}),
    (3, {"factor": -0.5}),
    (3, {"factor": [0.2, 1.5]}),
    (3, {"factor": None}),
    (3, {"scale": 1.5}),
    (3, {"scale": -0.1}),
    (3, {"factor": 2, "scale": 2}),
    (3, {"interpolation": "bicubic"}),
    (3, {"data_format": "nchw"}),
    (3, {"factor": [0.8, 0.2], "scale": 0.5}),
]


def accepted(kv, layer):
    return {"draw_range": {f"corner_factors[{k}]": [-0.5 * layer.scale, 0.5 * layer.scale] for k in (1, 2, 7)}}


def samples():
    out = {}
    for config in ({}, {"factor": [0.2, 0.6], "scale": 0.4}):
        layer = keras_module(3).layers.RandomPerspective(**config, seed=1234)
        t = layer.get_random_transformation(np.zeros((N_SAMPLES, 2, 2, 1), np.float32), training=True)
        start = np.asarray(t["start_points"], np.float32)
        # end = start + start·factor: recover the factors of corners that are not at 0.
        factors = ((np.asarray(t["end_points"]) - start) / np.where(start == 0, 1, start)).reshape(N_SAMPLES, 8)
        params = {"applied": ("discrete", np.asarray(t["apply_perspective"]).astype(np.int32)),
                  **{f"corner_factors[{k}]": ("continuous", factors[:, k]) for k in (2, 5, 6, 7)}}
        out[f"k3/{LAYER}/{config}"] = sample_dump(3, LAYER, config, params, image=(2, 2, 1))
    return out
