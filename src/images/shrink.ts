// RGBA pixels shrunk to fit a longest side, each output pixel the mean of the source pixels its
// box covers: thumbnails of a large layer output (Resizing(1024, 1024)) stay small to encode and
// to send, and a box mean does not alias as sampling would.

export interface RgbaPixels {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

export function shrinkToFit(image: RgbaPixels, maxSide: number): RgbaPixels {
  const { width, height, rgba } = image;
  const k = Math.min(1, maxSide / Math.max(width, height));
  if (k >= 1) return image;
  const outW = Math.max(1, Math.round(width * k));
  const outH = Math.max(1, Math.round(height * k));
  const out = new Uint8Array(outW * outH * 4);
  for (let y = 0; y < outH; y++) {
    const y0 = Math.floor((y * height) / outH);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / outH));
    for (let x = 0; x < outW; x++) {
      const x0 = Math.floor((x * width) / outW);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / outW));
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0, i = (sy * width + x0) * 4; sx < x1; sx++, i += 4) {
          r += rgba[i];
          g += rgba[i + 1];
          b += rgba[i + 2];
          a += rgba[i + 3];
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * outW + x) * 4;
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(g / n);
      out[o + 2] = Math.round(b / n);
      out[o + 3] = Math.round(a / n);
    }
  }
  return { width: outW, height: outH, rgba: out };
}
