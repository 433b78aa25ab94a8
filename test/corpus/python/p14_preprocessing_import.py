import tensorflow as tf
from tensorflow.keras.layers.experimental import preprocessing

IMAGE_SIZE = 224

img_augmentation = tf.keras.models.Sequential(
    [
        preprocessing.RandomRotation(factor=0.15),
        preprocessing.RandomTranslation(height_factor=0.1, width_factor=0.1),
        preprocessing.RandomFlip(),
        preprocessing.RandomContrast(factor=0.1),
    ],
    name="img_augmentation",
)
