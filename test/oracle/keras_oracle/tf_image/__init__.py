"""What the tf.image function modules (layers/tf_image_*.py) share. TF functions do not depend on
the Keras version, so their cases are recorded under Keras 3 (`KV`). The engine calls a function
once per image, as a map function before `.batch()` does; a case is one TF call on its input
(rank 3, or rank 4 for TF's batched path) or, with `per_image=True`, one TF call per image of a
rank-4 input (what the engine does with a batch), the results stacked. Random draws are stated by
patching the op the function calls (`random_ops.random_uniform` or
`stateless_random_ops.stateless_random_uniform`) with the values the case states, call by call."""
import re

import numpy as np
import tensorflow as tf
from tensorflow.python.ops import random_ops, stateless_random_ops

from ..common import N_SAMPLES, CaseList, Draws, call_with_draws, record_calls, sample_dump

KV = 3
F32 = np.float32

# (shape, dtype, input_high): one image of each kind: odd/even/non-square, a 1xN row, 1/3/4
# channels, uint8 and float in [0, 255) and [0, 1).
SINGLE = [
    ((5, 5, 1), "uint8", None),
    ((6, 8, 3), "float32", 255.0),
    ((7, 4, 4), "float32", 1.0),
    ((1, 9, 3), "uint8", None),
]
# The colour functions take 3 channels only.
SINGLE_RGB = [
    ((5, 5, 3), "uint8", None),
    ((6, 8, 3), "float32", 255.0),
    ((7, 4, 3), "float32", 1.0),
    ((1, 9, 3), "uint8", None),
]
BATCH = ((3, 6, 5, 3), "float32", 255.0)
BATCH_UINT8 = ((2, 5, 7, 3), "uint8", None)


def function(layer):
    """"tf.image.random_flip_left_right" → tf.image.random_flip_left_right."""
    return getattr(tf.image, layer.split(".", 2)[2])


def size_name(shape, dtype, high=None):
    unit = "" if dtype != "float32" else ("-unit" if high == 1.0 else "-255")
    return f"{'x'.join(map(str, shape))}-{dtype}{unit}"


def extra(dtype, high):
    return {"input_high": high} if dtype == "float32" and high is not None else {}


def builder(layer, configs=(), probe_shape=(8, 8, 3), probe_dtype=tf.float32):
    """A module's build(kv, config): the function with its arguments bound. For the module's
    `configs` (its CONFIGS: generate.py records what TF raises for them) it first calls the
    function on a probe image, so that a configuration TF rejects raises here; cases are left to
    fail as they run."""
    fn = function(layer)

    def build(kv, config):
        if (kv, config) not in configs:
            return lambda x: fn(x, **config)
        try:
            fn(tf.zeros(probe_shape, probe_dtype), **config)
        except tf.errors.OpError as e:
            # The op's own message, as run_calls records it (the exception keeps TF's class name).
            raise type(type(e).__name__, (Exception,), {})(error_message(e)) from None
        return lambda x: fn(x, **config)

    return build


def stateless(layer):
    return layer.split(".", 2)[2].startswith("stateless_")


def draw_target(layer):
    return (stateless_random_ops, "stateless_random_uniform") if stateless(layer) else (random_ops, "random_uniform")


def call_once(case, fn, x, draws, dtype=tf.float32):
    """One TF call with each of `draws` returned by the random op in turn (none: unpatched)."""
    patches = [(*draw_target(case["layer"]), Draws(draws, dtype))] if draws else []
    return call_with_draws(case, lambda image, training=True: fn(image), tf.constant(x), patches)


def run_calls(case, fn, x, draws_for, dtype=tf.float32):
    """{"output": ...}: one call, or one per image (`per_image`), `draws_for(i)` stating call i's
    draws; a TF error becomes {"call_error": {type, message}} (the engine raises the same)."""
    try:
        if case.get("per_image"):
            out = np.stack([np.asarray(call_once(case, fn, x[i], draws_for(i), dtype)) for i in range(x.shape[0])])
        else:
            out = np.asarray(call_once(case, fn, x, draws_for(0), dtype))
    except Exception as e:  # noqa: BLE001 - the message is the point
        return {"call_error": {"type": type(e).__name__, "message": error_message(e)}}
    return {"output": out}


def error_message(e):
    """TF's message without the eager wrapper's "{{function_node ...}} " prefix and " [Op:X] name: "
    suffix, lines joined by spaces (the engine's messages are one line)."""
    text = re.sub(r"^\{\{function_node [^}]*\}\}\s*", "", str(e))
    text = re.sub(r"\s*\[Op:[^\]]*\](\s*name:.*)?$", "", text, flags=re.S)
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def run_plain(case, layer, x):
    """run() of a function that draws nothing."""
    return run_calls(case, layer, x, lambda i: [])


def add_sizes(c, name, config, sizes=SINGLE, transformation=None, **extra_fields):
    for shape, dtype, high in sizes:
        c.add(f"{name}-{size_name(shape, dtype, high)}", KV, config, shape, dtype, transformation, **extra(dtype, high), **extra_fields)


def recorded_draws(layer, config, image_shape=(2, 2, 3), calls=N_SAMPLES, dtype=tf.float32):
    """What the function's random op returned over `calls` calls on one image (TF's own sampler).
    The global seed makes the stateful ops' sequence, hence the dump, the same on every run; the
    stateless ones get seeds (k, 17)."""
    fn = function(layer)
    patch, seen = record_calls(*draw_target(layer))
    x = tf.zeros(image_shape, dtype)
    tf.random.set_seed(1234)
    extra_args = {"seed": (1, 2)} if stateless(layer) else {}
    with patch:
        for k in range(calls):
            if stateless(layer):
                extra_args["seed"] = (k, 17)
            fn(x, **config, **extra_args)
    return np.asarray(seen)


def dump(layer, config, params, image=(2, 2, 3), calls=N_SAMPLES):
    """sample_dump of `calls` single-image calls (batch 1 each), as the engine draws per image."""
    return sample_dump(KV, layer, config, params, image=image, batch=1, calls=calls)


__all__ = ["KV", "F32", "SINGLE", "SINGLE_RGB", "BATCH", "BATCH_UINT8", "CaseList", "function", "size_name", "extra", "builder",
           "run_calls", "run_plain", "add_sizes", "recorded_draws", "dump", "stateless"]
