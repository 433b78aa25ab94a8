"""random_crop and stateless_random_crop: the stated offsets go to TF as its int32 draw (one
value per axis, already below each limit, so the modulo keeps them)."""
import numpy as np
import tensorflow as tf

from . import KV, CaseList, builder, dump, recorded_draws, run_calls, size_name, stateless

# (shape, dtype, high, size, offsets [top, left, channel])
SETUPS = [
    ((5, 5, 1), "uint8", None, [3, 2, 1], [2, 1, 0]),
    ((6, 8, 3), "float32", 255.0, [4, 5, 3], [1, 3, 0]),
    ((7, 4, 4), "float32", 1.0, [7, 1, 2], [0, 3, 2]),
    ((1, 9, 3), "uint8", None, [1, 9, 3], [0, 0, 0]),
    ((6, 8, 3), "float32", 1.0, [2, 2, 1], [4, 6, 1]),
]


def extra_config(layer):
    return {"seed": [7, 8]} if stateless(layer) else {}


def cases(layer):
    c = CaseList(layer)
    for shape, dtype, high, size, (top, left, channel) in SETUPS:
        t = {"crop_top": [top], "crop_left": [left], **({"crop_channel": [channel]} if size[2] < shape[2] else {})}
        c.add(f"size{'x'.join(map(str, size))}-{size_name(shape, dtype, high)}", KV, {"size": size, **extra_config(layer)}, shape, dtype, t,
              draws=[[top, left, channel]], **({"input_high": high} if high else {}))
    c.add("per-image-2x5x7x3-uint8", KV, {"size": [3, 4, 3], **extra_config(layer)}, (2, 5, 7, 3), "uint8",
          {"crop_top": [2, 0], "crop_left": [1, 3]}, draws=[[2, 1, 0], [0, 3, 0]], per_image=True)
    c.add("too-large-4x4x3-float32", KV, {"size": [5, 4, 3], **extra_config(layer)}, (4, 4, 3), "float32",
          {"crop_top": [0], "crop_left": [0]}, draws=[[0, 0, 0]], input_high=1.0)
    return c.items


def run(case, fn, x):
    return run_calls(case, fn, x, lambda i: [np.asarray(case["draws"][i], np.int32)], dtype=tf.int32)


def module(layer):
    configs = [(KV, {"size": s, **extra_config(layer)}) for s in ([2, 2], [2.5, 2, 3])]
    size = [5, 6, 3]
    limits = np.array([8 - 5 + 1, 9 - 6 + 1, 1])

    def samples():
        raw = recorded_draws(layer, {"size": size}, image_shape=(8, 9, 3), dtype=tf.float32).reshape(-1, 3) % limits
        return {f"{layer}/8x9x3": dump(layer, {"size": size, **extra_config(layer)},
                                       {"crop_top": ("integer", raw[:, 0], (0, 3)), "crop_left": ("integer", raw[:, 1], (0, 3))}, image=(8, 9, 3))}

    return {"LAYER": layer, "cases": lambda: cases(layer), "run": run, "build": builder(layer, configs), "CONFIGS": configs, "samples": samples}
