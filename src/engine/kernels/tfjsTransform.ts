// TF.js 4.22's tf.image.transform: a port of TF's ImageProjectiveTransformV3 (projectiveTransform.ts
// has TF's own, in float32), but computed in double, as its JavaScript is, and rounding nearest
// interpolation with Math.round (−0.5 reads pixel 0 where TF's std::round reads the fill). The
// fill-mode mapping is TF's (reflect, wrap with its (len − 1) quirk, nearest, constant), in double.
// TF.js's CPU kernel computes only the batch's first image (tfjs-notes.md §2.1); WebGL, where
// TF.js code usually runs, computes every image, as here.
import type { FillMode } from './fillModes';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';
import type { Interpolation } from './projectiveTransform';

function clamp(c: number, len: number): number {
  return Math.min(Math.max(c, 0), len - 1);
}

function mapCoordinate(c: number, len: number, mode: FillMode): number {
  if (mode === 'constant') return c;
  if (mode === 'nearest' || len <= 1) return clamp(mode === 'nearest' ? c : 0, len);
  if (mode === 'reflect') {
    const sz2 = 2 * len;
    if (c < 0) {
      if (c < sz2) c = sz2 * Math.trunc(-c / sz2) + c;
      c = c < -len ? c + sz2 : -c - 1;
    } else if (c > len - 1) {
      c -= sz2 * Math.trunc(c / sz2);
      if (c >= len) c = sz2 - c - 1;
    }
    return clamp(c, len);
  }
  // wrap
  if (c < 0) c += len * (Math.trunc(-c / (len - 1)) + 1);
  else if (c > len - 1) c -= len * Math.trunc(c / (len - 1));
  return clamp(c, len);
}

export interface TfjsTransformOptions {
  readonly interpolation: Interpolation;
  readonly fillMode: FillMode;
  readonly fillValue: number;
  readonly outHeight: number;
  readonly outWidth: number;
}

/** One row of 8 values (a0 a1 a2 b0 b1 b2 c0 c1) for every image, as float32 (TF.js's tensor). */
export function tfjsTransform(src: Float32Array, shape: ImageBatchShape, row: Float32Array, options: TfjsTransformOptions): Float32Array {
  assertBatchLength(src, shape, 'tfjsTransform');
  const { batch, height, width, channels } = shape;
  const { outHeight, outWidth, fillValue, fillMode } = options;
  const out = new Float32Array(batch * outHeight * outWidth * channels).fill(fillValue);
  const [a0, a1, a2, b0, b1, b2, c0, c1] = row;
  const read = (base: number, y: number, x: number, c: number) =>
    y >= 0 && y < height && x >= 0 && x < width ? src[base + (y * width + x) * channels + c] : fillValue;
  for (let b = 0; b < batch; b++) {
    const base = b * height * width * channels;
    let o = b * outHeight * outWidth * channels;
    for (let outY = 0; outY < outHeight; outY++) {
      for (let outX = 0; outX < outWidth; outX++, o += channels) {
        const k = c0 * outX + c1 * outY + 1;
        // An infinite coordinate: the output keeps the fill value.
        if (k === 0) continue;
        const x = mapCoordinate((a0 * outX + a1 * outY + a2) / k, width, fillMode);
        const y = mapCoordinate((b0 * outX + b1 * outY + b2) / k, height, fillMode);
        for (let c = 0; c < channels; c++) {
          if (options.interpolation === 'nearest') {
            out[o + c] = read(base, Math.round(y), Math.round(x), c);
            continue;
          }
          const x0 = Math.floor(x), y0 = Math.floor(y);
          const top = (x0 + 1 - x) * read(base, y0, x0, c) + (x - x0) * read(base, y0, x0 + 1, c);
          const bottom = (x0 + 1 - x) * read(base, y0 + 1, x0, c) + (x - x0) * read(base, y0 + 1, x0 + 1, c);
          out[o + c] = (y0 + 1 - y) * top + (y - y0) * bottom;
        }
      }
    }
  }
  return out;
}
