"""MaxNumBoundingBoxes: images pass through untouched (integer inputs stay integer), training on
and off; int() of its arguments as Keras applies it."""
from ..common import CaseList

LAYER = "MaxNumBoundingBoxes"


def cases():
    c = CaseList(LAYER)
    c.add("6x8x3", 3, {"max_number": 3}, (2, 6, 8, 3), "float32")
    c.add("5x5x1-uint8", 3, {"max_number": 10, "fill_value": 0}, (3, 5, 5, 1), "uint8")
    c.add("1x9x4-unbatched", 3, {"max_number": 1}, (1, 9, 4), "float32")
    c.add("training-off-7x4x3-uint8", 3, {"max_number": 2}, (2, 7, 4, 3), "uint8", training=False)
    return c.items


CONFIGS = [
    (3, {"max_number": "a"}),
    (3, {"max_number": None}),
    (3, {"max_number": [3]}),
    (3, {"max_number": 3, "fill_value": "x"}),
    (3, {"max_number": 3, "fill_value": None}),
    (3, {"max_number": "3"}),
    (3, {"max_number": 2.7, "fill_value": -1.5}),
    (3, {}),
]
