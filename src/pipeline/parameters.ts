// A layer's or tf.image function's parameters, from the signatures generated from the installed
// Keras and TensorFlow (keras-signatures.json, augmentation-signatures.json): what the preview
// falls back on when the code leaves an argument unresolved.
import { tfImageSignature } from './augmentationCatalog';
import { layerSignature, type ParamSpec } from './catalog';
import type { KerasVersion } from './model';

const TF_IMAGE = 'tf.image.';

export function signatureOf(className: string, version: KerasVersion): readonly ParamSpec[] | undefined {
  // A tf.image function's first parameter is the image the map function passes.
  return className.startsWith(TF_IMAGE) ? tfImageSignature(className.slice(TF_IMAGE.length))?.slice(1) : layerSignature(className, version);
}

export function parameterOf(className: string, name: string, version: KerasVersion): ParamSpec | undefined {
  return signatureOf(className, version)?.find((p) => p.name === name);
}
