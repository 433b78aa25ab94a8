# cut from a notebook: the imports lived in an earlier cell
batch_size = 32
img_size = (150, 150)

augment = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(0.1),
])
train_ds = train_ds.map(lambda img, lbl: (augment(img, training=True), lbl))
