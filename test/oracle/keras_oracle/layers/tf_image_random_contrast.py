"""tf.image.random_contrast: stated factors, TF's checks of lower/upper, and TF's draws."""
from ..tf_image import SINGLE
from ..tf_image.color import module

globals().update(module(
    "tf.image.random_contrast", "contrast_factor", None, [0.55, 1.42, 0.91, 1.2], SINGLE, {"lower": 0.5, "upper": 1.5},
    rejected=[{"lower": 0.5, "upper": 0.5}, {"lower": 0.8, "upper": 0.2}, {"lower": -0.2, "upper": 1.0}],
    sample_configs=[{"lower": 0.5, "upper": 1.5}, {"lower": 0.0, "upper": 3.0}],
    support=lambda c: (c["lower"], c["upper"]),
))
