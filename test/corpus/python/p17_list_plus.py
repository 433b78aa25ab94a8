import tensorflow as tf

L = tf.keras.layers

geometric = [L.RandomFlip("horizontal"), L.RandomRotation(0.05)]
photometric = [L.RandomContrast(0.3), L.RandomBrightness(0.3)]

augment = tf.keras.Sequential(geometric + photometric, name="augment")
