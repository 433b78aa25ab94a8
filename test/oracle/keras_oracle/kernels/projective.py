"""tf.raw_ops.ImageProjectiveTransformV3 itself, on edge cases of its coordinate mapping."""
import numpy as np
import tensorflow as tf

from ..common import encode

FILE = "kernel.json"
FILL_MODES = ["reflect", "wrap", "constant", "nearest"]


def cases():
    out = []

    def add(name, images, transforms, interpolation, fill_mode, fill_value):
        y = tf.raw_ops.ImageProjectiveTransformV3(
            images=tf.constant(images, tf.float32), transforms=tf.constant(transforms, tf.float32),
            output_shape=tf.constant(images.shape[1:3], tf.int32), fill_value=tf.constant(fill_value, tf.float32),
            interpolation=interpolation.upper(), fill_mode=fill_mode.upper())
        out.append({"name": name, "interpolation": interpolation, "fill_mode": fill_mode, "fill_value": fill_value,
                    "images": encode(np.asarray(images, np.float32)),
                    "transforms": encode(np.asarray(transforms, np.float32)), "output": encode(np.asarray(y))})

    # A row 10, 20, 30, 40, 50 read at x + dx: nearest shows where each coordinate maps
    # (reflect/wrap examples of keras-layers.md §1.7, halves for round-half-away-from-zero).
    row = np.array([10, 20, 30, 40, 50], np.float32).reshape(1, 1, 5, 1)
    shifts = [-9, -7, -6, -5, -4, -3, -2, -1, -0.5, -0.25, 0.5, 1.5, 2.5, 3.5, 4.5, 5, 6, 7, 8, 11]
    for fill in FILL_MODES:
        for interp in ("nearest", "bilinear"):
            for dx in shifts:
                add(f"row5/{fill}/{interp}/dx={dx}", row, [[1, 0, dx, 0, 1, 0, 0, 0]], interp, fill, -1.0)
    # One-pixel-wide and one-pixel-high images: the len <= 1 branches.
    column = np.arange(1, 5, dtype=np.float32).reshape(1, 4, 1, 1)
    for fill in FILL_MODES:
        add(f"width1/{fill}", column, [[1, 0, -1.5, 0, 1, 0.75, 0, 0]], "bilinear", fill, -1.0)
        add(f"height1/{fill}", row, [[1, 0, 0.5, 0, 1, -2.0, 0, 0]], "bilinear", fill, -1.0)
    # Projective rows (c0, c1 != 0), per image and shared, including k == 0 at x = 2.
    rng = np.random.default_rng(99)
    images = rng.uniform(0, 255, size=(3, 6, 7, 2)).astype(np.float32)
    per_image = [[1.1, 0.2, -0.5, -0.1, 0.9, 0.3, 0.01, -0.02],
                 [0.7, -0.3, 1.5, 0.25, 1.2, -0.8, -0.5, 0.0],
                 [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.05, 0.05]]
    for fill in FILL_MODES:
        for interp in ("nearest", "bilinear"):
            add(f"projective-per-image/{fill}/{interp}", images, per_image, interp, fill, 12.5)
            add(f"shared-matrix/{fill}/{interp}", images, [[0.8, 0.3, 0.4, -0.2, 1.3, -0.6, 0, 0]], interp, fill, 12.5)
    return out
