// How the parameters a layer drew for one image read under its tile ("↻ 12.3°", "zoom ↔ ×1.08").
// Keyed by the names describeSample uses (booleans by name:true / name:false); English with {0}
// for the value, localised by the extension like every phrase. A unit test checks that every
// key a layer can produce has a label here.
import { phrase, type Phrase } from './layers/description';

export const PARAM_LABELS: Readonly<Record<string, Phrase>> = {
  'flip_horizontal:true': phrase('↔ flipped'),
  'flip_horizontal:false': phrase('↔ not flipped'),
  'flip_vertical:true': phrase('↕ flipped'),
  'flip_vertical:false': phrase('↕ not flipped'),
  angle_degrees: phrase('↻ {0}°'),
  zoom_height: phrase('zoom ↕ ×{0}'),
  zoom_width: phrase('zoom ↔ ×{0}'),
  dx_px: phrase('shift → {0} px'),
  dy_px: phrase('shift ↓ {0} px'),
  shear_x: phrase('shear x {0}'),
  shear_y: phrase('shear y {0}'),
  crop_left: phrase('crop from x = {0}'),
  crop_top: phrase('crop from y = {0}'),
  crop_channel: phrase('channels from {0}'),
  height: phrase('height {0} px'),
  width: phrase('width {0} px'),
  height_factor: phrase('height ×{0}'),
  width_factor: phrase('width ×{0}'),
  brightness_delta: phrase('brightness {0}'),
  contrast_factor: phrase('contrast ×{0}'),
  jpeg_quality: phrase('JPEG quality {0}'),
  saturation_factor: phrase('saturation ×{0}'),
  hue_shift: phrase('hue {0}'),
  degeneration_factor: phrase('colour degeneration {0}'),
  sharpness_factor: phrase('sharpness {0}'),
  bits: phrase('{0} bits'),
  addition: phrase('solarize +{0}'),
  threshold: phrase('threshold {0}'),
  'gray:true': phrase('greyscale'),
  'gray:false': phrase('in colour'),
  'inverted:true': phrase('inverted'),
  'inverted:false': phrase('not inverted'),
  'blurred:true': phrase('blurred'),
  'blurred:false': phrase('not blurred'),
  blur_sigma: phrase('σ {0}'),
  'erased:true': phrase('erased'),
  'erased:false': phrase('not erased'),
  box: phrase('box {0}'),
  'applied:true': phrase('applied'),
  'applied:false': phrase('not applied'),
  corner_factors: phrase('corner shifts {0}'),
  distortion: phrase('distortion {0}'),
  alpha_px: phrase('displacement {0} px'),
  sigma_px: phrase('smoothing σ {0} px'),
  lambda: phrase('λ {0}'),
  partner: phrase('mixed with image {0}'),
  mix_weight: phrase('original weight {0}'),
  chain_weights: phrase('chain weights {0}'),
  op_choices: phrase('op choices {0}'),
  op_indices: phrase('op indices {0}'),
  ops: phrase('ops: {0}'),
  chain: phrase('chain {0}: {1}'),
};

/** The label key for a parameter: its last dotted segment, booleans with their value. */
export function paramLabelKey(key: string, value: unknown): string {
  const leaf = key.slice(key.lastIndexOf('.') + 1);
  if (/^chain \d+$/.test(leaf)) return 'chain';
  return typeof value === 'boolean' ? `${leaf}:${value}` : leaf;
}
