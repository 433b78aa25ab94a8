import keras
from keras import layers

color = layers.Pipeline(
    [
        layers.RandomColorJitter(value_range=(0, 255), brightness_factor=0.2, contrast_factor=0.2),
        layers.RandomGrayscale(factor=0.2),
        layers.RandomSharpness(0.3),
    ]
)
