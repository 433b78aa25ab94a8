"""tf.image.random_brightness: stated deltas (single images, a batch in one call, a batch image by
image), a negative max_delta, and TF's draws."""
from ..tf_image import SINGLE
from ..tf_image.color import module

globals().update(module(
    "tf.image.random_brightness", "brightness_delta", None, [0.19, -0.4, 31.0, -0.05], SINGLE, {"max_delta": 0.4},
    rejected=[{"max_delta": -0.1}], sample_configs=[{"max_delta": 0.4}, {"max_delta": 32}],
    support=lambda c: (-c["max_delta"], c["max_delta"]),
))
