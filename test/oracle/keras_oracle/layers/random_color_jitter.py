"""RandomColorJitter (K3): its sub-layers' draws in the fixed order brightness, contrast, saturation,
hue (hue: signs then magnitudes); all four and subsets, value_range (0, 255) and (0, 1), uint8
input (cast to float32 first), unbatched, training off."""
import keras
import numpy as np

from ..color import F32, brightness_delta, floats, hue_shift, run_with, saturation_factor, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomColorJitter"
ALL = {"brightness_factor": 0.2, "contrast_factor": 0.3, "saturation_factor": 0.5, "hue_factor": 0.2}


def stated(config, vr, n, draws):
    """The transformation and the draws (in Keras's order) for `n` images from per-part draws."""
    t, patches = {}, []
    if "brightness_factor" in config:
        u = draws["brightness"][:n]
        t["brightness_delta"] = floats(brightness_delta(u, vr))
        patches.append(np.asarray(u, F32).reshape(-1, 1, 1, 1))
    if "contrast_factor" in config:
        c = draws["contrast"][:n]
        t["contrast_factor"] = floats(c)
        patches.append(np.asarray(c, F32).reshape(-1, 1, 1, 1))
    if "saturation_factor" in config:
        u = draws["saturation"][:n]
        t["saturation_factor"] = floats(saturation_factor(u))
        patches.append(np.asarray(u, F32))
    if "hue_factor" in config:
        signs, u = draws["hue"][0][:n], draws["hue"][1][:n]
        t["hue_shift"] = floats(hue_shift(signs, u))
        patches += [np.asarray(signs, F32), np.asarray(u, F32)]
    return t, patches


DRAWS = {"brightness": [0.1, -0.15, 0.05], "contrast": [1.2, 0.8, 1.05], "saturation": [0.2, 0.6, -0.1], "hue": ([0.8, 0.1, 0.4], [0.1, 0.2, 0.05])}


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, high in [
        ("all-6x8x3-float255", ALL, (3, 6, 8, 3), "float32", 255.0),
        ("all-5x7x3-unit", {**ALL, "value_range": (0, 1)}, (3, 5, 7, 3), "float32", 1.0),
        ("contrast-hue-1x9x3-uint8", {"contrast_factor": 0.3, "hue_factor": 0.2}, (3, 1, 9, 3), "uint8", None),
        ("brightness-saturation-4x4x3", {"brightness_factor": 0.2, "saturation_factor": 0.5}, (2, 4, 4, 3), "float32", 255.0),
        ("unbatched-6x8x3", ALL, (6, 8, 3), "float32", 255.0),
    ]:
        n = shape[0] if len(shape) == 4 else 1
        t, patches = stated(config, config.get("value_range", (0, 255)), n, DRAWS)
        if len(shape) == 3:
            patches = [p.reshape(1, 1, 1) if p.ndim == 4 else p for p in patches]
        c.add(name, 3, config, shape, dtype, t, draws=patches, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x3-uint8", 3, ALL, (2, 5, 5, 3), "uint8", training=False)
    return c.items


def run(case, layer, x):
    return run_with(case, layer, x, lambda c: [uniform_patch(*c["draws"])])


CONFIGS = [
    (3, {"brightness_factor": 1.5}),
    (3, {"contrast_factor": -0.5}),
    (3, {"saturation_factor": [0.1, 0.2, 0.3]}),
    (3, {"hue_factor": 2}),
    (3, {"brightness_factor": 0.2, "value_range": 5}),
    (3, ALL),
]


def samples():
    layer = keras.layers.RandomColorJitter(**ALL, seed=1234)
    x = np.zeros((N_SAMPLES, 2, 2, 3), np.float32)
    # The sub-layers draw inside transform_images: record each one's transformation.
    seen = {}
    for name, part in (("brightness", layer.random_brightness), ("contrast", layer.random_contrast),
                       ("saturation", layer.random_saturation), ("hue", layer.random_hue)):
        real = part.get_random_transformation

        def record(*args, _real=real, _name=name, **kwargs):
            t = _real(*args, **kwargs)
            seen[_name] = t
            return t
        part.get_random_transformation = record
    layer(x, training=True)
    params = {
        "brightness_delta": ("continuous", np.asarray(seen["brightness"]["rgb_delta"]).reshape(-1)),
        "contrast_factor": ("continuous", np.asarray(seen["contrast"]["contrast_factor"]).reshape(-1)),
        "saturation_factor": ("continuous", np.asarray(seen["saturation"]["factor"]).reshape(-1)),
        "hue_shift": ("continuous", np.asarray(seen["hue"]["factor"]).reshape(-1)),
    }
    return {f"k3/{LAYER}/all": sample_dump(3, LAYER, ALL, params, image=(2, 2, 3))}
