"""Writes src/pipeline/augmentation-signatures.json: the signatures of TF's tf.image functions that
augmentation code calls (from the installed TensorFlow, by inspect) and of KerasCV's preprocessing
layers (read statically from a keras-cv wheel's source, since KerasCV does not import alongside
Keras 3.15). The parser names positional arguments and fills defaults from it.

Run: python3 scripts/aug-signatures.py KERAS_CV_WHEEL   (e.g. from `pip download --no-deps keras-cv==0.9.0`)
with TensorFlow importable (the oracle venv: .venv/oracle/bin/python).
"""
import ast
import os
import sys
import zipfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow as tf  # noqa: E402
from signatures_common import jsonable, parameters, write_signatures  # noqa: E402

TF_IMAGE = """random_flip_left_right random_flip_up_down random_brightness random_contrast random_hue random_saturation
random_jpeg_quality random_crop stateless_random_flip_left_right stateless_random_flip_up_down stateless_random_brightness
stateless_random_contrast stateless_random_hue stateless_random_saturation stateless_random_jpeg_quality
stateless_random_crop flip_left_right flip_up_down rot90 transpose resize resize_with_crop_or_pad resize_with_pad
central_crop crop_to_bounding_box pad_to_bounding_box adjust_brightness adjust_contrast adjust_hue adjust_saturation
adjust_gamma adjust_jpeg_quality convert_image_dtype per_image_standardization rgb_to_grayscale grayscale_to_rgb""".split()


def literal(node):
    try:
        return jsonable(ast.literal_eval(node))
    except ValueError:
        return ast.unparse(node)


def init_signature(cls):
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            args = item.args
            positional = args.posonlyargs + args.args
            defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
            params = []
            for a, d in list(zip(positional, defaults))[1:]:
                params.append({"name": a.arg, "required": True} if d is None else {"name": a.arg, "default": literal(d)})
            for a, d in zip(args.kwonlyargs, args.kw_defaults):
                params.append({"name": a.arg, "required": True} if d is None else {"name": a.arg, "default": literal(d)})
            return params
    return None


def keras_cv_layers(wheel):
    out = {}
    with zipfile.ZipFile(wheel) as z:
        api = ast.parse(z.read("keras_cv/api/layers/__init__.py"))
        for node in api.body:
            if not isinstance(node, ast.ImportFrom) or ".layers.preprocessing." not in (node.module or ""):
                continue
            path = node.module.replace(".", "/") + ".py"
            tree = ast.parse(z.read(path))
            for alias in node.names:
                name = alias.asname or alias.name
                if name.startswith(("Base", "Vectorized")):
                    continue  # base classes, not layers anyone instantiates
                for cls in tree.body:
                    if isinstance(cls, ast.ClassDef) and cls.name == alias.name:
                        sig = init_signature(cls)
                        if sig is not None:
                            out[name] = sig
        out["Augmenter"] = [{"name": "layers", "required": True}]
    return out


out = {
    "generatedBy": f"tensorflow {tf.__version__}, keras-cv {os.path.basename(sys.argv[1])}",
    "tfImage": {n: parameters(getattr(tf.image, n)) for n in TF_IMAGE},
    "kerasCv": keras_cv_layers(sys.argv[1]),
}
write_signatures("augmentation-signatures.json", out)
