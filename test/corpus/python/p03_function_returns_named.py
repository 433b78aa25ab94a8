import tensorflow as tf


def build_augmentation() -> tf.keras.Sequential:
    """Flips, small rotations and contrast changes."""
    return tf.keras.Sequential(
        [
            tf.keras.layers.RandomFlip("horizontal"),
            tf.keras.layers.RandomRotation(factor=0.15),
            tf.keras.layers.RandomContrast(factor=0.2),
        ],
        name="augmentation",
    )
