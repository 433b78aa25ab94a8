"""tf.image.rot90: every k modulo 4 (negative and large k too); k that is not an int."""
from ..tf_image.geometry import module

globals().update(module(
    "tf.image.rot90",
    [("k1", {}), ("k2", {"k": 2}), ("k3", {"k": 3}), ("k-1", {"k": -1}), ("k4", {"k": 4}), ("k7", {"k": 7})],
    rejected=[{"k": 1.5}, {"k": "1"}],
))
