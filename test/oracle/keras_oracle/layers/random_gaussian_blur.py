"""RandomGaussianBlur (K3): per-image probability and coin draws, then one (σx, σy) per batch; kernel
sizes 3, 5, 7 and non-square (3, 5) (TF reshapes the outer product, scrambling it); float images
in [0, 255) and [0, 1), uint8, 1 and 4 channels, a 1xN row; every image is clipped to value_range,
blurred or not; unbatched, training off (cast to float32)."""
import keras
import numpy as np

from ..color import blur_sigma, floats, run_with, uniform_patch
from ..common import N_SAMPLES, CaseList, sample_dump

LAYER = "RandomGaussianBlur"


def cases():
    c = CaseList(LAYER)
    for name, config, shape, dtype, blurred, sigma, high in [
        ("k3-6x8x3-float255", {"kernel_size": 3}, (3, 6, 8, 3), "float32", [True, False, True], [0.8, 0.8], 255.0),
        ("k5-5x5x1-unit", {"kernel_size": 5, "value_range": (0, 1)}, (3, 5, 5, 1), "float32", [True, True, False], [0.5, 0.9], 1.0),
        ("k7-7x4x4-uint8", {"kernel_size": 7}, (3, 7, 4, 4), "uint8", [False, True, True], [1.0, 0.3], None),
        ("k3x5-9x11x3-float255", {"kernel_size": (3, 5), "sigma": (0.2, 0.9)}, (2, 9, 11, 3), "float32", [True, True], [0.7, 0.4], 255.0),
        ("k3-1x9x3-clip-only", {"kernel_size": 3, "value_range": (0, 0.5)}, (2, 1, 9, 3), "float32", [False, True], [0.6, 0.6], 1.0),
        ("unbatched-6x8x3", {"kernel_size": 3}, (6, 8, 3), "float32", [True], [0.9, 0.9], 255.0),
    ]:
        t = {"blurred": blurred, "blur_sigma": [floats(blur_sigma(sigma))] * len(blurred)}
        c.add(name, 3, config, shape, dtype, t, sigma_draw=sigma, **({"input_high": high} if high else {}))
    c.add("training-off-5x5x1-uint8", 3, {}, (2, 5, 5, 1), "uint8", training=False)
    return c.items


def run(case, layer, x):
    # Blurred where u < p: (p, u) = (1, 0) blurs, (0.25, 0.5) does not; then the σ pair.
    def patches(c):
        b = c["transformation"]["blurred"]
        return [uniform_patch([1.0 if v else 0.25 for v in b], [0.0 if v else 0.5 for v in b], c["sigma_draw"])]
    return run_with(case, layer, x, patches)


CONFIGS = [
    (3, {"kernel_size": 4}),
    (3, {"kernel_size": [3, 4]}),
    (3, {"kernel_size": [3, 3, 3]}),
    (3, {"sigma": 1.5}),
    (3, {"sigma": [0.1, 0.2, 0.3]}),
    (3, {"factor": 1.5}),
    (3, {}),
    (3, {"sigma": [0.2, 0.8], "factor": [0.5, 1]}),
]


def accepted(kv, layer):
    lo, hi = layer.sigma
    return {"draw_range": {"blur_sigma[0]": floats(blur_sigma([lo, hi])), "blur_sigma[1]": floats(blur_sigma([lo, hi]))}}


def samples():
    config = {"factor": (0.2, 0.9), "sigma": (0.1, 0.8)}
    layer = keras.layers.RandomGaussianBlur(**config, seed=1234)
    x = np.zeros((1, 2, 2, 3), np.float32)
    blurred, sx, sy = [], [], []
    for _ in range(N_SAMPLES):
        t = layer.get_random_transformation(x, training=True)
        blurred.append(bool(np.asarray(t["should_apply_blur"])[0]))
        s = np.asarray(t["blur_factor"])
        sx.append(s[0])
        sy.append(s[1])
    params = {"blurred": ("discrete", blurred), "blur_sigma[0]": ("continuous", sx), "blur_sigma[1]": ("continuous", sy)}
    return {f"k3/{LAYER}/factor(0.2,0.9)-sigma(0.1,0.8)": sample_dump(3, LAYER, config, params, image=(2, 2, 3), batch=1, calls=N_SAMPLES)}
