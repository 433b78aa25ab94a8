// How far apart two projective rows put the source points of an image's pixels.

/**
 * Largest distance, over the output pixels whose source (by row `b`) lies within a pixel of the
 * image, between the source points the two rows map them to. (Sources farther out read the fill
 * value whatever the rows; near a vanishing denominator they fly apart without changing pixels.)
 */
export function rowDistance(a: ArrayLike<number>, b: ArrayLike<number>, height: number, width: number): number {
  let worst = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const map = (r: ArrayLike<number>) => {
        const k = r[6] * x + r[7] * y + 1;
        return [(r[0] * x + r[1] * y + r[2]) / k, (r[3] * x + r[4] * y + r[5]) / k];
      };
      const [p, q] = [map(a), map(b)];
      if (!(q[0] > -1 && q[0] < width && q[1] > -1 && q[1] < height)) continue;
      worst = Math.max(worst, Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]));
    }
  }
  return worst;
}
