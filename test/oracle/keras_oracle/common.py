"""What every case module shares: array encoding, inputs, stated draws, spies, layer building,
case lists and sampler dumps. Importing it selects the TensorFlow backend for Keras 3."""
import base64
import os
import zlib
from contextlib import ExitStack
from unittest import mock

os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402
import tf_keras  # noqa: E402
# Keras 3's random ops on the TF backend: keras.random.* (hence every K3 layer's draw) lands here.
from keras.src.backend.tensorflow import random as k3_random  # noqa: E402,F401

# Same tolerance as the TS tests: |a - b| <= TOL, absolute.
TOL = 1e-4

_DTYPES = {"float32": "<f4", "int32": "<i4", "uint8": "u1", "bool": "u1"}


# ----------------------------------------------------------------------------- arrays

def encode(array):
    a = np.asarray(array)
    data = np.ascontiguousarray(a.astype(_DTYPES[str(a.dtype)]))
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": base64.b64encode(data.tobytes()).decode()}


def decode(obj):
    a = np.frombuffer(base64.b64decode(obj["data"]), dtype=_DTYPES[obj["dtype"]]).reshape(obj["shape"])
    return a.astype(bool) if obj["dtype"] == "bool" else a


def make_input(shape, dtype, seed, high=1.0):
    """uint8 in [0, 255], int32 in [-1000, 1000), float32 in [0, high) (a case's `input_high`)."""
    rng = np.random.default_rng(seed)
    if dtype == "uint8":
        return rng.integers(0, 256, size=shape, dtype=np.uint8)
    if dtype == "int32":
        return rng.integers(-1000, 1000, size=shape, dtype=np.int32)
    return rng.uniform(0.0, high, size=shape).astype(np.float32)


# ----------------------------------------------------------------------------- layers and cases

def keras_module(kv):
    return keras if kv == 3 else tf_keras


def build(layer, kv, config):
    return getattr(keras_module(kv).layers, layer)(**config)


class CaseList:
    """The cases of one layer. Input seeds come from the case name unless `first_seed` ({kv: seed})
    numbers them in order (kept by the first layers so their references did not change)."""

    def __init__(self, layer, first_seed=None):
        self.layer, self.first_seed, self.items = layer, first_seed, []

    def add(self, name, kv, config, shape, dtype, transformation=None, training=True, **extra):
        full = f"k{kv}/{self.layer}/{name}"
        if self.first_seed:
            seed = self.first_seed[kv] + sum(1 for c in self.items if c["keras"] == kv)
        else:
            seed = zlib.crc32(full.encode()) % (2**31)
        if any(c["name"] == full for c in self.items):
            raise ValueError(f"duplicate case name {full}")
        self.items.append({
            "name": full, "layer": self.layer, "keras": kv, "config": config, "shape": list(shape), "dtype": dtype,
            "transformation": transformation, "training": training, "seed": seed, **extra,
        })


def call_error(layer, x):
    """For a configuration Keras accepts but fails on when called: {"call_error": {type, message}} (else {})."""
    try:
        layer(x)
    except Exception as e:  # noqa: BLE001 - the message is the point
        # Keras 3 wraps call errors: "Exception encountered when calling X.call().\n\n\x1b[1m<message>\x1b[0m ...".
        message = str(e)
        if "\x1b[1m" in message:
            message = message.split("\x1b[1m", 1)[1].split("\x1b[0m", 1)[0]
        return {"call_error": {"type": type(e).__name__, "message": message}}
    return {}


# ----------------------------------------------------------------------------- stated draws

class Draws:
    """Replaces one random op with stated values, in call order, and counts the calls."""

    def __init__(self, values, dtype=tf.float32):
        self.values = list(values)
        self.dtype = dtype
        self.calls = 0

    def __call__(self, *args, shape=None, **kwargs):
        if shape is None:
            shape = args[0]
        if self.calls >= len(self.values):
            raise RuntimeError(f"the layer drew more than the {len(self.values)} stated values")
        value = self.values[self.calls]
        self.calls += 1
        return tf.reshape(tf.constant(value, self.dtype), shape)


class Spy:
    """Wraps a function, recording one argument (by keyword, else by position) of each call."""

    def __init__(self, fn, arg, position):
        self.fn, self.arg, self.position, self.seen = fn, arg, position, []

    def __call__(self, *args, **kwargs):
        self.seen.append(np.asarray(kwargs[self.arg] if self.arg in kwargs else args[self.position]))
        return self.fn(*args, **kwargs)


def call_with_draws(case, layer, x, patches=(), spies=()):
    """Calls the layer as a user would, with random ops patched to stated Draws.

    patches: (object, attribute, Draws); spies: (object, attribute, Spy). Fails unless every
    stated value was drawn (so a draw-order change in Keras shows up here, not as a wrong output).
    """
    with ExitStack() as stack:
        for obj, attr, replacement in list(patches) + list(spies):
            stack.enter_context(mock.patch.object(obj, attr, replacement))
        y = layer(x, training=case["training"])
    for _, _, draws in patches:
        if draws.calls != len(draws.values):
            raise RuntimeError(f"{case['name']}: the layer drew {draws.calls} times, expected {len(draws.values)}")
    return y


def record_calls(obj, attr):
    """A patch that records what the real function returned, for sampler dumps."""
    real = getattr(obj, attr)
    seen = []

    def record(*args, **kwargs):
        value = real(*args, **kwargs)
        seen.append(np.asarray(value))
        return value

    return mock.patch.object(obj, attr, record), seen


# ----------------------------------------------------------------------------- sampler dumps

N_SAMPLES = 4000
# Layers that draw once per call are sampled call by call, which is slow in Keras: fewer draws.
N_CALLS = 1000


def sample_dump(kv, layer, config, params, image=(4, 4, 1), batch=None, calls=1):
    """Parameters Keras's own sampler drew, for the distribution tests.

    params: {describeSample key: (kind, values) or (kind, values, (low, high))}, kind "continuous" (two-sample KS), "integer"
    (whole numbers with many values, e.g. crop offsets: KS too) or "discrete" (coins, choices:
    proportions of each value, and of each combination of the discrete keys). Keras drew them in
    `calls` calls of `batch` images of size `image` (height, width, channels); the test draws ours alike.
    (low, high), when given, is the parameter's support by construction, which the test checks ours
    against instead of the range of Keras's draws (for long tails that few draws reach).
    """
    out = {}
    for name, (kind, values, *support) in params.items():
        values = np.asarray(values)
        if kind == "continuous":
            values = values.astype(np.float32)
        elif kind in ("discrete", "integer"):
            values = values.astype(np.int32)
        else:
            raise ValueError(f"unknown kind {kind}")
        out[name] = {"kind": kind, "values": encode(values.reshape(-1))}
        if support:
            out[name]["support"] = [float(v) for v in support[0]]
    sizes = {v["values"]["shape"][0] for v in out.values()}
    batch = batch if batch is not None else next(iter(sizes)) // calls
    if sizes != {batch * calls}:
        raise ValueError(f"{layer}: {sizes} values for {calls} calls of {batch}")
    return {"keras": kv, "layer": layer, "config": config, "image": list(image), "batch": batch, "calls": calls, "params": out}



# ----------------------------------------------------------------------------- geometric layers

# (shape, dtype): odd/even/non-square, 1/3/4 channels, uint8 and float, a 1xN row.
GEOMETRY_SIZES = [
    ((3, 5, 5, 1), "uint8"),
    ((3, 6, 8, 3), "float32"),
    ((3, 7, 4, 4), "float32"),
    ((3, 1, 9, 3), "uint8"),
]
FILL_MODES = ["reflect", "wrap", "constant", "nearest"]
INTERPOLATIONS = ["bilinear", "nearest"]


def size_name(shape, dtype):
    return f"{'x'.join(map(str, shape[1:]))}-{dtype}"


def fill_config(fill, dtype):
    """fill_mode, plus a fill_value visible against the input's range when the mode is constant."""
    return {"fill_mode": fill, **({"fill_value": 77.0 if dtype == "uint8" else 0.25} if fill == "constant" else {})}


def random_op(kv, layer):
    """Where a layer's uniform draws come from: K3 keras.random on TF, K2 the layer's generator."""
    return (k3_random, "uniform") if kv == 3 else (layer._random_generator, "random_uniform")


def per_image(values):
    """A (B, 1) float32 draw for stated per-image values."""
    return np.asarray(values, np.float32).reshape(-1, 1)


def record_draws(layer, kv, x, calls=1):
    """Calls the layer in training `calls` times, returning every uniform draw it made, in order."""
    patch, seen = record_calls(*random_op(kv, layer))
    with patch:
        for _ in range(calls):
            layer(x, training=True)
    return seen
