"""tf.image.random_jpeg_quality: not previewed (the engine reports why); TF's checks of the
quality range."""
from ..tf_image import KV, builder

LAYER = "tf.image.random_jpeg_quality"
CONFIGS = [(KV, {"min_jpeg_quality": -1, "max_jpeg_quality": 50}), (KV, {"min_jpeg_quality": 10, "max_jpeg_quality": 101}),
           (KV, {"min_jpeg_quality": 60, "max_jpeg_quality": 60})]
build = builder(LAYER, CONFIGS)


def cases():
    return []
