// homographyRow maps each end corner back onto its start corner; no movement is the identity row;
// coinciding corners are refused.
import * as assert from 'node:assert/strict';
import { homographyRow } from '../../../../src/engine/kernels/homography';
import { SeededRng } from '../../../../src/engine/rng';

function mapPoint(r: Float32Array, x: number, y: number): [number, number] {
  const k = r[6] * x + r[7] * y + 1;
  return [(r[0] * x + r[1] * y + r[2]) / k, (r[3] * x + r[4] * y + r[5]) / k];
}

describe('homographyRow', () => {
  it('sends every end corner to its start corner', () => {
    const rng = new SeededRng(8);
    for (let trial = 0; trial < 50; trial++) {
      const [w, h] = [rng.int(2, 300), rng.int(2, 300)];
      const start = [0, 0, w - 1, 0, 0, h - 1, w - 1, h - 1];
      const end = start.map((v) => Math.fround(v + v * rng.uniform(-0.5, 0.5)));
      const row = new Float32Array(8);
      homographyRow(start, end, row);
      for (let i = 0; i < 4; i++) {
        const [x, y] = mapPoint(row, end[2 * i], end[2 * i + 1]);
        assert.ok(Math.abs(x - start[2 * i]) < 1e-3 * w && Math.abs(y - start[2 * i + 1]) < 1e-3 * h, `corner ${i} of ${w}x${h}: (${x}, ${y})`);
      }
    }
  });

  it('is the identity when no corner moves', () => {
    const corners = [0, 0, 9, 0, 0, 6, 9, 6];
    const row = new Float32Array(8);
    homographyRow(corners, corners, row);
    [1, 0, 0, 0, 1, 0, 0, 0].forEach((v, i) => assert.ok(Math.abs(row[i] - v) < 1e-6, `value ${i}: ${row[i]}`));
  });

  it('refuses coinciding corners (a 1-pixel-wide image), as TF\'s solve does', () => {
    assert.throws(() => homographyRow([0, 0, 0, 0, 0, 4, 0, 4], [0, 0, 0, 0, 0, 5, 0, 3], new Float32Array(8)), /degenerate/);
  });
});
