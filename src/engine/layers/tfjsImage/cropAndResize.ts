// tf.image.cropAndResize(image, boxes, boxInd, cropSize, method="bilinear", extrapolationValue=0):
// the box [y1, x1, y2, x2] (normalised) of image boxInd, sampled to cropSize (kernels/
// tfjsCropAndResize.ts), float32. The preview gives the function one image at a time, so it
// takes one box of image 0; more boxes (more outputs than images) are not previewed.
import type { Value } from '../../../pipeline/model';
import { tfjsCropAndResize, type CropAndResizeMethod } from '../../kernels/tfjsCropAndResize';
import { phrase } from '../description';
import { LayerConfigError, UnsupportedLayerError, type ValueRange } from '../layer';
import { pyRepr } from '../python';
import { mapBatchResized } from '../tfImage/reshapedBatch';
import { check, jsNumber, jsSize, tfjsOp } from './tfjsOp';

const OP = 'tf.image.cropAndResize';

function oneBox(boxes: Value | undefined, boxInd: Value | undefined): [number, number, number, number] {
  const rows = Array.isArray(boxes) ? boxes : [];
  if (!rows.every((r) => Array.isArray(r) && r.length === 4 && r.every((v) => typeof v === 'number'))) {
    throw new LayerConfigError(`${OP}: boxes must be a list of [y1, x1, y2, x2] boxes. Received: ${pyRepr(boxes ?? null)}`);
  }
  const indices = Array.isArray(boxInd) ? boxInd : [];
  check(indices.length === rows.length, () => `Error in cropAndResize: boxInd must be have size [${rows.length}] but had shape ${rows.length},4.`);
  if (rows.length !== 1 || indices[0] !== 0) {
    throw new UnsupportedLayerError(`${OP}: ${rows.length} box(es) of images ${pyRepr(indices)}; the preview runs the code on one image at a time and shows one crop of it (one box, boxInd [0])`);
  }
  return rows[0] as [number, number, number, number];
}

export const tfjsCropAndResizeOp = tfjsOp(
  'cropAndResize',
  [{ name: 'boxes', required: true }, { name: 'box_ind', required: true }, { name: 'crop_size', required: true }, { name: 'method', default: 'bilinear' }, { name: 'extrapolation_value', default: 0 }],
  (args) => {
    const [y1, x1, y2, x2] = oneBox(args.boxes, args.box_ind);
    const size = jsSize('cropAndResize', 'crop_size', args.crop_size);
    check(size !== undefined && size.length === 2, () => `Error in cropAndResize: cropSize must be of length 2, but got length ${Array.isArray(args.crop_size) ? args.crop_size.length : 0}.`);
    const [cropH, cropW] = size as [number, number];
    check(cropH >= 1 && cropW >= 1, () => `cropSize must be atleast [1,1], but was ${cropH},${cropW}`);
    const method = args.method;
    check(method === 'bilinear' || method === 'nearest', () => `method must be bilinear or nearest, but was ${String(method)}`);
    const extrapolation = jsNumber('cropAndResize', 'extrapolation_value', args.extrapolation_value);
    return {
      apply: (images) =>
        mapBatchResized(images, (values, shape) => ({
          values: tfjsCropAndResize(values, shape, { y1, x1, y2, x2 }, cropH, cropW, method as CropAndResizeMethod, extrapolation),
          height: cropH,
          width: cropW,
        })),
      outputShape: (input) => ({ ...input, height: cropH, width: cropW }),
      outputDtype: () => 'float32',
      outputRange: (range): ValueRange => [Math.min(range[0], extrapolation), Math.max(range[1], extrapolation)],
      describe: (context) => {
        const size = context.inputSize;
        const details = [phrase('The box runs from y = {0} to {1} and x = {2} to {3}, in fractions of the image (0 and 1 are the first and last pixel centres).', y1, y2, x1, x2)];
        if (size) details.push(phrase('From {0}×{1} px that is about {2}×{3} px of the image.', size.width, size.height, Math.round(Math.abs(x2 - x1) * (size.width - 1)), Math.round(Math.abs(y2 - y1) * (size.height - 1))));
        return {
          summary: method === 'nearest'
            ? phrase('Crops the same box out of every image and resizes it to {0}×{1} px (width × height), taking the nearest pixel.', cropW, cropH)
            : phrase('Crops the same box out of every image and resizes it to {0}×{1} px (width × height) with bilinear interpolation.', cropW, cropH),
          details,
        };
      },
    };
  },
);
