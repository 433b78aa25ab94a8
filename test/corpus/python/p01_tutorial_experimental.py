import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.models import Sequential

img_height, img_width = 180, 180

data_augmentation = Sequential(
    [
        layers.experimental.preprocessing.RandomFlip(
            "horizontal", input_shape=(img_height, img_width, 3)
        ),
        layers.experimental.preprocessing.RandomRotation(0.1),
        layers.experimental.preprocessing.RandomZoom(0.1),
    ]
)
