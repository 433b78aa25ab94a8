"""CenterCrop: crops smaller than the image (odd and even margins), equal, and larger in one or both
directions (smart_resize up), 1xN, uint8/float, unbatched, training off (it applies anyway)."""
from ..common import CaseList

LAYER = "CenterCrop"
# (input shape, dtype, crop height, width)
CROPS = [
    ((2, 7, 9, 3), "uint8", 4, 4),
    ((2, 8, 6, 1), "float32", 5, 3),
    ((1, 5, 5, 4), "float32", 5, 5),
    ((2, 4, 9, 3), "uint8", 6, 5),
    ((2, 6, 5, 1), "float32", 8, 9),
    ((2, 1, 9, 3), "float32", 1, 4),
    ((2, 1, 9, 3), "float32", 3, 3),
    ((7, 6, 3), "uint8", 3, 2),
]


def cases():
    c = CaseList(LAYER)
    for kv in (3, 2):
        for shape, dtype, h, w in CROPS:
            c.add(f"{'x'.join(map(str, shape[-3:]))}-to-{h}x{w}-{dtype}", kv, {"height": h, "width": w}, shape, dtype)
        c.add("training-off-7x9x3-to-4x4", kv, {"height": 4, "width": 4}, (2, 7, 9, 3), "float32", training=False)
    return c.items


CONFIGS = [
    (3, {"height": 4, "width": 4, "data_format": "nchw"}),
    (3, {"height": 4}),
    (2, {"width": 4}),
]
