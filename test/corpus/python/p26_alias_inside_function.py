import keras


def build(height=64, width=64):
    L = keras.layers
    return keras.Sequential(
        [
            L.Resizing(height, width),
            L.RandomFlip("horizontal"),
            L.RandomTranslation(height_factor=0.2, width_factor=0.2, fill_mode="wrap"),
        ]
    )
