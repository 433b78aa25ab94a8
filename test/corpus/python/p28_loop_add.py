from tensorflow import keras

rotations = [0.05, 0.1]

augment = keras.Sequential(name="augment")
augment.add(keras.layers.RandomFlip())
for r in rotations:
    augment.add(keras.layers.RandomRotation(r))
