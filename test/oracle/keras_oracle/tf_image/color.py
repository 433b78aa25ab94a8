"""The colour triples: adjust_x(image, v) at fixed values, random_x / stateless_random_x with the
value stated (one patched draw per TF call: a single image, a batch in one call, or a batch image
by image), TF's checks of the arguments, and sampler dumps of the value over single-image calls."""
from . import BATCH, BATCH_UINT8, KV, CaseList, add_sizes, builder, dump, recorded_draws, run_calls, size_name


def cases(layer, key, adjust_arg, values, sizes, config=None):
    """values: the adjust_ values, or for the random ones the stated draws (at least 3)."""
    c = CaseList(layer)
    adjust = layer.split(".")[-1].startswith("adjust_")
    if adjust:
        for v in values:
            add_sizes(c, f"{adjust_arg}{v}", {adjust_arg: v}, sizes)
            for shape, dtype, high in (BATCH, BATCH_UINT8):
                c.add(f"{adjust_arg}{v}-batch-{size_name(shape, dtype, high)}", KV, {adjust_arg: v}, shape, dtype, **({"input_high": high} if high else {}))
        return c.items
    for i, (shape, dtype, high) in enumerate(sizes):
        c.add(f"drawn-{size_name(shape, dtype, high)}", KV, config, shape, dtype, {key: [values[i % len(values)]]}, **({"input_high": high} if high else {}))
    shape, dtype, high = BATCH
    c.add(f"one-call-batch-{size_name(shape, dtype, high)}", KV, config, shape, dtype, {key: [values[0]] * shape[0]}, input_high=high)
    shape, dtype, high = BATCH_UINT8
    c.add(f"per-image-{size_name(shape, dtype, high)}", KV, config, shape, dtype, {key: values[1:1 + shape[0]]}, per_image=True)
    return c.items


def run(key):
    def run_case(case, fn, x):
        t = case["transformation"]
        if t is None:
            return run_calls(case, fn, x, lambda i: [])
        return run_calls(case, fn, x, lambda i: [t[key][i]])
    return run_case


def module(layer, key, adjust_arg, values, sizes, config=None, rejected=(), sample_configs=(), support=None):
    """The attributes of a case module. support(config) → (low, high) of the drawn value."""
    checked = [(KV, c) for c in rejected]
    parts = {
        "LAYER": layer,
        "cases": lambda: cases(layer, key, adjust_arg, values, sizes, config),
        "run": run(key),
        "build": builder(layer, checked),
        "CONFIGS": checked,
    }
    if sample_configs:
        parts["samples"] = lambda: {
            f"{layer}/{sc}": dump(layer, {**sc, **({"seed": [1, 2]} if "stateless" in layer else {})},
                                  {key: ("continuous", recorded_draws(layer, sc).reshape(-1), support(sc))})
            for sc in sample_configs
        }
    return parts
