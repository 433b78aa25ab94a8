"""What the colour layers' modules share: the sizes they run on, stated draws of Keras 3's
keras.random ops (in call order), the float32 formulas that turn draws into the parameters
describeSample reports (so the stated transformation is exactly what Keras computes), and sampler
dumps from get_random_transformation."""
import numpy as np
import tensorflow as tf

from .common import N_SAMPLES, Draws, call_with_draws, k3_random

F32 = np.float32

# (shape, dtype, input_high): odd/even/non-square, a 1xN row, uint8 and float inputs. Float inputs
# in [0, 255) for value_range (0, 255) and in [0, 1) for value_range (0, 1).
RGB_SIZES = [
    ((3, 6, 8, 3), "float32", 255.0),
    ((3, 5, 7, 3), "float32", 1.0),
    ((3, 1, 9, 3), "uint8", None),
    ((2, 4, 4, 3), "float32", 255.0),
]


def size_name(shape, dtype, high=None):
    unit = "" if dtype != "float32" else ("-unit" if high == 1.0 else "-255")
    return f"{'x'.join(map(str, shape[1:] if len(shape) == 4 else shape))}-{dtype}{unit}"


def value_range_for(dtype, high):
    return [0, 1] if dtype == "float32" and high == 1.0 else [0, 255]


def extra(dtype, high):
    """CaseList.add keywords for the input range."""
    return {"input_high": high} if dtype == "float32" and high is not None else {}


def f32(v):
    return np.asarray(v, F32)


def uniform_patch(*draws):
    """K3: each keras.random.uniform call returns the next stated array (any shape, reshaped)."""
    return (k3_random, "uniform", Draws([f32(d) for d in draws]))


def randint_patch(*draws):
    return (k3_random, "randint", Draws([np.asarray(d, np.uint8) for d in draws], dtype=tf.uint8))


def run_with(case, layer, x, patches_fn):
    """Calls the layer; patches (from patches_fn(case)) only in training with a transformation."""
    stated = case["transformation"] is not None and case["training"]
    return {"output": call_with_draws(case, layer, x, patches_fn(case) if stated else [])}


# ----------------------------------------------------------------------------- Keras's formulas

def brightness_delta(u, value_range):
    lo, hi = sorted(value_range)
    return (f32(u) * F32(hi - lo)).astype(F32)


def saturation_factor(u):
    u = f32(u)
    return (u / ((F32(1) - u) + F32(1e-7))).astype(F32)


def hue_shift(sign_draw, u):
    sign = np.where(f32(sign_draw) > 0.5, F32(-1), F32(1))
    return ((sign * f32(u)).astype(F32) * F32(0.5)).astype(F32)


def blur_sigma(u):
    return (f32(u) + F32(1e-6)).astype(F32)


def floats(a):
    """JSON numbers that parse back to exactly these float32 values."""
    return [float(v) for v in np.asarray(a, F32).reshape(-1)]


# ----------------------------------------------------------------------------- sampler dumps

def k3_transformations(layer, shape=(N_SAMPLES, 2, 2, 3), calls=1):
    """get_random_transformation results of `calls` calls, as numpy arrays per key."""
    out = []
    for _ in range(calls):
        t = layer.get_random_transformation(np.zeros(shape, np.float32), training=True)
        out.append({k: np.asarray(v) for k, v in (t.items() if isinstance(t, dict) else {"value": t}.items())})
    return out
