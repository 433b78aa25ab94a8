# A separate augmentation block, as the tutorial's "data augmentation" section builds it.
# It runs only while training: model.predict() sees the images unrotated and unflipped.
from tensorflow import keras
from tensorflow.keras import layers

data_augmentation = keras.Sequential(
    [
        layers.RandomFlip("horizontal"),
        layers.RandomRotation(0.2),
        layers.RandomZoom(0.1),
        layers.Rescaling(1.0 / 255),
    ],
    name="data_augmentation",
)
