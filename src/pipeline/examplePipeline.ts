// The pipeline offered when the workspace has none: the augmentation block of TensorFlow's
// image-classification tutorial, so a first preview needs no code at all.
import { phrase } from '../engine/layers/description';
import type { PipelineSpec } from '../engine/previewTypes';

export const EXAMPLE_PIPELINE_KEY = 'builtin:example';

export const EXAMPLE_PIPELINE_SOURCE = `data_augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(0.1),
    layers.Rescaling(1.0 / 255),
])`;

export const EXAMPLE_PIPELINE: PipelineSpec = {
  name: 'data_augmentation (built-in example)',
  kerasVersion: 3,
  kerasVersionReason: 'built-in example',
  kerasVersionReasonPhrase: phrase('built-in example'),
  layers: [
    { className: 'RandomFlip', args: { mode: 'horizontal' } },
    { className: 'RandomRotation', args: { factor: 0.1 } },
    { className: 'Rescaling', args: { scale: 1 / 255 } },
  ],
};
