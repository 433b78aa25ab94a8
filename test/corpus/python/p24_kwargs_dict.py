from tensorflow import keras

ROTATION = dict(factor=0.1, fill_mode="constant", fill_value=0.0)
common = {"interpolation": "nearest", "seed": 42}

aug = keras.Sequential([
    keras.layers.RandomRotation(**ROTATION),
    keras.layers.RandomZoom(0.1, **common),
])
