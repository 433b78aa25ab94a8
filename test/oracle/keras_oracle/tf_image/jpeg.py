"""The JPEG quality triple: adjust_jpeg_quality at fixed qualities (both IDCTs) on uint8 and float
images of 1 and 3 channels whose sizes are not whole 8×8 or 16×16 blocks; random_ and
stateless_random_jpeg_quality with the quality stated (TF's int32 draw, patched). TF's op takes
one image, so batches are called image by image."""
import numpy as np
import tensorflow as tf

from . import KV, CaseList, builder, dump, recorded_draws, run_calls, size_name, stateless

SIZES = [
    ((5, 5, 1), "uint8", None),
    ((6, 8, 3), "float32", 1.0),
    ((17, 23, 3), "uint8", None),
    ((1, 9, 3), "uint8", None),
    ((7, 4, 3), "float32", 255.0),
]
BATCH = ((3, 9, 10, 3), "uint8", None)
NOT_1_OR_3 = ((4, 6, 4), "float32", 1.0)


def _add(c, name, config, size, transformation=None, **extra):
    shape, dtype, high = size
    c.add(f"{name}-{size_name(shape, dtype, high)}", KV, config, shape, dtype, transformation, **({"input_high": high} if high else {}), **extra)


def cases(layer):
    c = CaseList(layer)
    if layer.endswith("adjust_jpeg_quality"):
        for q in (5, 50, 95):
            for size in SIZES:
                _add(c, f"q{q}", {"jpeg_quality": q}, size)
        for size in SIZES[1:3]:
            _add(c, "q75-accurate", {"jpeg_quality": 75, "dct_method": "INTEGER_ACCURATE"}, size)
        _add(c, "q0", {"jpeg_quality": 0}, SIZES[2])
        _add(c, "q30-batch", {"jpeg_quality": 30}, BATCH, per_image=True)
        _add(c, "four-channels", {"jpeg_quality": 50}, NOT_1_OR_3)
        return c.items
    config = {"min_jpeg_quality": 10, "max_jpeg_quality": 90, **({"seed": [3, 4]} if stateless(layer) else {})}
    for size, q in zip(SIZES, (12, 89, 40, 65, 23)):
        _add(c, "drawn", config, size, {"jpeg_quality": [q]}, draws=[[q]])
    _add(c, "per-image", config, BATCH, {"jpeg_quality": [10, 55, 89]}, draws=[[10], [55], [89]], per_image=True)
    return c.items


def run(case, fn, x):
    if case["transformation"] is None:
        return run_calls(case, fn, x, lambda i: [])
    return run_calls(case, fn, x, lambda i: [np.int32(v) for v in case["draws"][i]], dtype=tf.int32)


def module(layer):
    seed = {"seed": [1, 2]} if stateless(layer) else {}
    if layer.endswith("adjust_jpeg_quality"):
        configs = [(KV, {"jpeg_quality": 1.5}), (KV, {"jpeg_quality": 101}), (KV, {"jpeg_quality": -1}), (KV, {"jpeg_quality": 50, "dct_method": "FOO"})]
    else:
        configs = [(KV, {"min_jpeg_quality": -1, "max_jpeg_quality": 50, **seed}), (KV, {"min_jpeg_quality": 10, "max_jpeg_quality": 101, **seed}),
                   (KV, {"min_jpeg_quality": 60, "max_jpeg_quality": 60, **seed})]
    parts = {"LAYER": layer, "cases": lambda: cases(layer), "run": run, "build": builder(layer, configs, probe_dtype=tf.uint8), "CONFIGS": configs}
    if not layer.endswith("adjust_jpeg_quality"):
        config = {"min_jpeg_quality": 20, "max_jpeg_quality": 80}
        parts["samples"] = lambda: {
            f"{layer}/{config}": dump(layer, {**config, **seed}, {"jpeg_quality": ("integer", recorded_draws(layer, config, dtype=tf.uint8, calls=1000).reshape(-1), (20, 79))}, calls=1000)
        }
    return parts
