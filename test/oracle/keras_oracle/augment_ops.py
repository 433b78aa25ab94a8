"""What the RandAugment and AugMix modules share: Keras's transformation dict of each op turned
into the engine's stated transformation (docs/transformations.md), and a spy that keeps the
transformation the layer drew."""
import numpy as np


def _flat(v):
    return np.asarray(v, np.float32).reshape(-1).tolist()


# Keras attribute name → (engine class name, dict → engine JSON).
OPS = {
    "random_shear": ("RandomShear", lambda t: {"shear_x": _flat(np.asarray(t["shear_factor"])[:, 0]), "shear_y": _flat(np.asarray(t["shear_factor"])[:, 1])}),
    "random_translation": ("RandomTranslation", lambda t: {"dy_px": _flat(np.asarray(t["translations"])[:, 1]), "dx_px": _flat(np.asarray(t["translations"])[:, 0])}),
    "random_rotation": ("RandomRotation", lambda t: {"angle_degrees": _flat(t["angle"])}),
    "random_brightness": ("RandomBrightness", lambda t: {"brightness_delta": _flat(t["rgb_delta"])}),
    "random_color_degeneration": ("RandomColorDegeneration", lambda t: {"degeneration_factor": _flat(t["factor"])}),
    "random_contrast": ("RandomContrast", lambda t: {"contrast_factor": _flat(t["contrast_factor"])}),
    "random_sharpness": ("RandomSharpness", lambda t: {"sharpness_factor": _flat(t["factor"])}),
    "random_posterization": ("RandomPosterization", lambda t: {"bits": [8 - int(s) for s in np.asarray(t["shift_factor"]).reshape(-1)]}),
    "solarization": ("Solarization", lambda t: {"addition": _flat(t["additions"]), "threshold": _flat(t["thresholds"])}),
    "auto_contrast": ("AutoContrast", lambda t: None),
    "equalization": ("Equalization", lambda t: None),
}


def engine_op(keras_name, transformation):
    """(class name, stated transformation) of one op's Keras transformation dict."""
    name, convert = OPS[keras_name]
    return name, convert(transformation)


class TransformationSpy:
    """Wraps a layer's get_random_transformation and keeps what it returned."""

    def __init__(self, layer):
        self.real = layer.get_random_transformation
        self.seen = []

    def __call__(self, *args, **kwargs):
        t = self.real(*args, **kwargs)
        self.seen.append(t)
        return t
