"""RandomWidth (Keras 2; Keras 3's legacy layer): one new width per call for the whole batch,
every interpolation, wider and narrower, training off (Keras 2 keeps uint8), unbatched."""
from ..random_axis_resize import axis_resize_module

globals().update(axis_resize_module("RandomWidth", "width"))
