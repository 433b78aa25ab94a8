// tf.image.resize(images, size, method="bilinear", preserve_aspect_ratio=False, antialias=False):
// TF2's resize (half-pixel centres) with every method (kernels/resize.ts). With
// preserve_aspect_ratio the image is scaled by min(size/height, size/width) in float32, each new
// side rounded half to even, so it fits inside `size`. Returns float32, except for "nearest",
// which keeps the input's dtype. Always resizes, even to the same size.
import { f32 } from '../../kernels/float32';
import { roundHalfToEven } from '../../kernels/saturateCast';
import { phrase } from '../description';
import { interpolationPhrase, resizeBatch, resizedDtype, resizeMethod } from './resizeArgs';
import { tfSize } from './tfArgs';
import { fixedFunction } from './tfFunction';

export const resize = fixedFunction('tf.image.resize', (args) => {
  const [height, width] = tfSize(args.size);
  const method = resizeMethod(args.method);
  const keepAspect = Boolean(args.preserve_aspect_ratio);
  const antialias = Boolean(args.antialias);
  const target = (inH: number, inW: number): [number, number] => {
    if (!keepAspect) return [height, width];
    const scale = Math.min(f32(f32(height) / f32(inH)), f32(f32(width) / f32(inW)));
    return [roundHalfToEven(f32(scale * inH)), roundHalfToEven(f32(scale * inW))];
  };
  return {
    apply(images) {
      const [outH, outW] = target(images.shape[1], images.shape[2]);
      return resizeBatch(images, outH, outW, method, antialias);
    },
    outputDtype: (dtype) => resizedDtype(method, dtype),
    outputShape(input) {
      const [outH, outW] = target(input.height, input.width);
      return { ...input, height: outH, width: outW };
    },
    describe(context) {
      const size = context.inputSize;
      const details = [interpolationPhrase(method, antialias)];
      if (keepAspect && size) {
        const [outH, outW] = target(size.height, size.width);
        details.push(phrase('From {0}×{1} px the image becomes {2}×{3} px.', size.width, size.height, outW, outH));
      }
      return {
        summary: keepAspect
          ? phrase('Scales every image to fit inside {0}×{1} px, keeping its aspect ratio.', width, height)
          : phrase('Resizes every image to {0}×{1} px (width × height), stretching if the aspect ratio differs.', width, height),
        details,
      };
    },
  };
});
