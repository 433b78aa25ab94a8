// The projective row that maps output corners onto input corners, as Keras 3's
// compute_homography_matrix builds it for perspective_transform: for each of the four point pairs
// (start = where the pixel is read, end = where it lands), two rows of an 8×8 system whose solution
// is [a0, a1, a2, b0, b1, b2, c0, c1] with a0·ex + a1·ey + a2 − c0·sx·ex − c1·sx·ey = sx, and the
// same for y. The coefficients are float32 products as TF forms them. TF then solves in float32
// (Eigen's LU); the engine solves in double and rounds once, which is closer to the exact row:
// the two differ by float32 rounding in the solve (coordinates by up to ~1e-3 px on 300 px images).
import { f32 } from './float32';

/**
 * `start` and `end`: 4 (x, y) points each, [x0, y0, x1, y1, ...]. Writes the 8-value row at
 * `offset`. Degenerate corners (a 1-pixel-wide or -high image) make the system singular; TF's
 * solve raises then, and so does this (callers say why first).
 */
export function homographyRow(start: ArrayLike<number>, end: ArrayLike<number>, out: Float32Array, offset = 0): void {
  const a = new Float64Array(8 * 9);
  for (let i = 0; i < 4; i++) {
    const [sx, sy, ex, ey] = [start[2 * i], start[2 * i + 1], end[2 * i], end[2 * i + 1]];
    a.set([ex, ey, 1, 0, 0, 0, f32(-sx * ex), f32(-sx * ey), sx], (2 * i) * 9);
    a.set([0, 0, 0, ex, ey, 1, f32(-sy * ex), f32(-sy * ey), sy], (2 * i + 1) * 9);
  }
  const h = solveAugmented(a, 8);
  for (let k = 0; k < 8; k++) out[offset + k] = h[k];
}

/** Gaussian elimination with partial pivoting on an n × (n + 1) row-major augmented matrix. */
function solveAugmented(a: Float64Array, n: number): Float64Array {
  const w = n + 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * w + col]) > Math.abs(a[pivot * w + col])) pivot = r;
    if (pivot !== col) {
      for (let k = col; k < w; k++) [a[col * w + k], a[pivot * w + k]] = [a[pivot * w + k], a[col * w + k]];
    }
    const p = a[col * w + col];
    if (p === 0) throw new Error('homographyRow: the corners are degenerate (singular system)');
    for (let r = col + 1; r < n; r++) {
      const factor = a[r * w + col] / p;
      if (factor === 0) continue;
      for (let k = col; k < w; k++) a[r * w + k] -= factor * a[col * w + k];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r * w + n];
    for (let k = r + 1; k < n; k++) s -= a[r * w + k] * x[k];
    x[r] = s / a[r * w + r];
  }
  return x;
}

