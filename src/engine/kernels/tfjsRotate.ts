// TF.js 4.22's rotateWithOffset (its CPU kernel): output pixel (x, y) reads the input at
// (x − cx)·cos θ − (y − cy)·sin θ + cx, (x − cx)·sin θ + (y − cy)·cos θ + cy, each rounded with
// Math.round (nearest only, halves up), in double; pixels reading outside the image get the fill
// value (per channel for an [r, g, b] fill, whose channel 3, alpha, is forced to 255).
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export function tfjsRotateWithOffset(
  src: Float32Array,
  shape: ImageBatchShape,
  radians: number,
  centerX: number,
  centerY: number,
  fill: (channel: number) => number,
): Float32Array {
  assertBatchLength(src, shape, 'tfjsRotateWithOffset');
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(src.length);
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * width * channels;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const inX = Math.round((x - centerX) * cos - (y - centerY) * sin + centerX);
        const inY = Math.round((x - centerX) * sin + (y - centerY) * cos + centerY);
        const inside = inX >= 0 && inX < width && inY >= 0 && inY < height;
        const p = base + (inY * width + inX) * channels;
        for (let c = 0; c < channels; c++) out[o++] = inside ? src[p + c] : fill(c);
      }
    }
  }
  return out;
}
