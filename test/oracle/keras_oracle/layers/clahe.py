"""ContrastLimitedAdaptiveHistogramEqualization (K3), in training and at inference: tile grids that
divide the image and ones that need symmetric padding, clip limits (0 = none), float images in
[0, 255) and [0, 1), uint8 and int32 (cast back, truncating), 1 and 4 channels, unbatched."""
from ..common import CaseList

LAYER = "ContrastLimitedAdaptiveHistogramEqualization"


def cases():
    c = CaseList(LAYER)
    c.add("16x16x3-grid8-float255", 3, {}, (2, 16, 16, 3), "float32", input_high=255.0)
    c.add("17x13x3-grid4-padded", 3, {"tile_grid_size": (4, 4)}, (2, 17, 13, 3), "float32", input_high=255.0)
    c.add("12x20x1-grid3x5-clip2-unit", 3, {"tile_grid_size": (3, 5), "clip_limit": 2.0, "value_range": (0, 1)}, (2, 12, 20, 1), "float32", input_high=1.0)
    c.add("10x9x4-grid2x3-noclip-uint8", 3, {"tile_grid_size": (2, 3), "clip_limit": 0.0}, (2, 10, 9, 4), "uint8")
    c.add("9x11x3-grid3-uint8-training-off", 3, {"tile_grid_size": (3, 3)}, (2, 9, 11, 3), "uint8", training=False)
    c.add("8x8x3-grid2-int32-clip1", 3, {"tile_grid_size": (2, 2), "clip_limit": 1.0}, (2, 8, 8, 3), "int32")
    c.add("unbatched-15x10x3-grid4x2", 3, {"tile_grid_size": (4, 2), "clip_limit": 3.0}, (15, 10, 3), "float32", input_high=255.0)
    return c.items


CONFIGS = [
    (3, {}),
    (3, {"tile_grid_size": (4, 4), "clip_limit": 2.0}),
]
