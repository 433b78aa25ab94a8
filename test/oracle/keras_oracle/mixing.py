"""What the batch-mixing and box layers' modules share (MixUp, CutMix, RandomErasing): a stated
shuffle, a spy on the box corners Keras builds its mask from, and repeated sampler calls."""
from contextlib import nullcontext
from unittest import mock

import numpy as np
import tensorflow as tf


class StatedShuffle:
    """Replaces keras.random.shuffle(x): returns the stated permutations in call order."""

    def __init__(self, values):
        self.values = list(values)
        self.calls = 0

    def __call__(self, x, axis=0, seed=None):
        value = self.values[self.calls]
        self.calls += 1
        return tf.constant(value, dtype=x.dtype)


class BoxSpy:
    """Wraps a layer's _generate_batch_mask(shape, (x0, x1, y0, y1)) and records the corners."""

    def __init__(self, layer):
        self.real = layer._generate_batch_mask
        self.seen = []

    def __call__(self, images_shape, box_corners):
        self.seen.append(tuple(np.asarray(v, np.float32).reshape(-1) for v in box_corners))
        return self.real(images_shape, box_corners)

    def boxes(self, call=0):
        """The boxes of one call as [[x0, y0, x1, y1]] per image (the engine's order)."""
        x0, x1, y0, y1 = self.seen[call]
        return np.stack([x0, y0, x1, y1], axis=1)


def boxes_from_draws(layer, shape, patches):
    """The [x0, y0, x1, y1] boxes Keras's get_random_transformation computes with the random ops
    patched to stated draws (patches: (module, attribute, replacement))."""
    spy = BoxSpy(layer)
    with mock.patch.object(layer, "_generate_batch_mask", spy):
        with mock.patch.multiple(patches[0][0], **{attr: d for _, attr, d in patches}):
            layer.get_random_transformation(np.zeros(shape, np.float32), training=True)
    return spy.boxes().tolist()


def record_draws(layer, shape, calls):
    """Calls get_random_transformation `calls` times on zeros of `shape`; returns each key of the
    transformation (and "box" when the layer builds a box mask) concatenated over the calls."""
    spy = BoxSpy(layer) if hasattr(layer, "_generate_batch_mask") else None
    out = {}
    with mock.patch.object(layer, "_generate_batch_mask", spy) if spy else nullcontext():
        for _ in range(calls):
            t = layer.get_random_transformation(np.zeros(shape, np.float32), training=True)
            for key, value in t.items():
                out.setdefault(key, []).append(np.asarray(value))
    merged = {k: np.concatenate([v.reshape(v.shape[0], -1) if v.ndim else v.reshape(1, 1) for v in vs]) for k, vs in out.items()}
    if spy:
        merged["box"] = np.concatenate([spy.boxes(i) for i in range(calls)])
    return merged
