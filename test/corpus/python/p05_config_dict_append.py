from tensorflow import keras


def create_augmentation(config):
    """Builds the augmentation layers named in the experiment's YAML config."""
    steps = []
    if "random_flip" in config:
        steps.append(keras.layers.RandomFlip(**config["random_flip"]))
    if "random_rotation" in config:
        steps.append(keras.layers.RandomRotation(**config["random_rotation"]))
    steps.append(keras.layers.Rescaling(1.0 / 255))
    return keras.Sequential(steps)
