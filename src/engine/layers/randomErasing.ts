// keras.layers.RandomErasing (Keras 3 only; keras-layers.md §2.26): with probability p per image,
// a random rectangle is overwritten. Draw order: u ~ U(scale) for both sides of each image (its
// side is √u of the image's), the x starts, the y starts, p ~ U(factor), the coin U(0, 1) < p,
// then the fill. fill_value=None fills with N(0, 1)·value_range[1] per pixel and channel, clipped
// to value_range (so about half of it is value_range[0]); a number or 3 numbers (one per channel)
// fill flat, also clipped. Keras draws the noise for the whole batch; the engine draws only what
// lands in the erased boxes (same distribution, fewer draws). Training off: the input as float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { boxSpans, fillBox, type Box } from '../kernels/boxes';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy, mapBatch } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory, type ValueRange } from './layer';
import { boxFromList, boxList, drawnBox, isBoxList } from './randomBoxes';
import { isBoolean, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';
import { storedValueRange } from './valueRangeArg';

export interface ErasingTransformation {
  readonly erase: readonly boolean[];
  readonly boxes: readonly Box[];
  /** fill_value=None: per erased image, the fill of its box (rows × columns × channels), clipped. */
  readonly noise?: readonly (Float32Array | null)[];
}

/** fill_value: None, a number, or three numbers (checked by Keras when the layer is called, with this message). */
function readFill(value: Value | undefined): number[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'number')) return value as number[];
  throw new LayerConfigError('The `fill_value` argument should be a number (or a list of three numbers) ');
}

/** Standard-normal noise for one image, [H][W][C] as nested lists (stated transformations). */
function noiseFromJson(v: unknown, shape: BatchShape, index: number): Float32Array {
  const { height, width, channels } = shape;
  const flat = Array.isArray(v) && v.length === height ? v.flat(2) : [];
  const ok = flat.length === height * width * channels && (v as unknown[][]).every((row) => Array.isArray(row) && row.length === width && row.every((px) => Array.isArray(px) && px.length === channels));
  if (!ok || !flat.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new LayerConfigError(`RandomErasing transformation: "fill_noise" entry ${index} must be null or ${height}×${width}×${channels} nested lists of numbers`);
  }
  return Float32Array.from(flat as number[]);
}

/** A side of the box as a fraction of the image's: √u of the scale draw u, in float32. */
export const erasingSideRatio = (u: number): number => f32(Math.sqrt(u));

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<ErasingTransformation> {
  checkDataFormat(args.data_format);
  const [pLo, pHi] = keras3SetFactor(args.factor ?? null, [0, 1]);
  const [sLo, sHi] = keras3SetFactor(args.scale ?? null, [0, 1], 'scale');
  const [vLo, vHi] = storedValueRange('RandomErasing', args.value_range);
  const fill = readFill(args.fill_value);
  const [lo32, hi32] = [f32(vLo), f32(vHi)];
  // tf.clip_by_value: min with the high bound, then max with the low one (a reversed range gives the low one).
  const clip = (v: number) => Math.max(Math.min(v, hi32), lo32);
  const flatFill = fill && Float32Array.from(fill, (v) => clip(f32(v)));

  /** The box's fill from standard normals, as Keras scales and clips them. */
  const scaleNoise = (normals: Float32Array) => normals.map((n) => clip(f32(f32(n) * hi32)));

  const checkChannels = (channels: number) => {
    // Keras broadcasts the three fill values over the channels axis, which fails for other counts.
    if (fill && fill.length === 3 && channels !== 3) throw new LayerConfigError(`RandomErasing: fill_value has 3 values (one per channel) but the images have ${channels} channels`);
  };

  return {
    className: 'RandomErasing',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng): ErasingTransformation {
      const { batch, height, width, channels } = shape;
      const sides = Array.from({ length: 2 * batch }, () => erasingSideRatio(f32(rng.uniform(sLo, sHi))));
      const ux = Array.from({ length: batch }, () => f32(rng.uniform()));
      const uy = Array.from({ length: batch }, () => f32(rng.uniform()));
      const p = Array.from({ length: batch }, () => f32(rng.uniform(pLo, pHi)));
      const erase = p.map((pb) => f32(rng.uniform()) < pb);
      const boxes = ux.map((_, b) => drawnBox(sides[2 * b], sides[2 * b + 1], ux[b], uy[b], height, width));
      if (fill) return { erase, boxes };
      const noise = boxes.map((box, b) => {
        if (!erase[b]) return null;
        const { rows, cols } = boxSpans(box, height, width);
        const n = (rows[1] - rows[0]) * (cols[1] - cols[0]) * channels;
        return scaleNoise(Float32Array.from({ length: n }, () => rng.normal()));
      });
      return { erase, boxes, noise };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      checkChannels(images.shape[3]);
      return mapBatch(images, (values, shape) => {
        const out = values.slice();
        t.boxes.forEach((box, b) => {
          const values = flatFill ?? t.noise?.[b];
          if (t.erase[b] && values) fillBox(out, shape, b, box, values);
        });
        return out;
      });
    },

    describeSample: (t, index) => ({ erased: t.erase[index], box: boxList(t.boxes[index]) }),

    parseTransformation(json, shape) {
      const keys = fill ? ['erased', 'box'] : ['erased', 'box', 'fill_noise'];
      const obj = transformationObject('RandomErasing', json, keys);
      const erase = perImageList('RandomErasing', obj, 'erased', shape.batch, isBoolean, 'booleans');
      const boxes = perImageList('RandomErasing', obj, 'box', shape.batch, isBoxList, 'boxes [x0, y0, x1, y1]').map(boxFromList);
      if (fill) return { erase, boxes };
      const stated = perImageList('RandomErasing', obj, 'fill_noise', shape.batch, (_v): _v is unknown => true, 'noise images or nulls');
      const noise = boxes.map((box, b) => {
        if (!erase[b] || stated[b] === null) return null;
        // Keep the part of the full image of noise that the box covers.
        const full = noiseFromJson(stated[b], shape, b);
        const { rows, cols } = boxSpans(box, shape.height, shape.width);
        const part: number[] = [];
        for (let y = rows[0]; y < rows[1]; y++) {
          part.push(...full.subarray((y * shape.width + cols[0]) * shape.channels, (y * shape.width + cols[1]) * shape.channels));
        }
        return scaleNoise(Float32Array.from(part));
      });
      return { erase, boxes, noise };
    },

    outputRange([lo, hi]): ValueRange {
      const fills = flatFill ? Array.from(flatFill) : [clip(-Infinity), clip(Infinity)];
      return [Math.min(lo, ...fills), Math.max(hi, ...fills)];
    },

    describe(): LayerDescription {
      const side = [Math.sqrt(sLo), Math.sqrt(sHi)].map((v) => Math.round(v * 100));
      const details = [
        pLo === pHi
          ? phrase('Each image is erased with probability {0} %.', Math.round(pLo * 100))
          : phrase('Each image is erased with a probability drawn from {0} % to {1} %: {2} % of images on average.', Math.round(pLo * 100), Math.round(pHi * 100), Math.round(((pLo + pHi) / 2) * 100)),
        phrase('The rectangle spans {0} %–{1} % of the width and, independently, of the height (√ of a draw from {2} to {3}), placed at random inside the image.', side[0], side[1], sLo, sHi),
        fill === null
          ? phrase('It is filled with noise: N(0, 1) × {0} per pixel and channel, clipped to [{1}, {0}], so about half of it is {1}.', vHi, vLo)
          : fill.length === 1
            ? phrase('It is filled with {0} (fill_value clipped to value_range).', clip(f32(fill[0])))
            : phrase('It is filled with ({0}) per channel (fill_value clipped to value_range).', Array.from(flatFill ?? []).join(', ')),
      ];
      return { summary: phrase('Erases a random rectangle of some images while training.'), details, inference: UNCHANGED_AT_INFERENCE, versionNotes: [] };
    },
  };
}

export const randomErasing: LayerFactory = { className: 'RandomErasing', versions: [3], create };
