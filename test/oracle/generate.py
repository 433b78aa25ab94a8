#!/usr/bin/env python3
"""Reference outputs from real Keras for the engine's oracle tests.

Keras 3 runs on the TensorFlow backend; Keras 2 is tf_keras. Random draws are replaced by stated
values by patching the random op each layer calls (so the layer's own code builds the
transformation, draws once per call, and applies it through the real TF kernel), then the layer is
called as a user would call it.

    python3 test/oracle/generate.py            # (re)writes test/oracle/refs/
    python3 test/oracle/generate.py --out DIR  # writes elsewhere
    python3 test/oracle/generate.py --verify   # regenerates into a temp dir, compares with refs/

Reference format (test/oracle/refs/README.md): JSON; arrays are {"dtype", "shape", "data"} with
"data" the little-endian bytes in base64.
"""
import argparse
import base64
import json
import os
import sys
import tempfile
from contextlib import ExitStack
from unittest import mock

os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
import tf_keras  # noqa: E402
from keras.src.backend.tensorflow import image as k3_image  # noqa: E402
from keras.src.backend.tensorflow import random as k3_random  # noqa: E402
from tensorflow.python.ops import stateless_random_ops  # noqa: E402
from tf_keras.src.layers.preprocessing import image_preprocessing as k2_image  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REFS = os.path.join(HERE, "refs")
# Same tolerance as the TS tests: |a - b| <= TOL, absolute.
TOL = 1e-4


# ----------------------------------------------------------------------------- encoding

def encode(array):
    a = np.asarray(array)
    dtype = {"float32": "<f4", "int32": "<i4", "uint8": "u1", "bool": "u1"}[str(a.dtype)]
    data = np.ascontiguousarray(a.astype(dtype))
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": base64.b64encode(data.tobytes()).decode()}


def decode(obj):
    dtype = {"float32": "<f4", "int32": "<i4", "uint8": "u1", "bool": "u1"}[obj["dtype"]]
    a = np.frombuffer(base64.b64decode(obj["data"]), dtype=dtype).reshape(obj["shape"])
    return a.astype(bool) if obj["dtype"] == "bool" else a


def make_input(shape, dtype, seed):
    rng = np.random.default_rng(seed)
    if dtype == "uint8":
        return rng.integers(0, 256, size=shape, dtype=np.uint8)
    if dtype == "int32":
        return rng.integers(-1000, 1000, size=shape, dtype=np.int32)
    return rng.uniform(0.0, 1.0, size=shape).astype(np.float32)


# ----------------------------------------------------------------------------- stated draws

class Draws:
    """Replaces one random op with stated values, in call order, and counts the calls."""

    def __init__(self, values):
        self.values = list(values)
        self.calls = 0

    def __call__(self, *args, shape=None, **kwargs):
        if shape is None:
            shape = args[0]
        value = self.values[self.calls]
        self.calls += 1
        return tf.reshape(tf.constant(value, tf.float32), shape)


class Spy:
    """Wraps a function, recording one argument (by keyword, else by position) of each call."""

    def __init__(self, fn, arg, position):
        self.fn, self.arg, self.position, self.seen = fn, arg, position, []

    def __call__(self, *args, **kwargs):
        self.seen.append(np.asarray(kwargs[self.arg] if self.arg in kwargs else args[self.position]))
        return self.fn(*args, **kwargs)


def build(layer, keras_version, config):
    module = keras if keras_version == 3 else tf_keras
    return getattr(module.layers, layer)(**config)


def run_case(case):
    """Calls the layer on the case's input with its stated transformation; returns outputs to record."""
    layer_name, kv, config = case["layer"], case["keras"], case["config"]
    x = make_input(case["shape"], case["dtype"], case["seed"])
    t = case.get("transformation")
    layer = build(layer_name, kv, config)
    batched = len(case["shape"]) == 4
    record = {}
    with ExitStack() as stack:
        draws = None
        if t is not None and case["training"]:
            draws = Draws(stated_draws(layer_name, kv, config, t, batched, case["shape"][0] if batched else 1))
            if kv == 3:
                stack.enter_context(mock.patch.object(k3_random, "uniform", draws))
            elif layer_name == "RandomFlip":
                stack.enter_context(mock.patch.object(stateless_random_ops, "stateless_random_uniform", draws))
            else:
                stack.enter_context(mock.patch.object(layer._random_generator, "random_uniform", draws))
        spy = None
        if layer_name == "RandomRotation":
            if kv == 3:
                spy = Spy(k3_image.affine_transform, "transform", 1)
                stack.enter_context(mock.patch.object(k3_image, "affine_transform", spy))
            else:
                spy = Spy(k2_image.transform, "transforms", 1)
                stack.enter_context(mock.patch.object(k2_image, "transform", spy))
        y = layer(x, training=case["training"])
        if draws is not None and draws.calls != len(draws.values):
            raise RuntimeError(f"{case['name']}: the layer drew {draws.calls} times, expected {len(draws.values)}")
        if spy is not None and spy.seen:
            record["matrices"] = encode(np.asarray(spy.seen[0], np.float32).reshape(-1, 8))
    y = np.asarray(y)
    if y.dtype != np.float32:
        raise RuntimeError(f"{case['name']}: Keras returned {y.dtype}")
    record.update({"input": encode(x), "output": encode(y)})
    return record


def stated_draws(layer, kv, config, t, batched, batch):
    """The values each random-op call must return so the layer draws transformation `t`."""
    if layer == "RandomRotation":
        deg = np.asarray(t["angle_degrees"], np.float64)
        # K3 draws degrees; K2 draws radians (float32 of deg·(π/180), as the engine converts).
        return [deg.astype(np.float32) if kv == 3 else (deg * (np.pi / 180.0)).astype(np.float32)]
    mode = config.get("mode", "horizontal_and_vertical")
    if mode not in ("horizontal", "vertical", "horizontal_and_vertical"):
        return [[0.0] * batch]  # K3 still draws its coins for an unknown mode, then flips nothing
    if kv == 3:
        # flips = uniform(...) <= 0.5, one coin per image shared by both axes.
        coins = t["flip_horizontal"] if mode != "vertical" else t["flip_vertical"]
        return [[0.0 if c else 1.0 for c in coins]]
    # K2 tf.image.stateless_random_flip_*: batched flips when round(u) == 1, unbatched when u < 0.5.
    on, off = (1.0, 0.0) if batched else (0.0, 1.0)
    axes = {"horizontal": ["flip_horizontal"], "vertical": ["flip_vertical"]}.get(mode, ["flip_horizontal", "flip_vertical"])
    values = [[on if c else off for c in t[axis]] for axis in axes]
    return values if batched else [v[0] for v in values]


# ----------------------------------------------------------------------------- cases

SIZES = [  # (shape, dtype): odd/even/non-square, 1/3/4 channels, uint8 and float
    ((3, 5, 5, 1), "uint8"),
    ((3, 6, 8, 3), "float32"),
    ((3, 7, 4, 4), "float32"),
    ((3, 1, 9, 3), "uint8"),
]
ANGLES = [[30.0, -45.0, 200.0], [90.0, 12.5, -170.0], [180.0, -90.0, 7.25], [90.0, 45.0, -135.0]]
FILL_MODES = ["reflect", "wrap", "constant", "nearest"]


def cases():
    out = []

    def add(name, layer, kv, config, shape, dtype, transformation=None, training=True, seed=None):
        out.append({
            "name": f"k{kv}/{layer}/{name}", "layer": layer, "keras": kv, "config": config, "shape": list(shape),
            "dtype": dtype, "transformation": transformation, "training": training,
            "seed": seed if seed is not None else len(out) + 1,
        })

    for kv in (3, 2):
        # RandomFlip: every mode, batches with different coins per image, one unbatched image.
        hv = {"flip_horizontal": [True, False, True, False], "flip_vertical": [True, False, True, False] if kv == 3 else [True, True, False, False]}
        add("horizontal-6x8x3", "RandomFlip", kv, {"mode": "horizontal"}, (4, 6, 8, 3), "float32", {"flip_horizontal": [True, False, True, False]})
        add("vertical-5x5x1-uint8", "RandomFlip", kv, {"mode": "vertical"}, (3, 5, 5, 1), "uint8", {"flip_vertical": [False, True, True]})
        add("both-7x4x4", "RandomFlip", kv, {"mode": "horizontal_and_vertical"}, (4, 7, 4, 4), "float32", hv)
        add("default-mode-1x9x3-uint8", "RandomFlip", kv, {}, (4, 1, 9, 3), "uint8", hv)
        add("unbatched-6x8x3", "RandomFlip", kv, {}, (6, 8, 3), "float32", {"flip_horizontal": [True], "flip_vertical": [True if kv == 3 else False]})
        add("training-off-5x5x1", "RandomFlip", kv, {}, (2, 5, 5, 1), "float32", training=False)
        if kv == 3:
            # Keras 3 does not validate `mode`; an unknown one draws its coins and flips nothing.
            add("unknown-mode-is-identity", "RandomFlip", kv, {"mode": "diagonal"}, (2, 3, 4, 1), "float32", {})

        # RandomRotation: all fill modes x both interpolations on each size, per-image angles.
        for (shape, dtype), angles in zip(SIZES, ANGLES):
            for fill in FILL_MODES:
                for interp in ("bilinear", "nearest"):
                    config = {"factor": 0.5, "fill_mode": fill, "interpolation": interp}
                    if fill == "constant":
                        config["fill_value"] = 77.0 if dtype == "uint8" else 0.25
                    size = "x".join(map(str, shape[1:]))
                    add(f"{fill}-{interp}-{size}-{dtype}", "RandomRotation", kv, config, shape, dtype, {"angle_degrees": angles})
        # Quarter turns of a 5x6 image put coordinates on .5: nearest's round-half-away-from-zero.
        for fill in FILL_MODES:
            config = {"factor": 0.25, "fill_mode": fill, "interpolation": "nearest", "fill_value": -1.0}
            add(f"ties-{fill}-nearest-5x6x1", "RandomRotation", kv, config, (3, 5, 6, 1), "float32", {"angle_degrees": [90.0, -90.0, 270.0]})
        add("unbatched-6x8x3", "RandomRotation", kv, {"factor": 0.1}, (6, 8, 3), "float32", {"angle_degrees": [33.0]})
        add("wide-factor-big-angles", "RandomRotation", kv, {"factor": [-1.0, 1.0] if kv == 3 else 3.0, "fill_mode": "wrap"},
            (2, 6, 7, 1), "float32", {"angle_degrees": [-700.0, 1000.0]})
        add("training-off-5x5x1-uint8", "RandomRotation", kv, {"factor": 0.3}, (2, 5, 5, 1), "uint8", training=False)

        # Rescaling: scalar and per-channel scale/offset, integer and float inputs, training on and off.
        add("inv255-6x8x3-uint8", "Rescaling", kv, {"scale": 1 / 255}, (2, 6, 8, 3), "uint8")
        add("minus1to1-unbatched-5x5x1-uint8", "Rescaling", kv, {"scale": 1 / 127.5, "offset": -1.0}, (5, 5, 1), "uint8")
        add("per-channel-7x4x3", "Rescaling", kv, {"scale": [0.5, 2.0, -1.0], "offset": [0.0, 1.0, 2.5]}, (3, 7, 4, 3), "float32")
        add("training-off-1x9x4", "Rescaling", kv, {"scale": 2.5, "offset": 0.25}, (3, 1, 9, 4), "float32", training=False)
        add("int32-6x8x1", "Rescaling", kv, {"scale": 0.1, "offset": 3.0}, (2, 6, 8, 1), "int32")
    return out


# Invalid (and surprising but valid) configurations: Keras's message, or the range it keeps.
CONFIGS = [
    (3, "RandomRotation", {"factor": 2}),
    (3, "RandomRotation", {"factor": 1.5}),
    (3, "RandomRotation", {"factor": [0.1, 0.2, 0.3]}),
    (3, "RandomRotation", {"factor": "a"}),
    (3, "RandomRotation", {"factor": [2, 3]}),
    (3, "RandomRotation", {"factor": [-3, -2]}),
    (3, "RandomRotation", {"factor": 0.1, "fill_mode": "mirror"}),
    (3, "RandomRotation", {"factor": 0.1, "interpolation": "bicubic"}),
    (3, "RandomRotation", {"factor": 0.1, "data_format": "nchw"}),
    (3, "RandomRotation", {}),
    (3, "RandomRotation", {"factor": 0.1, "foo": 1}),
    (3, "RandomFlip", {"mode": "horizontal", "bar": "x"}),
    (3, "Rescaling", {}),
    (3, "RandomFlip", {"mode": "diagonal"}),
    (3, "RandomRotation", {"factor": 0.3}),
    (3, "RandomRotation", {"factor": -0.3}),
    (3, "RandomRotation", {"factor": [0.5, -0.25]}),
    (3, "RandomRotation", {"factor": [-3, 0.5]}),
    (3, "RandomRotation", {"factor": []}),
    (3, "RandomRotation", {"factor": None}),
    (3, "RandomRotation", {"factor": 0}),
    (2, "RandomRotation", {"factor": -0.1}),
    (2, "RandomRotation", {"factor": [0.3, 0.1]}),
    (2, "RandomRotation", {"factor": 0.1, "fill_mode": "mirror"}),
    (2, "RandomRotation", {"factor": 0.1, "interpolation": "x"}),
    (2, "RandomRotation", {}),
    (2, "RandomRotation", {"factor": 0.1, "foo": 1}),
    (2, "RandomFlip", {"mode": "diagonal"}),
    (2, "RandomFlip", {"mode": "diagonal", "name": "flippy"}),
    (2, "Rescaling", {}),
    (2, "RandomRotation", {"factor": 0.3}),
    (2, "RandomRotation", {"factor": 3}),
    (2, "RandomRotation", {"factor": [0.1, 0.2, 0.3]}),
    (2, "RandomRotation", {"factor": [-0.5, 0.25]}),
]


def config_results():
    out = []
    for kv, layer, config in CONFIGS:
        entry = {"keras": kv, "layer": layer, "config": config}
        # A fresh session so auto-generated layer names ("random_flip") carry no counter suffix.
        (keras if kv == 3 else tf_keras).backend.clear_session()
        try:
            built = build(layer, kv, config)
            entry["accepted"] = True
            if layer == "RandomRotation":
                # The [lower, upper] factor range Keras keeps, in turns.
                entry["factor_range"] = [float(v) for v in (built.factor if kv == 3 else (built.lower, built.upper))]
        except Exception as e:  # noqa: BLE001 - the message is the point
            entry["error"] = {"type": type(e).__name__, "message": str(e)}
        out.append(entry)
    return out


# ----------------------------------------------------------------------------- raw kernel

def kernel_cases():
    """tf.raw_ops.ImageProjectiveTransformV3 itself, on edge cases of its coordinate mapping."""
    out = []

    def add(name, images, transforms, interpolation, fill_mode, fill_value):
        y = tf.raw_ops.ImageProjectiveTransformV3(
            images=tf.constant(images, tf.float32), transforms=tf.constant(transforms, tf.float32),
            output_shape=tf.constant(images.shape[1:3], tf.int32), fill_value=tf.constant(fill_value, tf.float32),
            interpolation=interpolation.upper(), fill_mode=fill_mode.upper())
        out.append({"name": name, "interpolation": interpolation, "fill_mode": fill_mode, "fill_value": fill_value,
                    "images": encode(np.asarray(images, np.float32)),
                    "transforms": encode(np.asarray(transforms, np.float32)), "output": encode(np.asarray(y))})

    # A row 10, 20, 30, 40, 50 read at x + dx: nearest shows where each coordinate maps
    # (reflect/wrap examples of keras-layers.md §1.7, halves for round-half-away-from-zero).
    row = np.array([10, 20, 30, 40, 50], np.float32).reshape(1, 1, 5, 1)
    shifts = [-9, -7, -6, -5, -4, -3, -2, -1, -0.5, -0.25, 0.5, 1.5, 2.5, 3.5, 4.5, 5, 6, 7, 8, 11]
    for fill in FILL_MODES:
        for interp in ("nearest", "bilinear"):
            for dx in shifts:
                add(f"row5/{fill}/{interp}/dx={dx}", row, [[1, 0, dx, 0, 1, 0, 0, 0]], interp, fill, -1.0)
    # One-pixel-wide and one-pixel-high images: the len <= 1 branches.
    column = np.arange(1, 5, dtype=np.float32).reshape(1, 4, 1, 1)
    for fill in FILL_MODES:
        add(f"width1/{fill}", column, [[1, 0, -1.5, 0, 1, 0.75, 0, 0]], "bilinear", fill, -1.0)
        add(f"height1/{fill}", row, [[1, 0, 0.5, 0, 1, -2.0, 0, 0]], "bilinear", fill, -1.0)
    # Projective rows (c0, c1 != 0), per image and shared, including k == 0 at x = 2.
    rng = np.random.default_rng(99)
    images = rng.uniform(0, 255, size=(3, 6, 7, 2)).astype(np.float32)
    per_image = [[1.1, 0.2, -0.5, -0.1, 0.9, 0.3, 0.01, -0.02],
                 [0.7, -0.3, 1.5, 0.25, 1.2, -0.8, -0.5, 0.0],
                 [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.05, 0.05]]
    for fill in FILL_MODES:
        for interp in ("nearest", "bilinear"):
            add(f"projective-per-image/{fill}/{interp}", images, per_image, interp, fill, 12.5)
            add(f"shared-matrix/{fill}/{interp}", images, [[0.8, 0.3, 0.4, -0.2, 1.3, -0.6, 0, 0]], interp, fill, 12.5)
    return out


# ----------------------------------------------------------------------------- sampler dumps

N_SAMPLES = 4000


def sampler_dumps():
    """Parameters drawn by Keras's own samplers, for the distribution tests (KS / proportions)."""
    out = {}
    for factor in (0.2, [-0.1, 0.3]):
        layer = keras.layers.RandomRotation(factor, seed=1234)
        angles = layer.get_random_transformation(np.zeros((N_SAMPLES, 1, 1, 1), np.float32), training=True)["angle"]
        out[f"k3/RandomRotation/{json.dumps(factor)}"] = {
            "keras": 3, "layer": "RandomRotation", "config": {"factor": factor}, "unit": "degrees",
            "values": encode(np.asarray(angles, np.float32))}

        layer = tf_keras.layers.RandomRotation(factor, seed=1234)
        seen = []

        def record(*args, _fn=layer._random_generator.random_uniform, **kwargs):
            value = _fn(*args, **kwargs)
            seen.append(np.asarray(value))
            return value

        with mock.patch.object(layer._random_generator, "random_uniform", record):
            layer(np.zeros((N_SAMPLES, 2, 2, 1), np.float32), training=True)
        out[f"k2/RandomRotation/{json.dumps(factor)}"] = {
            "keras": 2, "layer": "RandomRotation", "config": {"factor": factor}, "unit": "radians",
            "values": encode(np.asarray(seen[0], np.float32))}

    layer = keras.layers.RandomFlip("horizontal_and_vertical", seed=1234)
    flips = layer.get_random_transformation(np.zeros((N_SAMPLES, 1, 1, 1), np.float32), training=True)["flips"]
    out["k3/RandomFlip/horizontal_and_vertical"] = {
        "keras": 3, "layer": "RandomFlip", "config": {"mode": "horizontal_and_vertical"},
        "coins": ["shared"], "values": encode(np.asarray(flips).reshape(1, N_SAMPLES))}

    layer = tf_keras.layers.RandomFlip("horizontal_and_vertical", seed=1234)
    seen = []
    real = stateless_random_ops.stateless_random_uniform

    def record_flip(*args, **kwargs):
        value = real(*args, **kwargs)
        seen.append(np.asarray(value))
        return value

    with mock.patch.object(stateless_random_ops, "stateless_random_uniform", record_flip):
        layer(np.zeros((N_SAMPLES, 1, 2, 1), np.float32), training=True)
    out["k2/RandomFlip/horizontal_and_vertical"] = {
        "keras": 2, "layer": "RandomFlip", "config": {"mode": "horizontal_and_vertical"},
        "coins": ["horizontal", "vertical"], "values": encode(np.round(np.stack(seen)).astype(bool))}
    return out


# ----------------------------------------------------------------------------- files

def generate(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    by_file = {}
    for case in cases():
        entry = {k: case[k] for k in ("name", "layer", "keras", "config", "transformation", "training")}
        entry.update(run_case(case))
        by_file.setdefault(f"{case['layer']}.k{case['keras']}.json", []).append(entry)
    files = {name: {"cases": entries} for name, entries in by_file.items()}
    files["configs.json"] = {"configs": config_results()}
    files["kernel.json"] = {"cases": kernel_cases()}
    files["samples.json"] = {"samples": sampler_dumps()}
    files["meta.json"] = {
        "generated_by": "test/oracle/generate.py",
        "keras": keras.__version__, "tf_keras": tf_keras.__version__, "tensorflow": tf.__version__,
        "numpy": np.__version__, "tolerance": TOL,
    }
    for name, content in files.items():
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(content, f, indent=1, sort_keys=True)
            f.write("\n")
    return sorted(files)


def close(a, b):
    a = np.asarray(a, np.float64)
    b = np.asarray(b, np.float64)
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= TOL))


def compare(ref, new, path, problems):
    """Walks two reference trees; arrays within TOL, everything else equal."""
    if isinstance(ref, dict) and {"dtype", "shape", "data"} <= ref.keys():
        if not isinstance(new, dict) or new.get("dtype") != ref["dtype"] or not close(decode(new), decode(ref)):
            problems.append(f"{path}: values drifted beyond {TOL}")
    elif isinstance(ref, dict) and isinstance(new, dict):
        for k in sorted(set(ref) | set(new)):
            if k in ("keras", "tf_keras", "tensorflow", "numpy") and path.endswith("meta.json"):
                continue
            if k not in ref or k not in new:
                problems.append(f"{path}/{k}: present on one side only")
            else:
                compare(ref[k], new[k], f"{path}/{k}", problems)
    elif isinstance(ref, list) and isinstance(new, list) and len(ref) == len(new):
        for i, (a, b) in enumerate(zip(ref, new)):
            compare(a, b, f"{path}[{i}]", problems)
    elif ref != new:
        problems.append(f"{path}: {json.dumps(ref)[:80]} != {json.dumps(new)[:80]}")


def verify():
    with tempfile.TemporaryDirectory() as tmp:
        names = generate(tmp)
        committed = sorted(f for f in os.listdir(REFS) if f.endswith(".json"))
        problems = [f"{f}: not generated any more" for f in committed if f not in names]
        for name in names:
            ref_path = os.path.join(REFS, name)
            if not os.path.exists(ref_path):
                problems.append(f"{name}: missing from {REFS}")
                continue
            with open(ref_path) as f:
                ref = json.load(f)
            with open(os.path.join(tmp, name)) as f:
                new = json.load(f)
            compare(ref, new, name, problems)
        with open(os.path.join(REFS, "meta.json")) as f:
            meta = json.load(f)
        versions = (keras.__version__, tf_keras.__version__, tf.__version__)
        if (meta["keras"], meta["tf_keras"], meta["tensorflow"]) != versions:
            print(f"note: refs were made with keras {meta['keras']}, tf_keras {meta['tf_keras']}, tensorflow "
                  f"{meta['tensorflow']}; this is {versions}", file=sys.stderr)
    for p in problems:
        print(f"oracle drift: {p}", file=sys.stderr)
    print(f"oracle:verify: {len(names)} files, {len(problems)} problems")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=REFS)
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args()
    if args.verify:
        return verify()
    names = generate(args.out)
    print(f"wrote {len(names)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
