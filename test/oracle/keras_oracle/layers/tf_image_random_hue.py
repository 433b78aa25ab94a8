"""tf.image.random_hue: stated deltas, TF's checks of max_delta, and TF's draws."""
from ..tf_image import SINGLE_RGB
from ..tf_image.color import module

globals().update(module(
    "tf.image.random_hue", "hue_shift", None, [0.12, -0.33, 0.49, -0.5], SINGLE_RGB, {"max_delta": 0.5},
    rejected=[{"max_delta": 0.6}, {"max_delta": -0.1}], sample_configs=[{"max_delta": 0.1}, {"max_delta": 0.5}],
    support=lambda c: (-c["max_delta"], c["max_delta"]),
))
