"""RandomHeight (Keras 2; Keras 3's legacy layer): one new height per call for the whole batch,
every interpolation, taller and shorter, training off (Keras 2 keeps uint8), unbatched."""
from ..random_axis_resize import axis_resize_module

globals().update(axis_resize_module("RandomHeight", "height"))
