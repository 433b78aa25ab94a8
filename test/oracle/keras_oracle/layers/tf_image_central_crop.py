"""tf.image.central_crop: fractions that round the offset down, 1.0 (the image itself), a tiny one
(a 1-pixel window); fractions outside (0, 1]."""
from ..tf_image.geometry import module

globals().update(module(
    "tf.image.central_crop",
    [("half", {"central_fraction": 0.5}), ("f0.87", {"central_fraction": 0.87}), ("f1", {"central_fraction": 1.0}), ("f0.1", {"central_fraction": 0.1})],
    rejected=[{"central_fraction": 0.0}, {"central_fraction": 1.5}, {"central_fraction": -0.2}],
))
