"""Pipeline: layers given as Keras serializes them ({"class_name", "config"}), called in sequence
with their stated transformations (the random ops patched in the order the sub-layers draw),
nested Pipelines, training off."""
import keras

from ..common import CaseList, Draws, call_with_draws, k3_random
from ..mixing import StatedShuffle

LAYER = "Pipeline"


def layer(class_name, **config):
    return {"class_name": class_name, "config": config}


def build_pipeline(config):
    """The Pipeline a user would write: each entry built as keras.layers.<class_name>(**config)."""
    def one(entry):
        if entry["class_name"] == "Pipeline":
            return build_pipeline(entry["config"])
        return getattr(keras.layers, entry["class_name"])(**entry.get("config", {}))
    return keras.layers.Pipeline([one(e) for e in config["layers"]])


def cases():
    c = CaseList(LAYER)
    flip_mix_rescale = {"layers": [layer("RandomFlip", mode="horizontal"), layer("MixUp"), layer("Rescaling", scale=1 / 255)]}
    c.add("flip-mixup-rescaling-6x8x3-uint8", 3, flip_mix_rescale, (4, 6, 8, 3), "uint8",
          [{"flip_horizontal": [True, False, False, True]}, {"lambda": [0.9, 0.25, 0.5, 0.03], "partner": [2, 0, 3, 1]}, None],
          draws={"uniform": [[0.0, 1.0, 1.0, 0.0]], "shuffle": [[2, 0, 3, 1]], "beta": [[0.9, 0.25, 0.5, 0.03]]})
    rotate_flip = {"layers": [{"module": "keras.layers", "class_name": "RandomRotation", "config": {"factor": 0.2, "fill_mode": "constant"},
                               "registered_name": None}, layer("RandomFlip")]}
    c.add("rotation-flip-7x4x4-serialized", 3, rotate_flip, (3, 7, 4, 4), "float32",
          [{"angle_degrees": [30.0, -45.0, 90.0]}, {"flip_horizontal": [True, False, True], "flip_vertical": [True, False, True]}],
          draws={"uniform": [[30.0, -45.0, 90.0], [0.0, 1.0, 0.0]]})
    nested = {"layers": [layer("Pipeline", layers=[layer("RandomFlip", mode="vertical")]), layer("Rescaling", scale=2.0, offset=-1.0)]}
    c.add("nested-5x5x1", 3, nested, (3, 5, 5, 1), "float32", [[{"flip_vertical": [False, True, True]}], None],
          draws={"uniform": [[1.0, 0.0, 0.0]]})
    c.add("unbatched-6x8x3", 3, {"layers": [layer("RandomFlip", mode="horizontal")]}, (6, 8, 3), "float32",
          [{"flip_horizontal": [True]}], draws={"uniform": [[0.0]]})
    c.add("training-off-1x9x3-uint8", 3, flip_mix_rescale, (2, 1, 9, 3), "uint8", training=False)
    return c.items


def run(case, _layer, x):
    pipeline = build_pipeline(case["config"])
    # The first call builds the Pipeline with a symbolic pass that draws too; make it unpatched.
    pipeline(x, training=False)
    patches = []
    if case["training"]:
        draws = case["draws"]
        patches.append((k3_random, "uniform", Draws(draws["uniform"])))
        if "shuffle" in draws:
            patches += [(k3_random, "shuffle", StatedShuffle(draws["shuffle"])), (k3_random, "beta", Draws(draws["beta"]))]
    return {"output": call_with_draws(case, pipeline, x, patches)}
