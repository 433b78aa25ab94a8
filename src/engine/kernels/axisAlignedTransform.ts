// ImageProjectiveTransformV3 for rows without rotation, shear or perspective
// (a1 = b0 = c0 = c1 = 0: zooms, translations, flips). Then the input x depends on the output
// column only and y on the row only, so the taps, weights and fill-mode mapping are computed once
// per column and per row, with the same float32 steps as the general path, and each pixel is only
// a blend: about twice as fast as computing its coordinates.
import type { CoordinateMap } from './fillModes';
import { f32, roundHalfAwayFromZero } from './float32';

/** Per output index along one axis: two taps, their weights and whether each lies in the image. */
interface AxisTaps {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly wLo: Float32Array;
  readonly wHi: Float32Array;
  readonly loIn: Uint8Array;
  readonly hiIn: Uint8Array;
}

/** Bilinear taps of coord(i) = f32(scale·i + offset) (float32 product, then sum, as TF). */
function bilinearTaps(outLen: number, inLen: number, scale: number, offset: number, map: CoordinateMap): AxisTaps {
  const taps = { lo: new Int32Array(outLen), hi: new Int32Array(outLen), wLo: new Float32Array(outLen), wHi: new Float32Array(outLen), loIn: new Uint8Array(outLen), hiIn: new Uint8Array(outLen) };
  for (let i = 0; i < outLen; i++) {
    const raw = f32(f32(scale * i) + offset);
    const c = raw >= 0 && raw <= inLen - 1 ? raw : map(raw, inLen);
    const lo = Math.floor(c);
    taps.lo[i] = lo;
    taps.hi[i] = lo + 1;
    taps.wHi[i] = f32(c - lo);
    taps.wLo[i] = f32(lo + 1 - c);
    taps.loIn[i] = lo >= 0 && lo < inLen ? 1 : 0;
    taps.hiIn[i] = lo + 1 >= 0 && lo + 1 < inLen ? 1 : 0;
  }
  return taps;
}

/** Nearest taps (std::round) of the same coordinates; −1 where the tap falls outside. */
function nearestTaps(outLen: number, inLen: number, scale: number, offset: number, map: CoordinateMap): Int32Array {
  const taps = new Int32Array(outLen);
  for (let i = 0; i < outLen; i++) {
    const raw = f32(f32(scale * i) + offset);
    const r = roundHalfAwayFromZero(raw >= 0 && raw <= inLen - 1 ? raw : map(raw, inLen));
    taps[i] = r >= 0 && r < inLen ? r : -1;
  }
  return taps;
}

export interface AxisAlignedImage {
  readonly images: Float32Array;
  /** Offset of this image in `images` and of its output in `out`. */
  readonly src: number;
  readonly dst: number;
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly outH: number;
  readonly outW: number;
}

/** One image: x_in = a0·x + a2, y_in = b1·y + b2. */
export function axisAlignedTransform(
  img: AxisAlignedImage,
  a0: number, a2: number, b1: number, b2: number,
  map: CoordinateMap, bilinear: boolean, fill: number, out: Float32Array,
): void {
  const { images, src, height, width, channels, outH, outW } = img;
  const row = width * channels;
  let dst = img.dst;
  if (!bilinear) {
    const xs = nearestTaps(outW, width, a0, a2, map);
    const ys = nearestTaps(outH, height, b1, b2, map);
    for (let y = 0; y < outH; y++) {
      for (let x = 0; x < outW; x++, dst += channels) {
        if (ys[y] < 0 || xs[x] < 0) {
          for (let c = 0; c < channels; c++) out[dst + c] = fill;
          continue;
        }
        const p = src + ys[y] * row + xs[x] * channels;
        for (let c = 0; c < channels; c++) out[dst + c] = images[p + c];
      }
    }
    return;
  }
  const xs = bilinearTaps(outW, width, a0, a2, map);
  const ys = bilinearTaps(outH, height, b1, b2, map);
  // Per column, the left tap's offset in a row when both taps lie in the image, else −1: one
  // load and one test per pixel instead of three of each.
  const inside = new Int32Array(outW);
  for (let x = 0; x < outW; x++) inside[x] = xs.loIn[x] && xs.hiIn[x] ? xs.lo[x] * channels : -1;
  for (let y = 0; y < outH; y++) {
    const wy0 = ys.wLo[y], wy1 = ys.wHi[y];
    const top = src + ys.lo[y] * row;
    const rowsIn = ys.loIn[y] && ys.hiIn[y];
    for (let x = 0; x < outW; x++, dst += channels) {
      const wx0 = xs.wLo[x], wx1 = xs.wHi[x];
      const offset = inside[x];
      if (rowsIn && offset >= 0) {
        const i00 = top + offset;
        const i10 = i00 + row;
        if (channels === 3) {
          // RGB unrolled (the same arithmetic as the loop below).
          out[dst] = wy0 * (wx0 * images[i00] + wx1 * images[i00 + 3]) + wy1 * (wx0 * images[i10] + wx1 * images[i10 + 3]);
          out[dst + 1] = wy0 * (wx0 * images[i00 + 1] + wx1 * images[i00 + 4]) + wy1 * (wx0 * images[i10 + 1] + wx1 * images[i10 + 4]);
          out[dst + 2] = wy0 * (wx0 * images[i00 + 2] + wx1 * images[i00 + 5]) + wy1 * (wx0 * images[i10 + 2] + wx1 * images[i10 + 5]);
          continue;
        }
        for (let c = 0; c < channels; c++) {
          out[dst + c] = wy0 * (wx0 * images[i00 + c] + wx1 * images[i00 + channels + c]) + wy1 * (wx0 * images[i10 + c] + wx1 * images[i10 + channels + c]);
        }
        continue;
      }
      // A tap outside the image reads the fill value (constant mode's blend at the border).
      const read = (yIn: number, yi: number, xIn: number, xi: number, c: number) => (yIn && xIn ? images[src + yi * row + xi * channels + c] : fill);
      for (let c = 0; c < channels; c++) {
        const t = wx0 * read(ys.loIn[y], ys.lo[y], xs.loIn[x], xs.lo[x], c) + wx1 * read(ys.loIn[y], ys.lo[y], xs.hiIn[x], xs.hi[x], c);
        const b = wx0 * read(ys.hiIn[y], ys.hi[y], xs.loIn[x], xs.lo[x], c) + wx1 * read(ys.hiIn[y], ys.hi[y], xs.hiIn[x], xs.hi[x], c);
        out[dst + c] = wy0 * t + wy1 * b;
      }
    }
  }
}
