import tf_keras as keras

preprocess = keras.Sequential([
    keras.layers.Resizing(224, 224),
    keras.layers.Rescaling(1.0 / 255),
    keras.layers.RandomFlip("horizontal"),
])
