// tf.image.flipLeftRight(image): every image mirrored left–right (TF.js reads column
// round(W − x − 1), which is always inside). float32 images only.
import { flipImages } from '../../kernels/flip';
import { mapBatch } from '../../tensors';
import { phrase } from '../description';
import { requireFloat32, tfjsOp } from './tfjsOp';

export const tfjsFlipLeftRight = tfjsOp('flipLeftRight', [], () => ({
  apply: (images, dtype) => {
    requireFloat32('flipLeftRight', dtype);
    const all = new Array<boolean>(images.shape[0]).fill(true);
    return mapBatch(images, (values, shape) => flipImages(values, shape, all, all.map(() => false)));
  },
  describe: () => ({ summary: phrase('Mirrors every image left–right.'), details: [] }),
}));
