// The per-axis scale TF's resize ops start from: CalculateResizeScale without align_corners,
// in / out as float32 (positions derived from it are floored, so the float32 value matters).
import { f32 } from './float32';

export function resizeScale(inLen: number, outLen: number): number {
  return f32(inLen / outLen);
}
