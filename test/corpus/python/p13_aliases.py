from tensorflow.keras import layers as L
from tensorflow.keras.layers import RandomFlip as RF
from tensorflow.keras.models import Sequential as Seq

augment = Seq([
    RF("vertical", seed=7),
    L.RandomBrightness(0.2, value_range=(0, 1)),
    L.RandomCrop(200, 200),
])
