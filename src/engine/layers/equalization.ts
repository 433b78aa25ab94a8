// keras.layers.Equalization (keras-layers.md §2.24, Keras 3 only): histogram equalisation per
// channel, the histogram pooled over the WHOLE batch (all images of the call), only when training
// (the docstring says always; the code has `if training:`). Values are scaled to [0, 255] in
// float32, equalised with `bins` bins, and scaled back in float64 (the lookup table is float64).
import type { KerasVersion, Value } from '../../pipeline/model';
import { equalizeChannelsPooled } from '../kernels/equalize';
import { f32 } from '../kernels/float32';
import { float32Copy, mapBatch } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { pyNumeric } from './factors';
import { LayerConfigError, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyStr } from './python';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';
import { checkedValueRange } from './valueRangeArg';

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  const bins = pyNumeric(args.bins);
  if (bins === undefined || !Number.isInteger(bins) || bins < 1) {
    throw new LayerConfigError(`Equalization: \`bins\` must be a positive whole number. Received: bins=${pyStr(args.bins)}`);
  }
  let valueRange: readonly [number, number];
  try {
    valueRange = checkedValueRange(args.value_range, version);
  } catch {
    // Equalization calls _set_value_range without defining its message: an AttributeError.
    throw new LayerConfigError("'Equalization' object has no attribute '_VALUE_RANGE_VALIDATION_ERROR'");
  }
  checkDataFormat(args.data_format);
  const [vmin, vmax] = valueRange;
  // _scale_values: scale and offset are Python floats (doubles).
  const inScale = 255 / (vmax - vmin);
  const inOffset = 0 - vmin * inScale;
  const outScale = (vmax - vmin) / 255;
  const outOffset = vmin;

  return {
    className: 'Equalization',
    version,
    config: { ...args },
    activeAtInference: false,
    sample: () => null,

    apply(images, _t, training) {
      if (!training) return float32Copy(images);
      return mapBatch(images, (values, shape) => {
        const s = f32(inScale), o = f32(inOffset);
        const full = new Float32Array(values.length);
        for (let i = 0; i < values.length; i++) full[i] = f32(f32(values[i] * s) + o);
        equalizeChannelsPooled(full, shape, bins);
        // Back in float64 (Keras holds the lookup results as float64), cast to float32 once.
        for (let i = 0; i < full.length; i++) full[i] = full[i] * outScale + outOffset;
        return full;
      });
    },

    outputDtype: (dtype, training) => (training ? 'float32' : dtype),

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('Equalization', json, []);
      return null;
    },

    outputRange: () => valueRange,

    describe(): LayerDescription {
      return {
        summary: phrase('Equalises the histogram of each channel while training, so that values spread evenly over value_range [{0}, {1}].', vmin, vmax),
        details: [
          phrase('The histogram ({0} bins) of each channel is pooled over the whole batch, not per image: each image is equalised by its batch-mates too.', bins),
          phrase('A channel whose values all fall into one bin is left as it is.'),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [phrase('Keras 3 only. Its docstring says the layer always applies, but at inference (training=False) it does nothing.')],
      };
    },
  };
}

export const equalization: LayerFactory = { className: 'Equalization', versions: [3], create };
