import torch.nn as nn
from torchvision import transforms
from sklearn.pipeline import Pipeline
from tensorflow import keras

torch_aug = nn.Sequential(transforms.RandomRotation(10), transforms.RandomHorizontalFlip())
sk = Pipeline([("scale", None)])
keras_aug = keras.Sequential([keras.layers.RandomRotation(10 / 360)])
