import keras
from keras import layers

IMG_H, IMG_W = 256, 192
CROP = IMG_H // 2 + 32
ROT_DEG = 18
ZOOM = (-0.2, 0.1)

aug = keras.Sequential([
    layers.Resizing(IMG_H, IMG_W),
    layers.RandomCrop(CROP, CROP),
    layers.RandomRotation(ROT_DEG / 360),
    layers.RandomZoom(*ZOOM),
])
