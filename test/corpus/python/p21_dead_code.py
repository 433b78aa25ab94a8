import keras


def get_augmenter(kind):
    if kind == "none":
        return None
    return keras.Sequential([keras.layers.RandomFlip(), keras.layers.RandomContrast(0.15)])
    legacy = keras.Sequential([keras.layers.RandomZoom(0.5)])
