// The random rectangles of CutMix and RandomErasing: Keras 3's `_compute_crop_bounds` (the same
// code in both layers), in float32 step by step, and the box as stated in transformations.
import { f32 } from '../kernels/float32';
import type { Box } from '../kernels/boxes';

/**
 * One side of the box: `length = ratio·size` (float32), `start = u·(size − length)`, `end = start
 * + length`, with u ~ U(0, 1) drawn per image.
 */
function cropBounds(ratio: number, size: number, u: number): [number, number] {
  const length = f32(ratio * size);
  const start = f32(u * f32(size - length));
  return [start, f32(start + length)];
}

/**
 * One image's box from Keras's draws: the side ratios (√ of a draw) and the start fractions u,
 * x first as Keras draws them.
 */
export function drawnBox(ratioX: number, ratioY: number, ux: number, uy: number, height: number, width: number): Box {
  const [x0, x1] = cropBounds(ratioX, width, ux);
  const [y0, y1] = cropBounds(ratioY, height, uy);
  return { x0, y0, x1, y1 };
}

/** A box as [x0, y0, x1, y1] (labels and stated transformations). */
export function boxList(box: Box): number[] {
  return [box.x0, box.y0, box.x1, box.y1];
}

export const isBoxList = (v: unknown): v is [number, number, number, number] =>
  Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** A stated [x0, y0, x1, y1] as the float32 box Keras would compare the grid with. */
export function boxFromList([x0, y0, x1, y1]: readonly number[]): Box {
  return { x0: f32(x0), y0: f32(y0), x1: f32(x1), y1: f32(y1) };
}

/** The fraction of the image the box covers, as CutMix's label weight computes it (continuous areas). */
export function boxAreaFraction(box: Box, height: number, width: number): number {
  return f32(f32(f32(box.x1 - box.x0) * f32(box.y1 - box.y0)) / (width * height));
}
