// TF.js 4.22's cropAndResize (its CPU kernel, a port of TF's CropAndResize computed in double): a
// box [y1, x1, y2, x2] in normalised coordinates (0 = first pixel centre, 1 = last) is sampled on
// a cropH×cropW grid, y = y1·(H−1) + i·(y2−y1)·(H−1)/(cropH−1) (the box centre when cropH is 1);
// samples outside [0, H−1]×[0, W−1] take the extrapolation value. Bilinear blends in double;
// nearest rounds with Math.round (halves up). One box for every image of the batch.
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export type CropAndResizeMethod = 'bilinear' | 'nearest';

export interface CropBox {
  readonly y1: number;
  readonly x1: number;
  readonly y2: number;
  readonly x2: number;
}

/** Sample positions along one axis: a (start, end) box edge pair on an axis of `len` pixels. */
function positions(start: number, end: number, len: number, count: number): number[] {
  const step = count > 1 ? ((end - start) * (len - 1)) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i) => (count > 1 ? start * (len - 1) + i * step : 0.5 * (start + end) * (len - 1)));
}

export function tfjsCropAndResize(
  src: Float32Array,
  shape: ImageBatchShape,
  box: CropBox,
  cropH: number,
  cropW: number,
  method: CropAndResizeMethod,
  extrapolation: number,
): Float32Array {
  assertBatchLength(src, shape, 'tfjsCropAndResize');
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(batch * cropH * cropW * channels);
  const ys = positions(box.y1, box.y2, height, cropH);
  const xs = positions(box.x1, box.x2, width, cropW);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * width * channels;
    for (const y of ys) {
      const rowInside = y >= 0 && y <= height - 1;
      for (const x of xs) {
        if (!rowInside || x < 0 || x > width - 1) {
          for (let c = 0; c < channels; c++) out[o++] = extrapolation;
          continue;
        }
        if (method === 'nearest') {
          const p = base + (Math.round(y) * width + Math.round(x)) * channels;
          for (let c = 0; c < channels; c++) out[o++] = src[p + c];
          continue;
        }
        const top = Math.floor(y), bottom = Math.ceil(y), left = Math.floor(x), right = Math.ceil(x);
        const wy = y - top, wx = x - left;
        for (let c = 0; c < channels; c++) {
          const tl = src[base + (top * width + left) * channels + c];
          const tr = src[base + (top * width + right) * channels + c];
          const bl = src[base + (bottom * width + left) * channels + c];
          const br = src[base + (bottom * width + right) * channels + c];
          const t = tl + (tr - tl) * wx;
          const bt = bl + (br - bl) * wx;
          out[o++] = t + (bt - t) * wy;
        }
      }
    }
  }
  return out;
}
