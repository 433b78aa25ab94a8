// keras.layers.MaxNumBoundingBoxes (Keras 3 only; keras-layers.md §2.32): pads or truncates each
// image's bounding boxes to `max_number`. Images pass through untouched, in training and at
// inference, keeping their dtype (no cast). The preview has no boxes, so it shows the images as
// they are and says what the layer would do to boxes.
import type { KerasVersion, Value } from '../../pipeline/model';
import { float32Copy } from '../tensors';
import { phrase, type LayerDescription } from './description';
import { LayerConfigError, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyRepr } from './python';
import { transformationObject } from './transformationJson';

/** Python's int(v), which the constructor applies to both arguments, with Python's messages. */
function pyInt(v: Value | undefined): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    if (/^\s*[+-]?\d+(_\d+)*\s*$/.test(v)) return Number(v.replace(/_/g, ''));
    throw new LayerConfigError(`invalid literal for int() with base 10: ${pyRepr(v)}`);
  }
  const type = v === null || v === undefined ? 'NoneType' : Array.isArray(v) ? 'list' : 'dict';
  throw new LayerConfigError(`int() argument must be a string, a bytes-like object or a real number, not '${type}'`);
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  const maxNumber = pyInt(args.max_number);
  const fillValue = pyInt(args.fill_value);

  return {
    className: 'MaxNumBoundingBoxes',
    version,
    config: { ...args },
    activeAtInference: false,
    sample: () => null,
    apply: (images) => float32Copy(images),
    // transform_images returns the images as they came: an integer batch stays integer.
    outputDtype: (input) => input,
    describeSample: () => ({}),
    parseTransformation(json) {
      transformationObject('MaxNumBoundingBoxes', json, []);
      return null;
    },
    outputRange: (range) => range,
    describe(): LayerDescription {
      return {
        summary: phrase('Pads or truncates the bounding boxes of each image to {0}; images pass through unchanged.', maxNumber),
        details: [
          phrase('Images with more than {0} boxes lose the extra ones; images with fewer get boxes and labels of {1} appended.', maxNumber, fillValue),
          phrase('The preview has no bounding boxes, so its images are the input, unchanged.'),
        ],
        inference: phrase('Also applied at inference, to the boxes only: images are never changed.'),
        versionNotes: [],
      };
    },
  };
}

export const maxNumBoundingBoxes: LayerFactory = { className: 'MaxNumBoundingBoxes', versions: [3], create };
