// Keras 3's ContrastLimitedAdaptiveHistogramEqualization (keras-layers.md §2.25) on values already
// in [0, 255], per image and channel, in TF's float32 steps:
//   1. pad bottom/right symmetrically (TF's MirrorPad: a pad larger than the image fails) so the
//      tile grid divides the image; tiles are ceil(H/gh) × ceil(W/gw) pixels;
//   2. a 256-bin histogram per tile of int(v) clipped to [0, 255];
//   3. clip at clip_limit·tile_px/256 and spread the excess evenly over the 256 bins;
//   4. map = clip((cdf − cdf[0])·255 / (tile_px − cdf[0]), 0, 255);
//   5. blend the maps of the 4 nearest tile centres bilinearly (the map grid is padded by
//      repeating its edge tiles), reading each map at the pixel's own int(v).
import { f32 } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

export interface ClaheOptions {
  readonly gridHeight: number;
  readonly gridWidth: number;
  readonly clipLimit: number;
}

/** Why Keras would fail on this image size, or undefined when it runs. */
export function claheSizeProblem(height: number, width: number, gridHeight: number, gridWidth: number): string | undefined {
  const padH = Math.ceil(height / gridHeight) * gridHeight - height;
  const padW = Math.ceil(width / gridWidth) * gridWidth - width;
  if (padH === 0 && padW === 0) return undefined;
  if (padH > height) return `paddings must be no greater than the dimension size: 0, ${padH} greater than ${height}`;
  if (padW > width) return `paddings must be no greater than the dimension size: 0, ${padW} greater than ${width}`;
  return undefined;
}

export function clahe(values: Float32Array, shape: ImageBatchShape, options: ClaheOptions, out?: Float32Array): Float32Array {
  assertBatchLength(values, shape, 'clahe values');
  const { batch, height, width, channels } = shape;
  const { gridHeight: gh, gridWidth: gw } = options;
  const problem = claheSizeProblem(height, width, gh, gw);
  if (problem) throw new Error(`clahe: ${problem}`);
  const tileH = Math.ceil(height / gh);
  const tileW = Math.ceil(width / gw);
  const tilePx = tileH * tileW;
  const result = out ?? new Float32Array(values.length);
  const maps = new Float32Array(gh * gw * channels * 256);
  const hist = new Float32Array(256);
  const yAxis = gridAxis(height, tileH, gh);
  const xAxis = gridAxis(width, tileW, gw);
  const imageLength = height * width * channels;

  for (let b = 0; b < batch; b++) {
    const base = b * imageLength;
    for (let ty = 0; ty < gh; ty++) {
      for (let tx = 0; tx < gw; tx++) {
        for (let c = 0; c < channels; c++) {
          hist.fill(0);
          for (let y = ty * tileH; y < (ty + 1) * tileH; y++) {
            const row = base + symmetric(y, height) * width * channels + c;
            for (let x = tx * tileW; x < (tx + 1) * tileW; x++) hist[bin(values[row + symmetric(x, width) * channels])]++;
          }
          tileMap(hist, tilePx, options.clipLimit, maps, ((ty * gw + tx) * channels + c) * 256);
        }
      }
    }
    for (let y = 0; y < height; y++) {
      const wy = yAxis.weight[y], wy1 = f32(1 - wy);
      const rowTop = yAxis.lower[y] * gw, rowBottom = yAxis.upper[y] * gw;
      for (let x = 0; x < width; x++) {
        const wx = xAxis.weight[x], wx1 = f32(1 - wx);
        const left = xAxis.lower[x], right = xAxis.upper[x];
        const o = base + (y * width + x) * channels;
        for (let c = 0; c < channels; c++) {
          const v = bin(values[o + c]);
          const nw = maps[((rowTop + left) * channels + c) * 256 + v];
          const ne = maps[((rowTop + right) * channels + c) * 256 + v];
          const sw = maps[((rowBottom + left) * channels + c) * 256 + v];
          const se = maps[((rowBottom + right) * channels + c) * 256 + v];
          const top = f32(f32(nw * wx1) + f32(ne * wx));
          const bottom = f32(f32(sw * wx1) + f32(se * wx));
          result[o + c] = f32(f32(top * wy1) + f32(bottom * wy));
        }
      }
    }
  }
  return result;
}

/** int(v) clipped to [0, 255]. */
function bin(v: number): number {
  return v >= 255 ? 255 : v > 0 ? Math.trunc(v) : 0;
}

/** np.pad(mode="symmetric") past the bottom/right edge: row H reads H − 1, H + 1 reads H − 2. */
function symmetric(i: number, len: number): number {
  return i < len ? i : 2 * len - 1 - i;
}

/** Steps 3–4 for one tile's histogram, written to maps[offset .. offset + 256). */
function tileMap(hist: Float32Array, tilePx: number, clipLimit: number, maps: Float32Array, offset: number): void {
  if (clipLimit > 0) {
    const limit = f32((clipLimit * tilePx) / 256);
    let excess = 0;
    for (let k = 0; k < 256; k++) {
      const clipped = hist[k] > limit ? limit : hist[k];
      excess += f32(hist[k] - clipped);
      hist[k] = clipped;
    }
    const redistributed = f32(f32(excess) / 256);
    for (let k = 0; k < 256; k++) hist[k] = f32(hist[k] + redistributed);
  }
  let cdf = 0;
  let cdfMin = 0;
  const denominator0 = f32(tilePx);
  for (let k = 0; k < 256; k++) {
    cdf = f32(cdf + hist[k]);
    if (k === 0) cdfMin = cdf;
    const denominator = f32(denominator0 - cdfMin);
    const v = f32(f32(f32(cdf - cdfMin) * 255) / (denominator === 0 ? 1 : denominator));
    maps[offset + k] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
}

/**
 * Per output row (or column): the two tile indices to blend and the weight of the second.
 * Grid coordinate g = (p − tile/2)/tile + 1 on the edge-padded map grid, whose index k holds
 * tile clamp(k − 1, 0, grid − 1).
 */
function gridAxis(len: number, tile: number, grid: number): { lower: Int32Array; upper: Int32Array; weight: Float32Array } {
  const lower = new Int32Array(len);
  const upper = new Int32Array(len);
  const weight = new Float32Array(len);
  const half = f32(tile / 2);
  const toTile = (k: number) => Math.min(Math.max(Math.min(Math.max(k, 0), grid + 1) - 1, 0), grid - 1);
  for (let p = 0; p < len; p++) {
    const g = f32(f32(f32(p - half) / tile) + 1);
    const g0 = Math.floor(g);
    weight[p] = f32(g - g0);
    lower[p] = toTile(g0);
    upper[p] = toTile(g0 + 1);
  }
  return { lower, upper, weight };
}
