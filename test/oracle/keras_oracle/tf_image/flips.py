"""The flip family: flip_left_right / flip_up_down (always) and random_ / stateless_random_ flips.
A single image flips when TF's draw u < 0.5 (stated as u = 0 or 0.75); a batch, TF's batched path,
flips image i where round(u_i) is 1 (stated as 1 or 0), and per-image calls draw one u each."""
import numpy as np

from . import BATCH, BATCH_UINT8, KV, SINGLE, CaseList, add_sizes, builder, dump, recorded_draws, run_calls, size_name


def key(layer):
    return "flip_horizontal" if layer.endswith("left_right") else "flip_vertical"


def is_random(layer):
    return "random_" in layer


def config(layer):
    return {"seed": [3, 4]} if layer.split(".")[-1].startswith("stateless_") else {}


def cases(layer):
    c = CaseList(layer)
    k, conf = key(layer), config(layer)
    if not is_random(layer):
        add_sizes(c, "flip", conf)
        for shape, dtype, high in (BATCH, BATCH_UINT8):
            c.add(f"batch-{size_name(shape, dtype, high)}", KV, conf, shape, dtype, input_high=high)
        return c.items
    for flipped in (True, False):
        add_sizes(c, "flipped" if flipped else "kept", conf, transformation={k: [flipped]})
    shape, dtype, high = BATCH
    c.add(f"batch-{size_name(shape, dtype, high)}", KV, conf, shape, dtype, {k: [True, False, True]}, input_high=high)
    shape, dtype, high = BATCH_UINT8
    c.add(f"per-image-{size_name(shape, dtype, high)}", KV, conf, shape, dtype, {k: [False, True]}, per_image=True)
    return c.items


def run(case, layer_fn, x):
    t = case["transformation"]
    if t is None:
        return run_calls(case, layer_fn, x, lambda i: [])
    flags = t[key(case["layer"])]
    if len(case["shape"]) == 4 and not case.get("per_image"):
        return run_calls(case, layer_fn, x, lambda i: [[1.0 if f else 0.0 for f in flags]])
    return run_calls(case, layer_fn, x, lambda i: [0.0 if flags[i] else 0.75])


def samples(layer):
    u = recorded_draws(layer, {}).reshape(-1)
    return {f"{layer}/one-image": dump(layer, config(layer), {key(layer): ("discrete", u < 0.5)})}


def module(layer):
    """The attributes of a case module for `layer`."""
    parts = {"LAYER": layer, "cases": lambda: cases(layer), "run": run, "build": builder(layer)}
    if is_random(layer):
        parts["samples"] = lambda: samples(layer)
    return parts
