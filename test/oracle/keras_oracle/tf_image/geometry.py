"""Cases of the functions that only move, crop, pad or resize pixels (nothing random): every size
of SINGLE, a float batch and a uint8 batch, per configuration; configurations TF rejects."""
from . import BATCH, BATCH_UINT8, KV, SINGLE, CaseList, add_sizes, builder, run_plain, size_name


def cases(layer, configs, sizes=SINGLE, batches=(BATCH, BATCH_UINT8)):
    """configs: [(name, config)], each run on `sizes` and on the batches."""
    c = CaseList(layer)
    for name, config in configs:
        add_sizes(c, name, config, sizes)
        for shape, dtype, high in batches:
            c.add(f"{name}-batch-{size_name(shape, dtype, high)}", KV, config, shape, dtype, **({"input_high": high} if high else {}))
    return c.items


def module(layer, configs, rejected=(), sizes=SINGLE, batches=(BATCH, BATCH_UINT8), probe_shape=(8, 8, 3)):
    """The attributes of a case module: `rejected` configurations become CONFIGS (TF's error)."""
    checked = [(KV, config) for config in rejected]
    return {
        "LAYER": layer,
        "cases": lambda: cases(layer, configs, sizes, batches),
        "run": run_plain,
        "build": builder(layer, checked, probe_shape),
        "CONFIGS": checked,
    }
