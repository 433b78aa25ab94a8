// keras.layers.Rescaling: cast to float32, then x·scale + offset, in training and at inference
// alike. `scale` and `offset` may be per-channel lists (broadcast over the channels axis).
import type { KerasVersion, Value } from '../../pipeline/model';
import { imageJobTensor } from '../tensors';
import { LayerConfigError, type ConfiguredLayer, type LayerFactory, type ValueRange } from './layer';
import { phrase, type LayerDescription } from './description';
import { pyStr } from './python';
import { transformationObject } from './transformationJson';

/** A number or a non-empty list of numbers, as written (TF casts them to float32 when called). */
function perChannel(name: string, value: Value | undefined): number[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0 || !items.every((v) => typeof v === 'number')) {
    // Keras only notices when the layer is called (a TF cast error); the engine says so up front.
    throw new LayerConfigError(`Rescaling: \`${name}\` must be a number or a list of numbers (one per channel). Received: ${name}=${pyStr(value)}`);
  }
  return items as number[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  // The nominal range uses the values as written (1/255 maps 255 to exactly 1); pixels use float32.
  const scale = perChannel('scale', args.scale);
  const offset = perChannel('offset', args.offset);
  const scale32 = Float32Array.from(scale);
  const offset32 = Float32Array.from(offset);

  const outputRange = ([lo, hi]: ValueRange): ValueRange => {
    let min = Infinity;
    let max = -Infinity;
    const n = Math.max(scale.length, offset.length);
    for (let c = 0; c < n; c++) {
      const s = scale[scale.length === 1 ? 0 : c];
      const o = offset[offset.length === 1 ? 0 : c];
      for (const v of [lo * s + o, hi * s + o]) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return [min, max];
  };

  return {
    className: 'Rescaling',
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images, _t, _training, _dtype, buffers) {
      const channels = images.shape[3];
      for (const [name, v] of [['scale', scale], ['offset', offset]] as const) {
        if (v.length !== 1 && v.length !== channels) {
          throw new LayerConfigError(`Rescaling: \`${name}\` has ${v.length} values but the images have ${channels} channels`);
        }
      }
      return imageJobTensor(images, { kernel: 'scaleOffset', params: { scale: scale32, offset: offset32 } }, buffers);
    },

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject('Rescaling', json, []);
      return null;
    },

    describe(): LayerDescription {
      const [lo, hi] = outputRange([0, 255]);
      const one = scale.length === 1 && offset.length === 1;
      return {
        summary: one
          ? phrase('Multiplies every value by {0} and adds {1}, in training and at inference alike.', scale[0], offset[0])
          : phrase('Multiplies each channel by its own scale ({0}) and adds its offset ({1}), in training and at inference alike.', scale.join(', '), offset.join(', ')),
        details: [phrase('Pixel values in [0, 255] come out in [{0}, {1}].', lo, hi)],
        inference: phrase('Also applied at inference: model.predict() must receive images in the same range as in training ([0, 255] in, [{0}, {1}] out).', lo, hi),
        versionNotes: [],
      };
    },

    outputRange,
  };
}

export const rescaling: LayerFactory = { className: 'Rescaling', versions: [2, 3], create };
