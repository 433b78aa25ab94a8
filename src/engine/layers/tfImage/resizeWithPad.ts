// tf.image.resize_with_pad(image, target_height, target_width, method="bilinear", antialias=False):
// scaled (tf.image.resize) by 1/max(W/tw, H/th) to floor(H/ratio)×floor(W/ratio), then placed on
// a target canvas of zeros at floor((target − scaled size)/2), all in float32 as TF computes.
import { padImagesTo } from '../../kernels/crop';
import { f32 } from '../../kernels/float32';
import { phrase } from '../description';
import { LayerConfigError } from '../layer';
import { mapBatchResized } from './reshapedBatch';
import { interpolationPhrase, resizeBatch, resizedDtype, resizeMethod } from './resizeArgs';
import { tfInt } from './tfArgs';
import { fixedFunction } from './tfFunction';
import { withZero } from './zeroRange';

export const resizeWithPad = fixedFunction('tf.image.resize_with_pad', (args) => {
  const height = tfInt(args.target_height);
  const width = tfInt(args.target_width);
  if (width <= 0) throw new LayerConfigError('target_width must be > 0.');
  if (height <= 0) throw new LayerConfigError('target_height must be > 0.');
  const method = resizeMethod(args.method);
  const antialias = Boolean(args.antialias);
  const placement = (inH: number, inW: number) => {
    const ratio = Math.max(f32(f32(inW) / f32(width)), f32(f32(inH) / f32(height)));
    const scaledH = f32(inH / ratio);
    const scaledW = f32(inW / ratio);
    return {
      height: Math.floor(scaledH),
      width: Math.floor(scaledW),
      top: Math.max(0, Math.floor(f32(f32(height - scaledH) / 2))),
      left: Math.max(0, Math.floor(f32(f32(width - scaledW) / 2))),
    };
  };
  return {
    apply(images) {
      const p = placement(images.shape[1], images.shape[2]);
      const scaled = resizeBatch(images, p.height, p.width, method, antialias);
      try {
        return mapBatchResized(scaled, (values, shape) => padImagesTo(values, shape, p.top, p.left, height, width, 0));
      } finally {
        scaled.dispose();
      }
    },
    outputDtype: (dtype) => resizedDtype(method, dtype),
    outputShape: (input) => ({ ...input, height, width }),
    outputRange: withZero,
    describe(context) {
      const size = context.inputSize;
      const details = [interpolationPhrase(method, antialias)];
      if (size) {
        const p = placement(size.height, size.width);
        details.push(phrase('From {0}×{1} px the image is scaled to {2}×{3} px and placed {4} px from the left and {5} px from the top.', size.width, size.height, p.width, p.height, p.left, p.top));
      }
      return { summary: phrase('Scales every image to fit inside {0}×{1} px, keeping its aspect ratio, and pads the rest with zeros.', width, height), details };
    },
  };
});
