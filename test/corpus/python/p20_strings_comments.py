"""Augmentation for the flowers model.

Example (not run):
    aug = keras.Sequential([layers.RandomFlip(), layers.RandomRotation(0.5)])
"""
from keras import layers
import keras

# old = keras.Sequential([layers.RandomZoom(0.9)])
HELP = "use keras.Sequential([layers.RandomContrast(0.2)]) for more"

aug = keras.Sequential([layers.RandomFlip("horizontal")])  # layers.RandomRotation(0.2) was too strong
