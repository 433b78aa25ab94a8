// Where a coordinate outside the image reads from: TF's MapCoordinate (image_ops.h), applied to
// x (len = width) and y (len = height) separately, on the continuous coordinate, before
// interpolation. keras-layers.md §1.7 has worked examples. float32 as in TF.
import { f32 } from './float32';

export type FillMode = 'reflect' | 'wrap' | 'constant' | 'nearest';

export const FILL_MODES: readonly FillMode[] = ['reflect', 'wrap', 'constant', 'nearest'];

/** Maps an input coordinate into [0, len − 1] (constant mode leaves it as is). */
export type CoordinateMap = (coord: number, len: number) => number;

function clamp(c: number, len: number): number {
  return c < 0 ? 0 : c > len - 1 ? len - 1 : c;
}

/** d c b a | a b c d | d c b a: half-sample symmetric. */
export function reflectCoordinate(coord: number, len: number): number {
  let c = coord;
  if (c < 0) {
    if (len <= 1) c = 0;
    else {
      const sz2 = 2 * len;
      if (c < sz2) c = f32(f32(sz2 * Math.trunc(f32(-c / sz2))) + c);
      c = c < -len ? f32(c + sz2) : f32(-c - 1);
    }
  } else if (c > len - 1) {
    if (len <= 1) c = 0;
    else {
      const sz2 = 2 * len;
      c = f32(c - f32(sz2 * Math.trunc(f32(c / sz2))));
      if (c >= len) c = f32(f32(sz2 - c) - 1);
    }
  }
  return clamp(c, len);
}

/**
 * a b c d | a b c d | a b c d, with TF's quirk kept on purpose: the period is len but the count
 * of periods divides by len − 1, so only small offsets wrap correctly (−4 → 4 for len 5, not 1).
 */
export function wrapCoordinate(coord: number, len: number): number {
  let c = coord;
  if (c < 0) {
    if (len <= 1) c = 0;
    else c = f32(c + f32(len * (Math.trunc(f32(-c / (len - 1))) + 1)));
  } else if (c > len - 1) {
    if (len <= 1) c = 0;
    else c = f32(c - f32(len * Math.trunc(f32(c / (len - 1)))));
  }
  return clamp(c, len);
}

/** a a a a | a b c d | d d d d */
export function nearestCoordinate(coord: number, len: number): number {
  return clamp(coord, len);
}

/** k k k k | a b c d | k k k k: the reads outside the image return the fill value. */
export function constantCoordinate(coord: number): number {
  return coord;
}

export function coordinateMap(mode: FillMode): CoordinateMap {
  switch (mode) {
    case 'reflect':
      return reflectCoordinate;
    case 'wrap':
      return wrapCoordinate;
    case 'nearest':
      return nearestCoordinate;
    case 'constant':
      return constantCoordinate;
  }
}
