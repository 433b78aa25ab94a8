import tensorflow as tf


class Classifier(tf.keras.Model):
    def __init__(self, num_classes):
        super().__init__()
        self.augment = tf.keras.Sequential([
            tf.keras.layers.RandomFlip("horizontal"),
            tf.keras.layers.RandomZoom(0.1, 0.1),
        ])
        self.backbone = tf.keras.applications.MobileNetV2(include_top=False)
        self.head = tf.keras.layers.Dense(num_classes)

    def call(self, x, training=False):
        x = self.augment(x, training=training)
        return self.head(self.backbone(x))
