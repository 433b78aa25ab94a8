// tf.image.resizeBilinear(images, size, alignCorners=false, halfPixelCenters=false) and
// resizeNearestNeighbor(...): TF.js's TF1-style resizes (kernels/tfjsResize.ts). With TF.js's
// defaults the grid is neither corner-aligned nor half-pixel centred (TF2's tf.image.resize is
// half-pixel), so the image is offset against TF2's by half an output pixel minus half an input
// pixel. Bilinear returns float32, nearest keeps the dtype.
import type { Value } from '../../../pipeline/model';
import { tfjsResizeBilinear, tfjsResizeNearest } from '../../kernels/tfjsResize';
import { phrase } from '../description';
import type { FunctionFactory } from '../tfImage/tfFunction';
import { mapBatchResized } from '../tfImage/reshapedBatch';
import { check, jsSize, tfjsDtype, tfjsOp } from './tfjsOp';

type Kind = 'bilinear' | 'nearest';

function factory(kind: Kind): FunctionFactory {
  const op = kind === 'bilinear' ? 'resizeBilinear' : 'resizeNearestNeighbor';
  const params = [{ name: 'size', required: true }, { name: 'align_corners', default: false }, { name: 'half_pixel_centers', default: false }];
  return tfjsOp(op, params, (args: Readonly<Record<string, Value>>) => {
    const size = jsSize(op, 'size', args.size);
    check(size !== undefined && size.length === 2, () => `Error in ${op}: new shape must 2D, but got shape ${Array.isArray(args.size) ? args.size.join(',') : String(args.size)}.`);
    const [height, width] = size as [number, number];
    const alignCorners = Boolean(args.align_corners);
    const halfPixelCenters = Boolean(args.half_pixel_centers);
    check(!halfPixelCenters || !alignCorners, () => `Error in ${op}: If halfPixelCenters is true, alignCorners must be false.`);
    const resizeKernel = kind === 'bilinear' ? tfjsResizeBilinear : tfjsResizeNearest;
    return {
      apply: (images) =>
        mapBatchResized(images, (values, shape) => ({ values: resizeKernel(values, shape, height, width, { alignCorners, halfPixelCenters }), height, width })),
      outputShape: (input) => ({ ...input, height, width }),
      outputDtype: (dtype) => (kind === 'bilinear' ? 'float32' : tfjsDtype(dtype)),
      describe: () => ({
        summary: kind === 'bilinear'
          ? phrase('Resizes every image to {0}×{1} px (width × height) with bilinear interpolation.', width, height)
          : phrase('Resizes every image to {0}×{1} px (width × height), taking the nearest pixel.', width, height),
        details: [
          alignCorners
            ? phrase('alignCorners=true: the corner pixels of the input and the output line up.')
            : halfPixelCenters
              ? phrase('halfPixelCenters=true: pixel centres line up as in TF2\'s tf.image.resize.')
              : phrase('With TF.js\'s defaults (alignCorners and halfPixelCenters false) output pixel i samples the input at i·(in/out), not at (i + 0.5)·(in/out) − 0.5 as TF2\'s tf.image.resize does: the image is offset by half an output pixel minus half an input pixel.'),
        ],
      }),
    };
  });
}

export const tfjsResizeBilinearOp = factory('bilinear');
export const tfjsResizeNearestNeighborOp = factory('nearest');
