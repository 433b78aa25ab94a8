// tf.image.resize (TF2: half-pixel centres, no antialias) for bilinear and nearest, on float
// NHWC arrays. Used to bring images to the model's input size and by the Resizing layer.
// Formulas: keras-layers.md §1.8.

export type ResizeMethod = 'bilinear' | 'nearest';

export function resizeImages(
  src: Float32Array,
  batch: number,
  inH: number,
  inW: number,
  channels: number,
  outH: number,
  outW: number,
  method: ResizeMethod,
): Float32Array {
  const out = new Float32Array(batch * outH * outW * channels);
  const sy = inH / outH;
  const sx = inW / outW;
  if (method === 'nearest') {
    const ys = new Int32Array(outH);
    const xs = new Int32Array(outW);
    for (let y = 0; y < outH; y++) ys[y] = Math.min(Math.floor((y + 0.5) * sy), inH - 1);
    for (let x = 0; x < outW; x++) xs[x] = Math.min(Math.floor((x + 0.5) * sx), inW - 1);
    let o = 0;
    for (let b = 0; b < batch; b++) {
      const base = b * inH * inW * channels;
      for (let y = 0; y < outH; y++) {
        const row = base + ys[y] * inW * channels;
        for (let x = 0; x < outW; x++) {
          const p = row + xs[x] * channels;
          for (let c = 0; c < channels; c++) out[o++] = src[p + c];
        }
      }
    }
    return out;
  }
  const axis = (outLen: number, inLen: number, scale: number) => {
    const lo = new Int32Array(outLen);
    const hi = new Int32Array(outLen);
    const w = new Float32Array(outLen);
    for (let i = 0; i < outLen; i++) {
      const s = (i + 0.5) * scale - 0.5;
      const f = Math.floor(s);
      lo[i] = Math.max(f, 0);
      hi[i] = Math.min(Math.ceil(s), inLen - 1);
      w[i] = s - f;
    }
    return { lo, hi, w };
  };
  const ay = axis(outH, inH, sy);
  const ax = axis(outW, inW, sx);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const base = b * inH * inW * channels;
    for (let y = 0; y < outH; y++) {
      const top = base + ay.lo[y] * inW * channels;
      const bottom = base + ay.hi[y] * inW * channels;
      const wy = ay.w[y];
      for (let x = 0; x < outW; x++) {
        const l = ax.lo[x] * channels;
        const r = ax.hi[x] * channels;
        const wx = ax.w[x];
        for (let c = 0; c < channels; c++) {
          const tl = src[top + l + c];
          const t = tl + (src[top + r + c] - tl) * wx;
          const bl = src[bottom + l + c];
          const bt = bl + (src[bottom + r + c] - bl) * wx;
          out[o++] = t + (bt - t) * wy;
        }
      }
    }
  }
  return out;
}
