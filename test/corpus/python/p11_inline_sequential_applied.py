import keras
from keras import layers

inputs = keras.Input(shape=(128, 128, 3))
x = keras.Sequential([layers.RandomFlip(), layers.RandomZoom(0.2)], name="aug")(inputs)
x = layers.Conv2D(16, 3)(x)
model = keras.Model(inputs, x)
