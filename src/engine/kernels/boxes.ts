// Rectangles in an NHWC batch, as CutMix and RandomErasing select them: Keras builds a mask
// `x0 <= col < x1 and y0 <= row < y1` from float coordinates over the pixel grid and uses
// where(mask, other, image). Here the mask becomes integer spans and the copy a loop.
import type { ImageBatchShape } from './imageBatch';

/** A box in pixels, corners as Keras compares them: x0 <= col < x1, y0 <= row < y1. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Pixel indices i of 0..len−1 with lo <= i < hi, as [first, end) (empty when none, or NaN). */
export function gridSpan(lo: number, hi: number, len: number): [number, number] {
  const first = Math.min(len, Math.max(0, Math.ceil(lo)));
  const end = Math.min(len, Math.max(0, Math.ceil(hi)));
  if (Number.isNaN(first) || Number.isNaN(end) || end <= first) return [0, 0];
  return [first, end];
}

/** The box's rows and columns in an image of this size. */
export function boxSpans(box: Box, height: number, width: number): { rows: [number, number]; cols: [number, number] } {
  return { rows: gridSpan(box.y0, box.y1, height), cols: gridSpan(box.x0, box.x1, width) };
}

/** Copies box `box` of image `fromImage` of `src` into the same place of image `toImage` of `dst`. */
export function copyBox(dst: Float32Array, src: Float32Array, shape: ImageBatchShape, toImage: number, fromImage: number, box: Box): void {
  const { height, width, channels } = shape;
  const { rows, cols } = boxSpans(box, height, width);
  const image = height * width * channels;
  for (let y = rows[0]; y < rows[1]; y++) {
    const row = (y * width + cols[0]) * channels;
    const from = fromImage * image + row;
    dst.set(src.subarray(from, from + (cols[1] - cols[0]) * channels), toImage * image + row);
  }
}

/**
 * Writes `fill` into box `box` of image `image`: `fill` holds one value per channel, or one
 * value per channel of every pixel of the box (its rows × columns × channels, row-major).
 */
export function fillBox(dst: Float32Array, shape: ImageBatchShape, image: number, box: Box, fill: Float32Array): void {
  const { height, width, channels } = shape;
  const { rows, cols } = boxSpans(box, height, width);
  const boxWidth = cols[1] - cols[0];
  const perPixel = fill.length === channels;
  let k = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    let d = ((image * height + y) * width + cols[0]) * channels;
    if (!perPixel) {
      dst.set(fill.subarray(k, k + boxWidth * channels), d);
      k += boxWidth * channels;
      continue;
    }
    for (let x = 0; x < boxWidth; x++) for (let c = 0; c < channels; c++) dst[d++] = fill[c];
  }
}
