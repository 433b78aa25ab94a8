"""Writes src/pipeline/keras-signatures.json from the installed Keras 3 and tf-keras.

The parser maps positional arguments to parameter names and fills defaults from this file,
so those facts come from real Keras rather than from memory. Run: python3 scripts/keras-signatures.py
"""
import inspect
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras  # noqa: E402
import tf_keras  # noqa: E402
from keras.src.legacy import layers as legacy_layers  # noqa: E402
from signatures_common import parameters, write_signatures  # noqa: E402

K3_IMAGE = """AugMix AutoContrast CenterCrop ContrastLimitedAdaptiveHistogramEqualization CutMix Equalization
MaxNumBoundingBoxes MixUp RandAugment RandomBrightness RandomColorDegeneration RandomColorJitter RandomContrast
RandomCrop RandomElasticTransform RandomErasing RandomFlip RandomGaussianBlur RandomGrayscale RandomHue RandomInvert
RandomPerspective RandomPosterization RandomRotation RandomSaturation RandomSharpness RandomShear RandomTranslation
RandomZoom Resizing Solarization Rescaling Normalization Pipeline""".split()
K2_IMAGE = """Resizing CenterCrop RandomCrop Rescaling RandomFlip RandomTranslation RandomRotation RandomZoom
RandomContrast RandomHeight RandomWidth RandomBrightness Normalization""".split()


def signature(cls):
    return parameters(cls.__init__, skip_first=True)


def other_layers(module, image):
    names = []
    for n in dir(module):
        obj = getattr(module, n)
        if n.startswith("_") or n in image or not inspect.isclass(obj):
            continue
        if issubclass(obj, module.Layer):
            names.append(n)
    return sorted(names)


out = {
    "generatedBy": f"keras {keras.__version__}, tf-keras {tf_keras.__version__}",
    "keras3": {
        "image": {n: signature(getattr(keras.layers, n)) for n in K3_IMAGE},
        "legacy": {n: signature(getattr(legacy_layers, n)) for n in ["RandomHeight", "RandomWidth"]},
        "other": other_layers(keras.layers, K3_IMAGE),
    },
    "keras2": {
        "image": {n: signature(getattr(tf_keras.layers, n)) for n in K2_IMAGE},
        "experimental": sorted(n for n in dir(tf_keras.layers.experimental.preprocessing) if n in K2_IMAGE),
        "other": other_layers(tf_keras.layers, K2_IMAGE),
    },
}
write_signatures("keras-signatures.json", out)
