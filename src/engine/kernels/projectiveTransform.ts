// TF's ImageProjectiveTransformV3 (image_ops.h), which Keras's affine_transform (K3, TF backend)
// and K2's `transform` call. Input coordinates are computed in float32 step by step exactly as TF
// does (an error there is multiplied by the image's gradient); the blend is within float32 ulps.
// Spec with examples: keras-layers.md §1.7. Rows are inverse maps [a0,a1,a2,b0,b1,b2,c0,c1]:
// output pixel (x, y) reads input ((a0·x + a1·y + a2)/k, (b0·x + b1·y + b2)/k), k = c0·x + c1·y + 1.
import { axisAlignedTransform } from './axisAlignedTransform';
import { coordinateMap, type FillMode } from './fillModes';
import { f32, roundHalfAwayFromZero } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export type Interpolation = 'nearest' | 'bilinear';

export const INTERPOLATIONS: readonly Interpolation[] = ['nearest', 'bilinear'];

export interface ProjectiveTransformOptions {
  readonly interpolation: Interpolation;
  readonly fillMode: FillMode;
  /** Read for taps outside the image (constant mode, and every mode when k == 0). */
  readonly fillValue: number;
  /** Output size; the input size when absent. */
  readonly outHeight?: number;
  readonly outWidth?: number;
}

/**
 * Transforms a float32 NHWC batch. `transforms` holds 8 values (one row shared by the batch) or
 * 8·batch (one row per image), as float32 like TF's `transforms` input.
 */
export function projectiveTransform(
  images: Float32Array,
  shape: ImageBatchShape,
  transforms: Float32Array,
  options: ProjectiveTransformOptions,
  out?: Float32Array,
): Float32Array {
  assertBatchLength(images, shape, 'projectiveTransform images');
  const { batch, height, width, channels } = shape;
  const outH = options.outHeight ?? height;
  const outW = options.outWidth ?? width;
  if (transforms.length !== 8 && transforms.length !== 8 * batch) {
    throw new Error(`projectiveTransform: expected 8 or ${8 * batch} transform values, got ${transforms.length}`);
  }
  const result = out ?? new Float32Array(batch * outH * outW * channels);
  assertBatchLength(result, { batch, height: outH, width: outW, channels }, 'projectiveTransform out');

  const fill = f32(options.fillValue);
  const map = coordinateMap(options.fillMode);
  const bilinear = options.interpolation === 'bilinear';
  const inImage = height * width * channels;
  const lastX = width - 1;
  const lastY = height - 1;
  const rowLength = width * channels;
  const outImage = outH * outW * channels;
  // f32(a0·x) and f32(b0·x) depend only on the column: computed once per image.
  const colA = new Float32Array(outW);
  const colB = new Float32Array(outW);

  for (let b = 0; b < batch; b++) {
    const t = transforms.length === 8 ? 0 : 8 * b;
    const a0 = transforms[t], a1 = transforms[t + 1], a2 = transforms[t + 2];
    const b0 = transforms[t + 3], b1 = transforms[t + 4], b2 = transforms[t + 5];
    const c0 = transforms[t + 6], c1 = transforms[t + 7];
    // With c0 = c1 = 0 TF divides by exactly 1, which changes nothing: skip it.
    const projective = c0 !== 0 || c1 !== 0;
    if (!projective && a1 === 0 && b0 === 0) {
      const img = { images, src: b * inImage, dst: b * outImage, height, width, channels, outH, outW };
      axisAlignedTransform(img, a0, a2, b1, b2, map, bilinear, fill, result);
      continue;
    }
    for (let x = 0; x < outW; x++) {
      colA[x] = a0 * x;
      colB[x] = b0 * x;
    }
    const src = b * inImage;
    let dst = b * outImage;
    for (let y = 0; y < outH; y++) {
      const rowA = f32(a1 * y);
      const rowB = f32(b1 * y);
      const rowC = f32(c1 * y);
      for (let x = 0; x < outW; x++, dst += channels) {
        // TF evaluates (a0·x + a1·y) + a2, rounding to float32 after each step.
        let inX = f32(f32(colA[x] + rowA) + a2);
        let inY = f32(f32(colB[x] + rowB) + b2);
        if (projective) {
          const k = f32(f32(f32(c0 * x) + rowC) + 1);
          if (k === 0) {
            for (let c = 0; c < channels; c++) result[dst + c] = fill;
            continue;
          }
          inX = f32(inX / k);
          inY = f32(inY / k);
        }
        // Inside the image every fill mode maps a coordinate to itself: skip the call.
        const mx = inX >= 0 && inX <= lastX ? inX : map(inX, width);
        const my = inY >= 0 && inY <= lastY ? inY : map(inY, height);
        if (!bilinear) {
          nearestPixel(images, src, height, width, channels, my, mx, fill, result, dst);
          continue;
        }
        // floor as an int32 truncation where that is the same (non-negative, below 2^31), which
        // keeps the tap indices integers; anything else fails the test and takes bilinearPixel.
        const x0 = mx >= 0 ? mx | 0 : -1;
        const y0 = my >= 0 ? my | 0 : -1;
        if (x0 >= 0 && x0 < lastX && y0 >= 0 && y0 < lastY) {
          // All four taps inside, the common case, inline (bilinearPixel's fast path; a call per
          // pixel costs a third of the kernel's time).
          // mx − x0 is exact in float32 (Sterbenz: x0 ≤ mx < x0 + 1 ≤ 2·x0, or x0 = 0), so it
          // needs no rounding; x0 + 1 − mx does when x0 = 0 and mx < 0.5.
          const wx0 = mx - x0, wx1 = f32(x0 + 1 - mx);
          const wy0 = my - y0, wy1 = f32(y0 + 1 - my);
          const i00 = src + (y0 * width + x0) * channels;
          const i10 = i00 + rowLength;
          for (let c = 0; c < channels; c++) {
            const top = wx1 * images[i00 + c] + wx0 * images[i00 + channels + c];
            const bottom = wx1 * images[i10 + c] + wx0 * images[i10 + channels + c];
            result[dst + c] = wy1 * top + wy0 * bottom;
          }
          continue;
        }
        bilinearPixel(images, src, height, width, channels, my, mx, fill, result, dst);
      }
    }
  }
  return result;
}

/** std::round on both coordinates; a tap outside the image reads the fill value. */
function nearestPixel(
  images: Float32Array, src: number, height: number, width: number, channels: number,
  y: number, x: number, fill: number, out: Float32Array, dst: number,
): void {
  const ry = roundHalfAwayFromZero(y);
  const rx = roundHalfAwayFromZero(x);
  if (ry >= 0 && ry < height && rx >= 0 && rx < width) {
    const i = src + (ry * width + rx) * channels;
    for (let c = 0; c < channels; c++) out[dst + c] = images[i + c];
  } else {
    for (let c = 0; c < channels; c++) out[dst + c] = fill;
  }
}

/**
 * TF's blend: rows first ((x1−x)·p00 + (x−x0)·p01), then columns. Taps outside the image read
 * the fill value, so constant mode blends it into border pixels. The weights are float32 as in
 * TF; the blend itself runs in double and is rounded once when stored, which stays within a few
 * float32 ulps of TF's step-by-step rounding (relative 1e-6 at most) and is much faster.
 */
function bilinearPixel(
  images: Float32Array, src: number, height: number, width: number, channels: number,
  y: number, x: number, fill: number, out: Float32Array, dst: number,
): void {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = f32(x0 + 1);
  const y1 = f32(y0 + 1);
  const wx1 = f32(x1 - x), wx0 = f32(x - x0);
  const wy1 = f32(y1 - y), wy0 = f32(y - y0);
  if (x0 >= 0 && x1 < width && y0 >= 0 && y1 < height) {
    // All four taps inside: the common case, without per-tap checks.
    const i00 = src + (y0 * width + x0) * channels;
    const i10 = i00 + width * channels;
    for (let c = 0; c < channels; c++) {
      const top = wx1 * images[i00 + c] + wx0 * images[i00 + channels + c];
      const bottom = wx1 * images[i10 + c] + wx0 * images[i10 + channels + c];
      out[dst + c] = wy1 * top + wy0 * bottom;
    }
    return;
  }
  const x0In = x0 >= 0 && x0 < width, x1In = x1 >= 0 && x1 < width;
  const y0In = y0 >= 0 && y0 < height, y1In = y1 >= 0 && y1 < height;
  const i00 = y0In && x0In ? src + (y0 * width + x0) * channels : -1;
  const i01 = y0In && x1In ? src + (y0 * width + x1) * channels : -1;
  const i10 = y1In && x0In ? src + (y1 * width + x0) * channels : -1;
  const i11 = y1In && x1In ? src + (y1 * width + x1) * channels : -1;
  for (let c = 0; c < channels; c++) {
    const p00 = i00 >= 0 ? images[i00 + c] : fill;
    const p01 = i01 >= 0 ? images[i01 + c] : fill;
    const p10 = i10 >= 0 ? images[i10 + c] : fill;
    const p11 = i11 >= 0 ? images[i11 + c] : fill;
    out[dst + c] = wy1 * (wx1 * p00 + wx0 * p01) + wy0 * (wx1 * p10 + wx0 * p11);
  }
}
