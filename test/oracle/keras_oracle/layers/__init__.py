"""One module per Keras layer (and per TF image function: tf_image_*.py, LAYER "tf.image.<name>",
their shared parts in keras_oracle/tf_image/); generate.py imports every module here. A module provides:

LAYER                  the class name (the same in keras.layers and tf_keras.layers)
cases()                its reference cases (common.CaseList(LAYER).items): config, input shape and
                       dtype, the stated `transformation` (docs/transformations.md), training flag
run(case, layer, x)    optional: calls the built layer on x with the case's transformation stated to
                       Keras (patched random ops in draw order, or K3 `layer.transform_images` with
                       the dict get_random_transformation would return); returns {"output": y, ...
                       extra arrays}. Without it the layer is called plainly (`layer(x, training)`).
build(kv, config)      optional: builds the layer when it is not keras.layers.<LAYER> / tf_keras.layers.<LAYER>
CONFIGS                optional: [(keras version, config)] to build; Keras's error, or acceptance
accepted(kv, layer)    optional: facts about an accepted configuration (e.g. the factor range kept)
samples()              optional: {name: common.sample_dump(...)} drawn by Keras's own samplers
"""
