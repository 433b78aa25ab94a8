import keras_cv
import tensorflow as tf
from tensorflow import keras

augmenter = keras.Sequential(
    [
        keras_cv.layers.RandomFlip(),
        keras_cv.layers.RandAugment(value_range=(0, 255), augmentations_per_image=2, magnitude=0.3),
        keras_cv.layers.CutMix(),
    ]
)
