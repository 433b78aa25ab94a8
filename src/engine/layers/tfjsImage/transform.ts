// tf.image.transform(image, transforms, interpolation="nearest", fillMode="constant", fillValue=0,
// outputShape?): a projective map from output to input pixels, [a0, a1, a2, b0, b1, b2, c0, c1]
// (kernels/tfjsTransform.ts, TF.js's arithmetic). One row for every image: a row per image of a
// batch cannot follow the preview's images. TF.js's defaults differ from Keras's layers: nearest
// and constant. float32 images only.
import type { Value } from '../../../pipeline/model';
import { FILL_MODES, type FillMode } from '../../kernels/fillModes';
import { INTERPOLATIONS, type Interpolation } from '../../kernels/projectiveTransform';
import { tfjsTransform } from '../../kernels/tfjsTransform';
import { phrase } from '../description';
import { LayerConfigError, UnsupportedLayerError, type ValueRange } from '../layer';
import { pyRepr } from '../python';
import { mapBatchResized } from '../tfImage/reshapedBatch';
import { check, jsNumber, jsSize, requireFloat32, tfjsOp } from './tfjsOp';

const OP = 'tf.image.transform';

function transformRow(value: Value | undefined): Float32Array {
  const rows = Array.isArray(value) && value.every((r) => Array.isArray(r)) ? (value as Value[][]) : undefined;
  check(rows !== undefined && rows.every((r) => r.length === 8), () => 'Error in transform: Input transform should be batch x 8 or 1 x 8');
  if ((rows as Value[][]).length !== 1) throw new UnsupportedLayerError(`${OP}: ${(rows as Value[][]).length} transform rows (one per image of a batch); the preview takes one row for every image`);
  const row = (rows as Value[][])[0];
  if (!row.every((v) => typeof v === 'number')) throw new LayerConfigError(`${OP}: the transform must hold 8 numbers. Received: ${pyRepr(row)}`);
  return Float32Array.from(row as number[]);
}

export const tfjsTransformOp = tfjsOp(
  'transform',
  [{ name: 'transforms', required: true }, { name: 'interpolation', default: 'nearest' }, { name: 'fill_mode', default: 'constant' }, { name: 'fill_value', default: 0 }, { name: 'output_shape', default: null }],
  (args) => {
    const row = transformRow(args.transforms);
    const interpolation = args.interpolation as Interpolation;
    if (!INTERPOLATIONS.includes(interpolation)) throw new LayerConfigError(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${String(args.interpolation)}`);
    // TF.js maps any other fill mode as constant.
    const fillMode: FillMode = FILL_MODES.includes(args.fill_mode as FillMode) ? (args.fill_mode as FillMode) : 'constant';
    const fillValue = jsNumber('transform', 'fill_value', args.fill_value);
    const size = args.output_shape === null ? undefined : jsSize('transform', 'output_shape', args.output_shape);
    check(args.output_shape === null || size?.length === 2, () => `Error in transform: outputShape must be [height, width] or null, but got ${String(args.output_shape)}.`);
    return {
      apply: (images, dtype) => {
        requireFloat32('transform', dtype);
        return mapBatchResized(images, (values, shape) => {
          const [outHeight, outWidth] = size ?? [shape.height, shape.width];
          return { values: tfjsTransform(values, shape, row, { interpolation, fillMode, fillValue, outHeight, outWidth }), height: outHeight, width: outWidth };
        });
      },
      outputShape: (input) => (size ? { ...input, height: size[0], width: size[1] } : input),
      outputRange: (range): ValueRange => (fillMode === 'constant' ? [Math.min(range[0], fillValue), Math.max(range[1], fillValue)] : range),
      describe: () => ({
        summary: phrase('Warps every image with a projective transform (TF.js\'s tf.image.transform).'),
        details: [
          phrase(
            'Output pixel (x, y) reads the input at ((a0·x + a1·y + a2)/k, (b0·x + b1·y + b2)/k) with k = c0·x + c1·y + 1; here a = ({0}, {1}, {2}), b = ({3}, {4}, {5}), c = ({6}, {7}).',
            ...Array.from(row),
          ),
          interpolation === 'bilinear' ? phrase('Interpolation: bilinear.') : phrase('Interpolation: nearest (TF.js\'s default).'),
          fillMode === 'constant'
            ? phrase('Areas uncovered by the transform are filled with {0} (fill_mode="constant").', fillValue)
            : phrase('Areas uncovered by the transform are filled by fill_mode="{0}".', fillMode),
        ],
      }),
    };
  },
);
