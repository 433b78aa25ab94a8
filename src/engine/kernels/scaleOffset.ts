// x·scale + offset with scale and offset per channel (or one value for all), in float32 as TF
// computes `cast(x) * scale + offset`: the product is rounded before the sum.
import { f32 } from './float32';

/**
 * `values` is channels-last data with `channels` values per pixel; `scale` and `offset` hold
 * 1 or `channels` values each.
 */
export function scaleOffset(
  values: Float32Array,
  channels: number,
  scale: Float32Array,
  offset: Float32Array,
  out?: Float32Array,
): Float32Array {
  for (const [name, v] of [['scale', scale], ['offset', offset]] as const) {
    if (v.length !== 1 && v.length !== channels) throw new Error(`scaleOffset: ${name} has ${v.length} values for ${channels} channels`);
  }
  const result = out ?? new Float32Array(values.length);
  if (scale.length === 1 && offset.length === 1) {
    const s = scale[0];
    const o = offset[0];
    for (let i = 0; i < values.length; i++) result[i] = f32(values[i] * s) + o;
    return result;
  }
  const s = expand(scale, channels);
  const o = expand(offset, channels);
  for (let i = 0; i < values.length; i += channels) {
    for (let c = 0; c < channels; c++) result[i + c] = f32(values[i + c] * s[c]) + o[c];
  }
  return result;
}

function expand(v: Float32Array, channels: number): Float32Array {
  return v.length === channels ? v : new Float32Array(channels).fill(v[0]);
}
