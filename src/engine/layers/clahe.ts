// keras.layers.ContrastLimitedAdaptiveHistogramEqualization (CLAHE; keras-layers.md §2.25,
// Keras 3 only): equalises each channel per tile of a tile_grid_size grid, with histograms
// clipped at clip_limit, blending neighbouring tiles' maps. Values go value_range → [0, 255] →
// back, and are cast back to the input dtype (truncated for integers). Applied in training and
// at inference alike. Keras validates nothing up front; the engine checks the numbers it needs.
import type { KerasVersion, Value } from '../../pipeline/model';
import { clahe as equalizeTiles, claheSizeProblem } from '../kernels/clahe';
import { castInPlace } from '../kernels/integerCasts';
import { transformValueRange, type Range } from '../kernels/valueRange';
import { mapBatch } from '../tensors';
import { valueRangeMismatch } from './colorDescription';
import { phrase, type DescribeContext, type LayerDescription } from './description';
import { pyNumeric } from './factors';
import { LayerConfigError, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyStr } from './python';
import { transformationObject } from './transformationJson';
import { checkDataFormat } from './validation';
import { storedValueRange } from './valueRangeArg';

const NAME = 'ContrastLimitedAdaptiveHistogramEqualization';
const FULL: Range = [0, 255];

function gridSize(value: Value | undefined): [number, number] {
  const pair = Array.isArray(value) && value.length === 2 ? value.map((v) => pyNumeric(v)) : [];
  if (pair.length !== 2 || !pair.every((v) => v !== undefined && Number.isInteger(v) && v > 0)) {
    throw new LayerConfigError(`${NAME}: \`tile_grid_size\` must be two positive whole numbers (Keras fails when called). Received: tile_grid_size=${pyStr(value)}`);
  }
  return pair as [number, number];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<null> {
  const valueRange = storedValueRange(NAME, args.value_range);
  const clipLimit = pyNumeric(args.clip_limit);
  if (clipLimit === undefined) throw new LayerConfigError(`${NAME}: \`clip_limit\` must be a number. Received: clip_limit=${pyStr(args.clip_limit)}`);
  const [gridHeight, gridWidth] = gridSize(args.tile_grid_size);
  checkDataFormat(args.data_format);

  return {
    className: NAME,
    version,
    config: { ...args },
    activeAtInference: true,
    sample: () => null,

    apply(images, _t, _training, dtype = 'float32') {
      const [, height, width] = images.shape;
      const problem = claheSizeProblem(height, width, gridHeight, gridWidth);
      if (problem) throw new LayerConfigError(`${NAME}: a ${width}×${height} image is too small for a ${gridWidth}×${gridHeight} tile grid: TF's symmetric padding fails (${problem})`);
      return mapBatch(images, (values, shape) => {
        const full = transformValueRange(values, valueRange, FULL);
        equalizeTiles(full, shape, { gridHeight, gridWidth, clipLimit }, full);
        return castInPlace(transformValueRange(full, FULL, valueRange, full), dtype);
      });
    },

    outputDtype: (dtype) => dtype,

    describeSample: () => ({}),

    parseTransformation(json) {
      transformationObject(NAME, json, []);
      return null;
    },

    outputRange: () => valueRange,

    describe(context: DescribeContext): LayerDescription {
      const size = context.inputSize;
      const details = [
        size
          ? phrase('The image is split into a {0}×{1} grid of tiles (about {2}×{3} px each at {4}×{5} px); each tile gets its own histogram equalisation, blended smoothly between tiles.', gridWidth, gridHeight, Math.ceil(size.width / gridWidth), Math.ceil(size.height / gridHeight), size.width, size.height)
          : phrase('The image is split into a {0}×{1} grid of tiles; each tile gets its own histogram equalisation, blended smoothly between tiles.', gridWidth, gridHeight),
        clipLimit > 0
          ? phrase('Each histogram bin is capped at {0}× the average bin height (clip_limit), which limits how much contrast (and noise) is amplified.', clipLimit)
          : phrase('clip_limit ≤ 0: histograms are not clipped (plain adaptive equalisation, noise amplified freely).'),
        phrase('Values are mapped from value_range [{0}, {1}] to [0, 255] and back; integer images stay integer (truncated).', valueRange[0], valueRange[1]),
        ...valueRangeMismatch(valueRange, context),
      ];
      return {
        summary: phrase('Adaptive histogram equalisation with a contrast limit (CLAHE), in training and at inference alike.'),
        details,
        inference: phrase('Also applied at inference (training=False): model.predict() sees equalised images too.'),
        versionNotes: [phrase('Keras 3 only.')],
      };
    },
  };
}

export const clahe: LayerFactory = { className: NAME, versions: [3], create };
