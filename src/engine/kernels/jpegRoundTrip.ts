// What tf.image.adjust_jpeg_quality does to one uint8 image: libjpeg-turbo's baseline JPEG encode
// at a quality (TF's EncodeJpegVariableQuality: standard tables scaled by the quality, YCbCr with
// 4:2:0 chroma, the accurate integer DCT) and decode (TF's DecodeJpeg default: the fast integer
// IDCT, or the accurate one; "fancy" triangle upsampling of the chroma). Every step is libjpeg's integer arithmetic,
// so the result is TF's to the last bit; entropy coding is lossless and left out. One or three
// channels.

const BLOCK = 8;
const CENTER = 128;

/** Annex K's tables, in natural (row-major) order. */
const LUMINANCE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMINANCE = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
  ...new Array<number>(32).fill(99),
];

/** jpeg_set_quality(quality, force_baseline=TRUE): the tables scaled, each entry in [1, 255]. */
function quantTable(basic: readonly number[], quality: number): Int32Array {
  const q = Math.min(Math.max(quality, 1), 100);
  const scale = q < 50 ? Math.trunc(5000 / q) : 200 - q * 2;
  return Int32Array.from(basic, (b) => Math.min(Math.max(Math.trunc((b * scale + 50) / 100), 1), 255));
}

// ----------------------------------------------------------------------------- colour

/** FIX(x) at 16 fractional bits, as libjpeg rounds its constants. */
const fix16 = (x: number) => Math.trunc(x * 65536 + 0.5);
const HALF16 = 1 << 15;

function rgbToYcc(r: number, g: number, b: number): [number, number, number] {
  const y = (fix16(0.299) * r + fix16(0.587) * g + fix16(0.114) * b + HALF16) >> 16;
  // Cb and Cr round with 0.5 − ε so that 255 never rounds up past the range.
  const cb = (-fix16(0.16874) * r - fix16(0.33126) * g + fix16(0.5) * b + (CENTER << 16) + HALF16 - 1) >> 16;
  const cr = (fix16(0.5) * r - fix16(0.41869) * g - fix16(0.08131) * b + (CENTER << 16) + HALF16 - 1) >> 16;
  return [y, cb, cr];
}

const clampByte = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

function yccToRgb(y: number, cb: number, cr: number): [number, number, number] {
  const x = cr - CENTER;
  const z = cb - CENTER;
  const red = y + ((fix16(1.402) * x + HALF16) >> 16);
  const green = y + ((-fix16(0.71414) * x + (-fix16(0.34414) * z + HALF16)) >> 16);
  const blue = y + ((fix16(1.772) * z + HALF16) >> 16);
  return [clampByte(red), clampByte(green), clampByte(blue)];
}

// ----------------------------------------------------------------------------- planes

interface Plane {
  readonly width: number;
  readonly height: number;
  readonly data: Int32Array;
}

/** The plane widened and heightened by repeating its last column and row (libjpeg's edge expansion). */
function expand(plane: Plane, width: number, height: number): Plane {
  const data = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(y, plane.height - 1);
    for (let x = 0; x < width; x++) data[y * width + x] = plane.data[sy * plane.width + Math.min(x, plane.width - 1)];
  }
  return { width, height, data };
}

/** h2v2_downsample: the mean of each 2×2 group with a bias alternating 1, 2, 1, 2 along the row. */
function downsample(plane: Plane): Plane {
  const width = plane.width / 2;
  const height = plane.height / 2;
  const data = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 2 * y * plane.width + 2 * x;
      data[y * width + x] = (plane.data[i] + plane.data[i + 1] + plane.data[i + plane.width] + plane.data[i + plane.width + 1] + 1 + (x & 1)) >> 2;
    }
  }
  return { width, height, data };
}

// ----------------------------------------------------------------------------- forward DCT and quantization

/** Right shift by n with rounding, on values that may pass 2^31 (libjpeg computes in 64 bits). */
const descale = (x: number, n: number) => Math.floor((x + 2 ** (n - 1)) / 2 ** n);

/** jpeg_fdct_islow: the accurate integer forward DCT (13-bit constants, 2 extra bits in pass 1), in place; outputs ×8. */
function forwardDct(block: Int32Array): void {
  for (let pass = 0; pass < 2; pass++) {
    // Pass 1 works along rows and keeps 2 extra bits; pass 2 along columns removes them.
    const [stride, step] = pass === 0 ? [BLOCK, 1] : [1, BLOCK];
    const shift = pass === 0 ? 11 : 15; // CONST_BITS − PASS1_BITS, then CONST_BITS + PASS1_BITS
    for (let line = 0; line < BLOCK; line++) {
      const b = line * stride;
      const d0 = block[b], d1 = block[b + step], d2 = block[b + 2 * step], d3 = block[b + 3 * step];
      const d4 = block[b + 4 * step], d5 = block[b + 5 * step], d6 = block[b + 6 * step], d7 = block[b + 7 * step];
      const tmp0 = d0 + d7, tmp7 = d0 - d7, tmp1 = d1 + d6, tmp6 = d1 - d6;
      const tmp2 = d2 + d5, tmp5 = d2 - d5, tmp3 = d3 + d4, tmp4 = d3 - d4;
      const tmp10 = tmp0 + tmp3, tmp13 = tmp0 - tmp3, tmp11 = tmp1 + tmp2, tmp12 = tmp1 - tmp2;
      block[b] = pass === 0 ? (tmp10 + tmp11) * 4 : descale(tmp10 + tmp11, 2);
      block[b + 4 * step] = pass === 0 ? (tmp10 - tmp11) * 4 : descale(tmp10 - tmp11, 2);
      const z1e = (tmp12 + tmp13) * 4433;
      block[b + 2 * step] = descale(z1e + tmp13 * 6270, shift);
      block[b + 6 * step] = descale(z1e - tmp12 * 15137, shift);
      const z5 = (tmp4 + tmp5 + tmp6 + tmp7) * 9633;
      const z1 = (tmp4 + tmp7) * -7373;
      const z2 = (tmp5 + tmp6) * -20995;
      const z3 = (tmp4 + tmp6) * -16069 + z5;
      const z4 = (tmp5 + tmp7) * -3196 + z5;
      block[b + 7 * step] = descale(tmp4 * 2446 + z1 + z3, shift);
      block[b + 5 * step] = descale(tmp5 * 16819 + z2 + z4, shift);
      block[b + 3 * step] = descale(tmp6 * 25172 + z2 + z3, shift);
      block[b + step] = descale(tmp7 * 12299 + z1 + z4, shift);
    }
  }
}

/**
 * libjpeg-turbo's division of a coefficient by 8·q: not a true division but a multiplication by a
 * 16-bit reciprocal (compute_reciprocal), with a rounding correction nudged by one where the
 * reciprocal's fraction is below a half, so a few coefficients round differently from (|v| + d/2)/d.
 */
function reciprocalOf(divisor: number): { recip: number; corr: number; shift: number } {
  let shift = 16 + Math.floor(Math.log2(divisor));
  let recip = Math.floor(2 ** shift / divisor);
  const remainder = 2 ** shift % divisor;
  let corr = Math.floor(divisor / 2);
  if (remainder === 0) {
    // A power of two: the reciprocal would not fit 16 bits.
    recip /= 2;
    shift--;
  } else if (remainder <= Math.floor(divisor / 2)) corr++;
  else recip++;
  return { recip, corr, shift };
}

/** Each entry's reciprocal, correction and 2^shift, computed once per table. */
function divisorsOf(table: Int32Array): Float64Array {
  const out = new Float64Array(3 * 64);
  table.forEach((q, i) => {
    const { recip, corr, shift } = reciprocalOf(q << 3);
    out.set([recip, corr, 2 ** shift], 3 * i);
  });
  return out;
}

function quantize(block: Int32Array, divisors: Float64Array): void {
  for (let i = 0; i < 64; i++) {
    const v = block[i];
    const q = Math.floor(((Math.abs(v) + divisors[3 * i + 1]) * divisors[3 * i]) / divisors[3 * i + 2]);
    block[i] = v < 0 ? -q : q;
  }
}

// ----------------------------------------------------------------------------- inverse DCT

/** 2^14 · s(row) · s(col), s(0) = 1, s(k) = √2·cos(kπ/16): jddctmgr's aanscales, rounded. */
const AAN_SCALES = Int32Array.from({ length: 64 }, (_, i) => {
  const s = (k: number) => (k === 0 ? 1 : Math.SQRT2 * Math.cos((k * Math.PI) / 16));
  return Math.round(16384 * s(i >> 3) * s(i & 7));
});

/** The fast IDCT's multipliers: q·aanscale at 2 fractional bits, rounded. */
function ifastTable(table: Int32Array): Int32Array {
  return Int32Array.from(table, (q, i) => (q * AAN_SCALES[i] + (1 << 11)) >> 12);
}

/** jidctfst's range limit after the IDCT: x & 1023 through libjpeg's table (clamps −512…383 around 128). */
function idctLimit(x: number): number {
  const m = x & 1023;
  return m < 128 ? m + 128 : m < 384 ? 255 : m < 896 ? 0 : m - 896;
}

/** jpeg_idct_ifast: AAN with 8-bit constants and truncating shifts, coefficients × multipliers. */
function inverseDct(coefficients: Int32Array, multipliers: Int32Array, out: Int32Array): void {
  const mul = (v: number, c: number) => Math.floor((v * c) / 256);
  const ws = new Int32Array(64);
  const butterfly = (v: (k: number) => number, write: (k: number, x: number) => void) => {
    const tmp10 = v(0) + v(4), tmp11 = v(0) - v(4);
    const tmp13 = v(2) + v(6);
    const tmp12 = mul(v(2) - v(6), 362) - tmp13;
    const e0 = tmp10 + tmp13, e3 = tmp10 - tmp13, e1 = tmp11 + tmp12, e2 = tmp11 - tmp12;
    const z13 = v(5) + v(3), z10 = v(5) - v(3), z11 = v(1) + v(7), z12 = v(1) - v(7);
    const o7 = z11 + z13;
    const o11 = mul(z11 - z13, 362);
    const z5 = mul(z10 + z12, 473);
    const o10 = mul(z12, 277) - z5;
    const o12 = mul(z10, -669) + z5;
    const o6 = o12 - o7;
    const o5 = o11 - o6;
    const o4 = o10 + o5;
    write(0, e0 + o7); write(7, e0 - o7);
    write(1, e1 + o6); write(6, e1 - o6);
    write(2, e2 + o5); write(5, e2 - o5);
    write(4, e3 + o4); write(3, e3 - o4);
  };
  for (let col = 0; col < BLOCK; col++) {
    butterfly((k) => coefficients[k * BLOCK + col] * multipliers[k * BLOCK + col], (k, x) => (ws[k * BLOCK + col] = x));
  }
  for (let row = 0; row < BLOCK; row++) {
    butterfly((k) => ws[row * BLOCK + k], (k, x) => (out[row * BLOCK + k] = idctLimit(x >> 5)));
  }
}

/**
 * jpeg_idct_islow (TF's dct_method="INTEGER_ACCURATE"): the accurate integer IDCT, 13-bit
 * constants, rounded shifts, coefficients × the quantization table itself.
 */
function inverseDctAccurate(coefficients: Int32Array, table: Int32Array, out: Int32Array): void {
  const ws = new Int32Array(64);
  const butterfly = (v: (k: number) => number, shift: number, write: (k: number, x: number) => void) => {
    const z1e = (v(2) + v(6)) * 4433;
    const e2 = z1e - v(6) * 15137;
    const e3 = z1e + v(2) * 6270;
    const e0 = (v(0) + v(4)) * 8192;
    const e1 = (v(0) - v(4)) * 8192;
    const t10 = e0 + e3, t13 = e0 - e3, t11 = e1 + e2, t12 = e1 - e2;
    let o0 = v(7), o1 = v(5), o2 = v(3), o3 = v(1);
    const z5 = (o0 + o1 + o2 + o3) * 9633;
    const z1 = (o0 + o3) * -7373;
    const z2 = (o1 + o2) * -20995;
    const z3 = (o0 + o2) * -16069 + z5;
    const z4 = (o1 + o3) * -3196 + z5;
    o0 = o0 * 2446 + z1 + z3;
    o1 = o1 * 16819 + z2 + z4;
    o2 = o2 * 25172 + z2 + z3;
    o3 = o3 * 12299 + z1 + z4;
    write(0, descale(t10 + o3, shift)); write(7, descale(t10 - o3, shift));
    write(1, descale(t11 + o2, shift)); write(6, descale(t11 - o2, shift));
    write(2, descale(t12 + o1, shift)); write(5, descale(t12 - o1, shift));
    write(3, descale(t13 + o0, shift)); write(4, descale(t13 - o0, shift));
  };
  for (let col = 0; col < BLOCK; col++) {
    butterfly((k) => coefficients[k * BLOCK + col] * table[k * BLOCK + col], 11, (k, x) => (ws[k * BLOCK + col] = x));
  }
  for (let row = 0; row < BLOCK; row++) {
    butterfly((k) => ws[row * BLOCK + k], 18, (k, x) => (out[row * BLOCK + k] = idctLimit(x)));
  }
}

/** TF's DecodeJpeg dct_method: "" and "INTEGER_FAST" are the fast IDCT, "INTEGER_ACCURATE" the accurate one. */
export type JpegDctMethod = 'fast' | 'accurate';

/** A plane of whole blocks through FDCT, quantization, dequantization and IDCT, block by block. */
function codePlane(plane: Plane, table: Int32Array, method: JpegDctMethod): Plane {
  const multipliers = ifastTable(table);
  const divisors = divisorsOf(table);
  const data = new Int32Array(plane.data.length);
  const block = new Int32Array(64);
  const decoded = new Int32Array(64);
  for (let by = 0; by < plane.height; by += BLOCK) {
    for (let bx = 0; bx < plane.width; bx += BLOCK) {
      for (let i = 0; i < 64; i++) block[i] = plane.data[(by + (i >> 3)) * plane.width + bx + (i & 7)] - CENTER;
      forwardDct(block);
      quantize(block, divisors);
      if (method === 'fast') inverseDct(block, multipliers, decoded);
      else inverseDctAccurate(block, table, decoded);
      for (let i = 0; i < 64; i++) data[(by + (i >> 3)) * plane.width + bx + (i & 7)] = decoded[i];
    }
  }
  return { width: plane.width, height: plane.height, data };
}

// ----------------------------------------------------------------------------- upsampling

/**
 * h2v2_fancy_upsample over the first `width` × `height` samples: each output is 9/16, 3/16, 3/16,
 * 1/16 of the four nearest samples, rounded with biases 8 and 7 alternating; the rows above the
 * first and below the last repeat them. Chroma at most 2 samples wide is simply repeated 2×2.
 */
function upsample(plane: Plane, width: number, height: number): Plane {
  const out = new Int32Array(4 * width * height);
  const outWidth = 2 * width;
  const at = (x: number, y: number) => plane.data[y * plane.width + x];
  for (let y = 0; y < height; y++) {
    for (const v of [0, 1]) {
      const near = y;
      const far = v === 0 ? Math.max(y - 1, 0) : Math.min(y + 1, height - 1);
      const row = (2 * y + v) * outWidth;
      if (width <= 2) {
        for (let x = 0; x < width; x++) out[row + 2 * x] = out[row + 2 * x + 1] = at(x, near);
        continue;
      }
      const colsum = (x: number) => at(x, near) * 3 + at(x, far);
      out[row] = (colsum(0) * 4 + 8) >> 4;
      out[row + 1] = (colsum(0) * 3 + colsum(1) + 7) >> 4;
      for (let x = 1; x < width - 1; x++) {
        out[row + 2 * x] = (colsum(x) * 3 + colsum(x - 1) + 8) >> 4;
        out[row + 2 * x + 1] = (colsum(x) * 3 + colsum(x + 1) + 7) >> 4;
      }
      out[row + 2 * width - 2] = (colsum(width - 1) * 3 + colsum(width - 2) + 8) >> 4;
      out[row + 2 * width - 1] = (colsum(width - 1) * 4 + 7) >> 4;
    }
  }
  return { width: outWidth, height: 2 * height, data: out };
}

// ----------------------------------------------------------------------------- the round trip

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;

/**
 * `pixels`: height × width × channels whole numbers 0–255 (channels 1 or 3); returns the decoded
 * image, the same layout.
 */
export function jpegRoundTrip(
  pixels: ArrayLike<number>,
  height: number,
  width: number,
  channels: 1 | 3,
  quality: number,
  method: JpegDctMethod = 'fast',
  out: Float32Array = new Float32Array(height * width * channels),
): Float32Array {
  if (channels === 1) {
    const gray = expand({ width, height, data: Int32Array.from(pixels) }, roundUp(width, BLOCK), roundUp(height, BLOCK));
    const decoded = codePlane(gray, quantTable(LUMINANCE, quality), method);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = decoded.data[y * decoded.width + x];
    return out;
  }
  const planes = [0, 1, 2].map(() => new Int32Array(width * height));
  for (let p = 0; p < width * height; p++) {
    const ycc = rgbToYcc(pixels[3 * p], pixels[3 * p + 1], pixels[3 * p + 2]);
    for (let c = 0; c < 3; c++) planes[c][p] = ycc[c];
  }
  // Luma: whole blocks. Chroma: the image widened to whole 16-pixel groups, halved both ways.
  const luma = codePlane(expand({ width, height, data: planes[0] }, roundUp(width, BLOCK), roundUp(height, BLOCK)), quantTable(LUMINANCE, quality), method);
  const chromaTable = quantTable(CHROMINANCE, quality);
  const [chromaW, chromaH] = [Math.ceil(width / 2), Math.ceil(height / 2)];
  const chroma = [planes[1], planes[2]].map((data) => {
    const half = downsample(expand({ width, height, data }, roundUp(width, 16), roundUp(height, 2)));
    const coded = codePlane(expand(half, half.width, roundUp(half.height, BLOCK)), chromaTable, method);
    return upsample(coded, chromaW, chromaH);
  });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = yccToRgb(luma.data[y * luma.width + x], chroma[0].data[y * chroma[0].width + x], chroma[1].data[y * chroma[1].width + x]);
      out.set(rgb, 3 * (y * width + x));
    }
  }
  return out;
}
