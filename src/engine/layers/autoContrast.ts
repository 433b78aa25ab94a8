// keras.layers.AutoContrast (keras-layers.md §2.23, Keras 3 only): per image and channel, the
// values are stretched so that the channel's min becomes value_range[0] and its max
// value_range[1] (through [0, 255], float32). A constant channel comes out as it went in (Keras
// turns its NaN back into the input). Applied in training and at inference alike; float32 out.
import type { KerasVersion, Value } from '../../pipeline/model';
import { autoContrast as stretch } from '../kernels/autoContrast';
import { transformValueRange, type Range } from '../kernels/valueRange';
import { mapBatch } from '../tensors';
import { valueRangeMismatch } from './colorDescription';
import { phrase, type DescribeContext, type LayerDescription } from './description';
import type { ConfiguredLayer, LayerFactory } from './layer';
import { transformationObject } from './transformationJson';
import { checkedValueRange } from './valueRangeArg';

const FULL: Range = [0, 255];

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  const valueRange = checkedValueRange(args.value_range, version);

  return {
    className: 'AutoContrast',
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images) {
      return mapBatch(images, (values, shape) => {
        const full = transformValueRange(values, valueRange, FULL);
        stretch(full, shape);
        const out = transformValueRange(full, FULL, valueRange, full);
        for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) out[i] = values[i];
        return out;
      });
    },

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('AutoContrast', json, []);
      return null;
    },

    outputRange: () => valueRange,

    describe(context: DescribeContext): LayerDescription {
      return {
        summary: phrase('Stretches each channel of each image to fill value_range [{0}, {1}], in training and at inference alike.', valueRange[0], valueRange[1]),
        details: [
          phrase('Per image and channel, the darkest value becomes {0} and the brightest {1}; a channel with a single value is left as it is.', valueRange[0], valueRange[1]),
          ...valueRangeMismatch(valueRange, context),
        ],
        inference: phrase('Also applied at inference (training=False): model.predict() sees contrast-stretched images too.'),
        versionNotes: [phrase('Keras 3 only (Keras 2 had it in keras-cv).')],
      };
    },
  };
}

export const autoContrast: LayerFactory = { className: 'AutoContrast', versions: [3], create };
