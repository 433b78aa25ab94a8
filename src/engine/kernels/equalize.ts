// Keras 3 Equalization's per-channel histogram equalisation (keras-layers.md §2.24) on values
// already in [0, 255]. The histogram of channel c pools every image of the batch, as Keras
// slices images[..., c] across the batch. float32 steps as in TF; note that the histogram bin
// and the lookup index round differently (x·(bins−1)/255 vs x/255·(bins−1)), as in Keras.
import { f32 } from './float32';
import { assertBatchLength, type ImageBatchShape } from './imageBatch';

/**
 * Equalises each channel over the whole batch, in place. The results are whole numbers (or the
 * channel unchanged), exact in float32; Keras holds them in float64 before scaling back.
 */
export function equalizeChannelsPooled(values: Float32Array, shape: ImageBatchShape, bins: number): Float32Array {
  assertBatchLength(values, shape, 'equalizeChannelsPooled values');
  const { channels } = shape;
  const last = bins - 1;
  // One pass for every channel's histogram (hist[c·bins + bin]), one for the lookups.
  const hist = new Int32Array(channels * bins);
  for (let i = 0, c = 0; i < values.length; i++) {
    const index = Math.trunc(f32(f32(values[i] * last) / 255));
    hist[c * bins + (index < 0 ? 0 : index > last ? last : index)]++;
    if (++c === channels) c = 0;
  }
  const luts: (Float32Array | undefined)[] = [];
  for (let c = 0; c < channels; c++) {
    const h = hist.subarray(c * bins, (c + 1) * bins);
    let nonzero = 0;
    for (let k = 0; k < bins; k++) if (h[k] !== 0) nonzero++;
    // A channel with at most one occupied bin is left as it is.
    luts.push(nonzero <= 1 ? undefined : lookupTable(h));
  }
  for (let i = 0, c = 0; i < values.length; i++) {
    const lut = luts[c];
    if (lut) {
      const scaled = f32(f32(values[i] / 255) * last);
      // clip to [0, bins − 1] in float, then truncate (NaN would read bin 0 in TF's int cast).
      values[i] = lut[scaled > 0 ? Math.trunc(scaled < last ? scaled : last) : 0];
    }
    if (++c === channels) c = 0;
  }
  return values;
}

/** lut = clip(round((cdf − cdf_min)·255 / (cdf[−1] − cdf_min or 1)), 0, 255), cdf_min the first nonzero cdf. */
function lookupTable(hist: Int32Array): Float32Array {
  const lut = new Float32Array(hist.length);
  let total = 0;
  let cdfMin = 0;
  for (let k = 0; k < hist.length; k++) {
    total += hist[k];
    if (cdfMin === 0 && total !== 0) cdfMin = total;
  }
  const denominator = total - cdfMin === 0 ? 1 : total - cdfMin;
  let cdf = 0;
  for (let k = 0; k < hist.length; k++) {
    cdf += hist[k];
    // (cdf − cdf_min)·255 is int32 in TF (it wraps past 2^31, as there); int32 / int32 is float64.
    const v = roundHalfEven(Math.imul(cdf - cdfMin, 255) / denominator);
    lut[k] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return lut;
}

/** tf.round / np.round: halves go to the even neighbour. */
export function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
