// ResizeBicubic with half_pixel_centers (what tf.image.resize(method="bicubic") runs without
// antialias): Keys' cubic (a = −0.5) with its weights read from TF's 1025-entry table at
// round(1024·fraction), taps outside the image dropped and the remaining weights renormalised.
// Each output is the x-weighted sum of four y-weighted column sums.
import { f32 } from './float32';
import type { ImageBatchShape } from './imageBatch';
import { resizeScale } from './resizeScale';
import { roundHalfToEven } from './saturateCast';

const TABLE_SIZE = 1024;
const FLT_MIN = 2 ** -126;

/** TF's InitCoeffsTable(a): per table step, the weight of the near tap and of the far tap (computed in double, stored as float). */
function coefficientsTable(a: number): Float32Array {
  const table = new Float32Array((TABLE_SIZE + 1) * 2);
  for (let i = 0; i <= TABLE_SIZE; i++) {
    let x = f32(i / TABLE_SIZE);
    table[i * 2] = ((a + 2) * x - (a + 3)) * x * x + 1;
    x = f32(x + 1);
    table[i * 2 + 1] = ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
  }
  return table;
}

let keysTable: Float32Array | undefined;

interface CubicTaps {
  /** 4 input indices and 4 weights per output index. */
  readonly index: Int32Array;
  readonly weight: Float32Array;
}

function cubicAxis(outLen: number, inLen: number): CubicTaps {
  const table = (keysTable ??= coefficientsTable(-0.5));
  const scale = resizeScale(inLen, outLen);
  const index = new Int32Array(outLen * 4);
  const weight = new Float32Array(outLen * 4);
  for (let o = 0; o < outLen; o++) {
    const pos = f32(f32(f32(o + 0.5) * scale) - 0.5);
    const start = Math.floor(pos);
    // lrintf: round half to even.
    const offset = roundHalfToEven(f32(f32(pos - start) * TABLE_SIZE));
    const raw = [table[offset * 2 + 1], table[offset * 2], table[(TABLE_SIZE - offset) * 2], table[(TABLE_SIZE - offset) * 2 + 1]];
    let sum = 0;
    for (let k = 0; k < 4; k++) {
      const want = start - 1 + k;
      const bounded = Math.min(inLen - 1, Math.max(0, want));
      index[o * 4 + k] = bounded;
      weight[o * 4 + k] = bounded === want ? raw[k] : 0;
      sum = f32(sum + weight[o * 4 + k]);
    }
    if (Math.abs(sum) >= 1000 * FLT_MIN) {
      const inverse = f32(1 / sum);
      for (let k = 0; k < 4; k++) weight[o * 4 + k] = f32(weight[o * 4 + k] * inverse);
    }
  }
  return { index, weight };
}

export function resizeBicubic(src: Float32Array, shape: ImageBatchShape, outH: number, outW: number): Float32Array {
  const { batch, height, width, channels } = shape;
  const out = new Float32Array(batch * outH * outW * channels);
  const ay = cubicAxis(outH, height);
  const ax = cubicAxis(outW, width);
  const row = width * channels;
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * height * row;
    for (let y = 0; y < outH; y++) {
      const r0 = base + ay.index[y * 4] * row, r1 = base + ay.index[y * 4 + 1] * row;
      const r2 = base + ay.index[y * 4 + 2] * row, r3 = base + ay.index[y * 4 + 3] * row;
      const wy0 = ay.weight[y * 4], wy1 = ay.weight[y * 4 + 1], wy2 = ay.weight[y * 4 + 2], wy3 = ay.weight[y * 4 + 3];
      for (let x = 0; x < outW; x++) {
        for (let c = 0; c < channels; c++) {
          let v = 0;
          for (let k = 0; k < 4; k++) {
            const p = ax.index[x * 4 + k] * channels + c;
            v += ax.weight[x * 4 + k] * (wy0 * src[r0 + p] + wy1 * src[r1 + p] + wy2 * src[r2 + p] + wy3 * src[r3 + p]);
          }
          out[o++] = v;
        }
      }
    }
  }
  return out;
}
