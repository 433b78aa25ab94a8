// Value extents [min, max] of several outputs, combined (the panel merges the grid's and the strip's).
export function mergeExtents(a: readonly [number, number] | undefined, b: readonly [number, number] | undefined): [number, number] {
  if (!a) return b ? [b[0], b[1]] : [0, 0];
  if (!b) return [a[0], a[1]];
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
