"""Writes src/pipeline/keras-signatures.json from the installed Keras 3 and tf-keras.

The parser maps positional arguments to parameter names and fills defaults from this file,
so those facts come from real Keras rather than from memory. Run: python3 scripts/keras-signatures.py
"""
import inspect
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras  # noqa: E402
import tf_keras  # noqa: E402
from keras.src.legacy import layers as legacy_layers  # noqa: E402

K3_IMAGE = """AugMix AutoContrast CenterCrop ContrastLimitedAdaptiveHistogramEqualization CutMix Equalization
MaxNumBoundingBoxes MixUp RandAugment RandomBrightness RandomColorDegeneration RandomColorJitter RandomContrast
RandomCrop RandomElasticTransform RandomErasing RandomFlip RandomGaussianBlur RandomGrayscale RandomHue RandomInvert
RandomPerspective RandomPosterization RandomRotation RandomSaturation RandomSharpness RandomShear RandomTranslation
RandomZoom Resizing Solarization Rescaling Normalization Pipeline""".split()
K2_IMAGE = """Resizing CenterCrop RandomCrop Rescaling RandomFlip RandomTranslation RandomRotation RandomZoom
RandomContrast RandomHeight RandomWidth RandomBrightness Normalization""".split()


def jsonable(v):
    if isinstance(v, tuple):
        return [jsonable(x) for x in v]
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return repr(v)


def signature(cls):
    params = []
    for p in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
            continue
        entry = {"name": p.name}
        if p.default is p.empty:
            entry["required"] = True
        else:
            entry["default"] = jsonable(p.default)
        params.append(entry)
    return params


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
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "pipeline", "keras-signatures.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"wrote {os.path.relpath(path)} ({out['generatedBy']})", file=sys.stderr)
