"""tf.image.random_saturation: stated factors, TF's checks of lower/upper, and TF's draws."""
from ..tf_image import SINGLE_RGB
from ..tf_image.color import module

globals().update(module(
    "tf.image.random_saturation", "saturation_factor", None, [0.3, 1.8, 4.2, 0.0], SINGLE_RGB, {"lower": 0.0, "upper": 5.0},
    rejected=[{"lower": 1.0, "upper": 1.0}, {"lower": -0.5, "upper": 1.0}],
    sample_configs=[{"lower": 0.5, "upper": 1.5}, {"lower": 0.0, "upper": 5.0}],
    support=lambda c: (c["lower"], c["upper"]),
))
