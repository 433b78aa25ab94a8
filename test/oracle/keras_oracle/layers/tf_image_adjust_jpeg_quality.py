"""tf.image.adjust_jpeg_quality: not previewed (the engine reports why); only configurations."""
from ..tf_image import KV, builder

LAYER = "tf.image.adjust_jpeg_quality"
CONFIGS = [(KV, {"jpeg_quality": 1.5})]
build = builder(LAYER, CONFIGS)


def cases():
    return []
