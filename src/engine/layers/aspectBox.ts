// The centred window Keras crops to keep the target's aspect ratio, or pads out to (keras-layers.md
// §1.9). The same formula is computed three ways: in double by Keras 3's smart_resize on static
// shapes (CenterCrop, RandomCrop's fallback), in float32 by the TF backend's resize
// (Resizing(crop_to_aspect_ratio=True)) and by Keras 2's smart_resize, which also lacks max(…, 1).
import { f32 } from '../kernels/float32';

export type BoxArithmetic = 'keras3-static' | 'tf-float32' | 'keras2';

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

/** (a·b)/c, truncated, in the arithmetic of that code path. */
function scaled(a: number, b: number, c: number, arithmetic: BoxArithmetic): number {
  return Math.trunc(arithmetic === 'keras3-static' ? (a * b) / c : f32(f32(a * b) / c));
}

function half(n: number, arithmetic: BoxArithmetic): number {
  return Math.trunc(arithmetic === 'keras3-static' ? n / 2 : f32(f32(n) / 2));
}

/** The largest centred window of the target's aspect ratio inside H×W. */
export function aspectCropBox(inH: number, inW: number, outH: number, outW: number, arithmetic: BoxArithmetic): Box {
  const atLeastOne = (v: number) => (arithmetic === 'keras2' ? v : Math.max(v, 1));
  const height = atLeastOne(Math.min(inH, scaled(inW, outH, outW, arithmetic)));
  const width = atLeastOne(Math.min(inW, scaled(inH, outW, outH, arithmetic)));
  return { top: half(inH - height, arithmetic), left: half(inW - width, arithmetic), height, width };
}

/** Keras 3's pad_to_aspect_ratio (TF backend, float32): the rows and columns of fill added on each side. */
export function aspectPadding(inH: number, inW: number, outH: number, outW: number): { rows: number; cols: number } {
  const padH = Math.max(inH, scaled(inW, outH, outW, 'tf-float32'));
  const padW = Math.max(inW, scaled(inH, outW, outH, 'tf-float32'));
  return { rows: half(padH - inH, 'tf-float32'), cols: half(padW - inW, 'tf-float32') };
}
