from keras import layers, Sequential


def augmentation_layers(strong=False):
    out = [layers.RandomFlip("horizontal"), layers.RandomTranslation(0.1, 0.1)]
    if strong:
        out.append(layers.RandomErasing())
    return out


augmentation = Sequential(augmentation_layers(strong=True))
