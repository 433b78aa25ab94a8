"""RandomCrop: random windows (one per batch) when the image is larger, Keras 3's strict test (an
equal side gives the centred box, no draw) and Keras 2's non-strict one, images smaller than the
crop (Keras 3 clips then resizes, Keras 2 smart_resizes), training off (Keras 3: the input as is,
uint8 included; Keras 2: centre crop + resize), unbatched, 1xN."""
import numpy as np
import tensorflow as tf

from ..common import N_CALLS, N_SAMPLES, CaseList, Draws, call_with_draws, keras_module, k3_random, record_draws, sample_dump

LAYER = "RandomCrop"


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        c.add("random-9x11x3-to-4x5", kv, {"height": 4, "width": 5}, (3, 9, 11, 3), "float32", {"crop_top": 3, "crop_left": 6})
        c.add("random-corner-7x8x1-to-5x5-uint8", kv, {"height": 5, "width": 5}, (2, 7, 8, 1), "uint8", {"crop_top": 2, "crop_left": 0})
        c.add("random-1x9x4-to-1x3", kv, {"height": 1, "width": 3}, (2, 1, 9, 4), "float32",
              {"crop_top": 0, "crop_left": 5} if kv == 2 else None)
        c.add("unbatched-6x8x3-to-3x3", kv, {"height": 3, "width": 3}, (6, 8, 3), "float32", {"crop_top": 1, "crop_left": 4})
        c.add("equal-height-5x9x3-to-5x4", kv, {"height": 5, "width": 4}, (2, 5, 9, 3), "float32",
              {"crop_top": 0, "crop_left": 3} if kv == 2 else None)
        c.add("smaller-4x6x1-to-6x5", kv, {"height": 6, "width": 5}, (2, 4, 6, 1), "float32")
        c.add("smaller-both-3x4x3-to-5x7-uint8", kv, {"height": 5, "width": 7}, (2, 3, 4, 3), "uint8")
        c.add("training-off-9x11x3-to-4x5-uint8", kv, {"height": 4, "width": 5}, (2, 9, 11, 3), "uint8", training=False)
        c.add("training-off-4x6x1-to-6x5", kv, {"height": 6, "width": 5}, (2, 4, 6, 1), "float32", training=False)
    return c.items


def run(case, layer, x):
    patches = []
    t = case["transformation"]
    if t is not None and case["training"]:
        if case["keras"] == 3:
            # uniform((), 0, H - h + 1) truncated: stated whole numbers come through as is.
            draws = Draws([float(t["crop_top"]), float(t["crop_left"])])
            patches.append((k3_random, "uniform", draws))
        else:
            # Two int32 draws, taken modulo (H - h + 1) and (W - w + 1).
            draws = Draws([[t["crop_top"], t["crop_left"]]], dtype=tf.int32)
            patches.append((layer._random_generator, "random_uniform", draws))
    return {"output": call_with_draws(case, layer, x, patches)}


CONFIGS = [
    (3, {"height": 4, "width": 4, "data_format": "nchw"}),
    (3, {"width": 4}),
    (2, {"height": 4}),
]


def samples():
    out = {}
    h, w, crop = 10, 12, {"height": 4, "width": 5}
    x = np.zeros((1, h, w, 1), np.float32)
    layer = keras_module(3).layers.RandomCrop(**crop, seed=1234)
    offsets = np.array([layer.get_random_transformation(x, training=True) for _ in range(N_SAMPLES)], np.int32)
    params = {"crop_top": ("integer", offsets[:, 0]), "crop_left": ("integer", offsets[:, 1])}
    out[f"k3/{LAYER}/{crop}"] = sample_dump(3, LAYER, crop, params, image=(h, w, 1), batch=1, calls=N_SAMPLES)

    layer = keras_module(2).layers.RandomCrop(**crop, seed=1234)
    draws = np.stack([d.reshape(2) for d in record_draws(layer, 2, x, calls=N_CALLS)])
    params = {"crop_top": ("integer", draws[:, 0] % (h - crop["height"] + 1)), "crop_left": ("integer", draws[:, 1] % (w - crop["width"] + 1))}
    out[f"k2/{LAYER}/{crop}"] = sample_dump(2, LAYER, crop, params, image=(h, w, 1), batch=1, calls=N_CALLS)
    return out
