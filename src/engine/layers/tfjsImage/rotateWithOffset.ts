// tf.image.rotateWithOffset(image, radians, fillValue=0, center=0.5): a rotation by `radians`
// about `center` (a fraction of width and height, or [cx, cy]), nearest neighbour only, with a
// constant fill (kernels/tfjsRotate.ts). Positive radians turn the content anticlockwise on
// screen (y points down). float32 images only.
import type { Value } from '../../../pipeline/model';
import { tfjsRotateWithOffset } from '../../kernels/tfjsRotate';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { LayerConfigError, type ValueRange } from '../layer';
import { pyRepr } from '../python';
import { jsNumber, requireFloat32, tfjsOp } from './tfjsOp';

/** A number, or a list of numbers (per channel for the fill, [x, y] for the centre). */
function numberOrList(name: string, value: Value | undefined): number | number[] {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value as number[];
  throw new LayerConfigError(`tf.image.rotateWithOffset: ${name} must be a number or a list of numbers. Received: ${pyRepr(value ?? null)}`);
}

export const tfjsRotateWithOffsetOp = tfjsOp(
  'rotateWithOffset',
  [{ name: 'radians', required: true }, { name: 'fill_value', default: 0 }, { name: 'center', default: 0.5 }],
  (args) => {
    const radians = jsNumber('rotateWithOffset', 'radians', args.radians);
    const fill = numberOrList('fill_value', args.fill_value);
    const center = numberOrList('center', args.center);
    const fillOf = (channel: number) => (typeof fill === 'number' ? fill : channel === 3 ? 255 : (fill[channel] ?? NaN));
    const degrees = (radians * 180) / Math.PI;
    return {
      apply: (images, dtype) => {
        requireFloat32('rotateWithOffset', dtype);
        return mapBatch(images, (values, shape) => {
          const cx = shape.width * (typeof center === 'number' ? center : center[0]);
          const cy = shape.height * (typeof center === 'number' ? center : center[1]);
          return tfjsRotateWithOffset(values, shape, radians, cx, cy, fillOf);
        });
      },
      outputRange(range): ValueRange {
        const fills = typeof fill === 'number' ? [fill] : fill;
        return [Math.min(range[0], ...fills), Math.max(range[1], ...fills)];
      },
      describe: () => ({
        summary: phrase('Rotates every image by {0}° anticlockwise about its centre, taking the nearest pixel.', degrees),
        details: [
          typeof fill === 'number'
            ? phrase('Corners uncovered by the rotation are filled with {0}.', fill)
            : phrase('Corners uncovered by the rotation are filled with the colour ({0}, {1}, {2}); a fourth channel gets 255.', fill[0] ?? 0, fill[1] ?? 0, fill[2] ?? 0),
          phrase('TF.js rotates with nearest-neighbour sampling only (no bilinear, no reflect fill).'),
        ],
      }),
    };
  },
);
