"""RandomRotation: every fill mode x interpolation on each size, .5 ties, big angles, training off.
Also records the float32 rows Keras passed to ImageProjectiveTransformV3 (kernel.test.ts)."""
import keras
import numpy as np
import tf_keras
from keras.src.backend.tensorflow import image as k3_image
from tf_keras.src.layers.preprocessing import image_preprocessing as k2_image

from ..common import N_SAMPLES, CaseList, Draws, Spy, call_with_draws, encode, k3_random, record_calls, sample_dump

LAYER = "RandomRotation"

SIZES = [  # (shape, dtype): odd/even/non-square, 1/3/4 channels, uint8 and float
    ((3, 5, 5, 1), "uint8"),
    ((3, 6, 8, 3), "float32"),
    ((3, 7, 4, 4), "float32"),
    ((3, 1, 9, 3), "uint8"),
]
ANGLES = [[30.0, -45.0, 200.0], [90.0, 12.5, -170.0], [180.0, -90.0, 7.25], [90.0, 45.0, -135.0]]
FILL_MODES = ["reflect", "wrap", "constant", "nearest"]


def cases():
    c = CaseList(LAYER, first_seed={3: 8, 2: 58})
    for kv in (3, 2):
        for (shape, dtype), angles in zip(SIZES, ANGLES):
            for fill in FILL_MODES:
                for interp in ("bilinear", "nearest"):
                    config = {"factor": 0.5, "fill_mode": fill, "interpolation": interp}
                    if fill == "constant":
                        config["fill_value"] = 77.0 if dtype == "uint8" else 0.25
                    size = "x".join(map(str, shape[1:]))
                    c.add(f"{fill}-{interp}-{size}-{dtype}", kv, config, shape, dtype, {"angle_degrees": angles})
        # Quarter turns of a 5x6 image put coordinates on .5: nearest's round-half-away-from-zero.
        for fill in FILL_MODES:
            config = {"factor": 0.25, "fill_mode": fill, "interpolation": "nearest", "fill_value": -1.0}
            c.add(f"ties-{fill}-nearest-5x6x1", kv, config, (3, 5, 6, 1), "float32", {"angle_degrees": [90.0, -90.0, 270.0]})
        c.add("unbatched-6x8x3", kv, {"factor": 0.1}, (6, 8, 3), "float32", {"angle_degrees": [33.0]})
        c.add("wide-factor-big-angles", kv, {"factor": [-1.0, 1.0] if kv == 3 else 3.0, "fill_mode": "wrap"},
              (2, 6, 7, 1), "float32", {"angle_degrees": [-700.0, 1000.0]})
        c.add("training-off-5x5x1-uint8", kv, {"factor": 0.3}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    kv, t = case["keras"], case["transformation"]
    patches = []
    if t is not None and case["training"]:
        deg = np.asarray(t["angle_degrees"], np.float64)
        # K3 draws degrees; K2 draws radians (float32 of deg·(π/180), as the engine converts).
        values = [deg.astype(np.float32) if kv == 3 else (deg * (np.pi / 180.0)).astype(np.float32)]
        patches.append((k3_random, "uniform", Draws(values)) if kv == 3 else (layer._random_generator, "random_uniform", Draws(values)))
    spy = Spy(k3_image.affine_transform, "transform", 1) if kv == 3 else Spy(k2_image.transform, "transforms", 1)
    target = (k3_image, "affine_transform") if kv == 3 else (k2_image, "transform")
    y = call_with_draws(case, layer, x, patches, [(*target, spy)])
    record = {"output": y}
    if spy.seen:
        record["matrices"] = encode(np.asarray(spy.seen[0], np.float32).reshape(-1, 8))
    return record


# Invalid (and surprising but valid) configurations: Keras's message, or the range it keeps.
CONFIGS = [
    (3, {"factor": 2}),
    (3, {"factor": 1.5}),
    (3, {"factor": [0.1, 0.2, 0.3]}),
    (3, {"factor": "a"}),
    (3, {"factor": [2, 3]}),
    (3, {"factor": [-3, -2]}),
    (3, {"factor": 0.1, "fill_mode": "mirror"}),
    (3, {"factor": 0.1, "interpolation": "bicubic"}),
    (3, {"factor": 0.1, "data_format": "nchw"}),
    (3, {}),
    (3, {"factor": 0.1, "foo": 1}),
    (3, {"factor": 0.3}),
    (3, {"factor": -0.3}),
    (3, {"factor": [0.5, -0.25]}),
    (3, {"factor": [-3, 0.5]}),
    (3, {"factor": []}),
    (3, {"factor": None}),
    (3, {"factor": 0}),
    (2, {"factor": -0.1}),
    (2, {"factor": [0.3, 0.1]}),
    (2, {"factor": 0.1, "fill_mode": "mirror"}),
    (2, {"factor": 0.1, "interpolation": "x"}),
    (2, {}),
    (2, {"factor": 0.1, "foo": 1}),
    (2, {"factor": 0.3}),
    (2, {"factor": 3}),
    (2, {"factor": [0.1, 0.2, 0.3]}),
    (2, {"factor": [-0.5, 0.25]}),
]


def accepted(kv, layer):
    # The [lower, upper] factor range Keras keeps, in turns, as the angles it can draw.
    lower, upper = (float(v) for v in (layer.factor if kv == 3 else (layer.lower, layer.upper)))
    return {"draw_range": {"angle_degrees": [lower * 360.0, upper * 360.0]}}


def samples():
    out = {}
    for factor in (0.2, [-0.1, 0.3]):
        config = {"factor": factor}
        layer = keras.layers.RandomRotation(**config, seed=1234)
        angles = layer.get_random_transformation(np.zeros((N_SAMPLES, 1, 1, 1), np.float32), training=True)["angle"]
        out[f"k3/RandomRotation/{factor}"] = sample_dump(3, LAYER, config, {"angle_degrees": ("continuous", angles)}, image=(1, 1, 1))

        layer = tf_keras.layers.RandomRotation(**config, seed=1234)
        patch, seen = record_calls(layer._random_generator, "random_uniform")
        with patch:
            layer(np.zeros((N_SAMPLES, 2, 2, 1), np.float32), training=True)
        # K2 draws radians; describeSample speaks degrees.
        degrees = np.asarray(seen[0], np.float64) * (180.0 / np.pi)
        out[f"k2/RandomRotation/{factor}"] = sample_dump(2, LAYER, config, {"angle_degrees": ("continuous", degrees)}, image=(2, 2, 1))
    return out
