"""tf.image.adjust_gamma: gamma below and above 1 with a gain, the defaults, on float [0, 1),
float [0, 255) (gamma ≤ 1: the curve's float32 results stay within the tolerance) and uint8
(computed in [0, 1], saturated back); a negative gamma."""
from ..tf_image import SINGLE
from ..tf_image.geometry import module

globals().update(module(
    "tf.image.adjust_gamma",
    [("defaults", {}), ("g0.5", {"gamma": 0.5}), ("g2.2-gain0.8", {"gamma": 2.2, "gain": 0.8}), ("g0.8-gain1.3", {"gamma": 0.8, "gain": 1.3})],
    rejected=[{"gamma": -1.0}],
    sizes=[SINGLE[0], SINGLE[2], SINGLE[3]],
))
