// The coordinate mappings of TF's MapCoordinate, on the worked examples of keras-layers.md §1.7
// (the oracle's kernel.json checks the same against TF itself).
import * as assert from 'node:assert/strict';
import { constantCoordinate, coordinateMap, nearestCoordinate, reflectCoordinate, wrapCoordinate } from '../../../../src/engine/kernels/fillModes';

function check(map: (c: number, len: number) => number, len: number, pairs: [number, number][]): void {
  for (const [input, expected] of pairs) assert.equal(map(input, len), expected, `${input} with len ${len}`);
}

describe('fill modes: coordinate mapping', () => {
  it('reflect is half-sample symmetric (d c b a | a b c d | d c b a)', () => {
    check(reflectCoordinate, 5, [[-1, 0], [-2, 1], [-5, 4], [-6, 4], [-7, 3], [5, 4], [6, 3], [2.25, 2.25], [-0.5, 0]]);
  });

  it('reflect repeats with period 2·len far out', () => {
    for (const c of [-13, -3.5, 7.25, 12, 23]) assert.equal(reflectCoordinate(c + 10, 5), reflectCoordinate(c, 5));
  });

  it('wrap keeps TF quirk: the period is len but the count divides by len − 1', () => {
    check(wrapCoordinate, 5, [[-1, 4], [-3, 2], [5, 0], [7, 2], [-4, 4], [8, 0], [4.5, 0]]);
  });

  it('nearest clamps, constant leaves the coordinate alone', () => {
    check(nearestCoordinate, 5, [[-3, 0], [-0.5, 0], [2.5, 2.5], [4.2, 4], [9, 4]]);
    check(constantCoordinate, 5, [[-3, -3], [9, 9], [-0.5, -0.5]]);
  });

  it('a one-pixel axis maps everything to 0 in reflect and wrap', () => {
    for (const map of [reflectCoordinate, wrapCoordinate]) check(map, 1, [[-2.5, 0], [0, 0], [0.75, 0], [3, 0]]);
  });

  it('coordinateMap picks the mapping by name', () => {
    assert.equal(coordinateMap('reflect'), reflectCoordinate);
    assert.equal(coordinateMap('wrap'), wrapCoordinate);
    assert.equal(coordinateMap('nearest'), nearestCoordinate);
    assert.equal(coordinateMap('constant'), constantCoordinate);
  });
});
