// CutMix's and RandomErasing's boxes from the raw draws, against the boxes Keras computed from the
// same draws (the cases' stated boxes come from Keras's own get_random_transformation): the
// float32 arithmetic must agree bit for bit, or a column at a box edge would flip.
import * as assert from 'node:assert/strict';
import { cutMixSideRatio } from '../../src/engine/layers/cutMix';
import { drawnBox, boxList } from '../../src/engine/layers/randomBoxes';
import { erasingSideRatio } from '../../src/engine/layers/randomErasing';
import { decodeArray, loadCases, type EncodedArray, type RefCase } from './refs';

type DrawnCase = RefCase & { draws_x_start: EncodedArray; draws_y_start: EncodedArray; draws_lambda?: EncodedArray; draws_scale?: EncodedArray };

describe('oracle: box arithmetic from the draws against Keras', () => {
  const cases = loadCases().filter((c): c is DrawnCase => 'draws_x_start' in c);
  for (const c of cases) {
    it(c.name, () => {
      const [height, width] = c.input.shape.length === 4 ? c.input.shape.slice(1, 3) : c.input.shape.slice(0, 2);
      const ux = decodeArray(c.draws_x_start);
      const uy = decodeArray(c.draws_y_start);
      const ratios = c.draws_lambda
        ? Array.from(decodeArray(c.draws_lambda), (l) => [cutMixSideRatio(l), cutMixSideRatio(l)])
        : Array.from({ length: ux.length }, (_, b) => [0, 1].map((k) => erasingSideRatio(decodeArray(c.draws_scale!)[2 * b + k])));
      const ours = ratios.map(([rx, ry], b) => boxList(drawnBox(rx, ry, ux[b], uy[b], height, width)));
      assert.deepEqual(ours, (c.transformation as { box: number[][] }).box);
    });
  }
});
