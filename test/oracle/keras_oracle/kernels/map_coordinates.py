"""Keras 3's map_coordinates on the TF backend (what RandomElasticTransform samples with), on a
row and a small image read at coordinates around and far outside them, every fill mode, order 0/1."""
import numpy as np
from keras.src.backend.tensorflow import image as k3_image

from ..common import encode

FILE = "kernel.map_coordinates.json"


def cases():
    out = []
    row = np.array([[10, 20, 30, 40, 50]], np.float32)
    xs = np.array([-9, -6, -5.5, -4, -2.5, -1, -0.5, -0.25, 0, 0.5, 1.5, 2.5, 3.5, 3.75, 4, 4.5, 5, 6.5, 9, 13], np.float32)
    image = np.random.default_rng(3).uniform(0, 255, (4, 6)).astype(np.float32)
    grid = np.random.default_rng(4).uniform(-8, 12, (2, 5, 5)).astype(np.float32)
    for fill in ("constant", "nearest", "wrap", "reflect"):
        for order in (0, 1):
            for name, img, coords in (("row5", row, np.stack([np.zeros_like(xs), xs])), ("image4x6", image, grid)):
                y = k3_image.map_coordinates(img, coords, order=order, fill_mode=fill, fill_value=-1.0)
                out.append({"name": f"{name}/{fill}/order{order}", "fill_mode": fill, "order": order, "fill_value": -1.0,
                            "image": encode(img), "coordinates": encode(coords), "output": encode(np.asarray(y))})
    return out
