// Each layer, through applyLayer (the code path of `augmentation-preview apply`), against real
// Keras outputs for stated transformations: fill modes, interpolations, sizes, dtypes, batches.
import * as assert from 'node:assert/strict';
import { applyLayer } from '../../src/cli/apply';
import { parseNestedArray, toNestedArray, type InputDtype } from '../../src/cli/nestedArray';
import { ensureBackend } from '../../src/engine/backend';
import { createLayer } from '../../src/engine/registry';
import { decodeArray, loadCases, TOLERANCE, worstDifference, type RefCase } from './refs';

async function runCase(c: RefCase): Promise<{ actual: Float32Array; expected: Float32Array; dtype: string }> {
  const input = decodeArray(c.input);
  const result = await applyLayer({
    layer: c.layer,
    config: c.config,
    input: toNestedArray(input, c.input.shape),
    dtype: c.input.dtype as InputDtype,
    training: c.training,
    keras: c.keras,
    transformation: c.transformation ?? undefined,
    seed: 0,
  });
  const actual = parseNestedArray(result.output, 'float32');
  assert.deepEqual(actual.shape, c.output.shape, 'output shape (same rank as the input)');
  // Keras may return the input dtype (integer layers, MixUp at inference): compare the values.
  return { actual: actual.data, expected: Float32Array.from(decodeArray(c.output)), dtype: result.dtype };
}

describe('oracle: layers against real Keras', () => {
  before(ensureBackend);

  for (const c of loadCases()) {
    it(c.name, async () => {
      const { actual, expected, dtype } = await runCase(c);
      assert.equal(dtype, c.output.dtype, 'output dtype');
      const passThrough = !c.training && !createLayer(c.layer, c.config, c.keras).activeAtInference;
      if (c.layer === 'RandomFlip' || passThrough || dtype !== 'float32') {
        // Flips and training-off pass-through only move or cast values, and integer outputs are
        // whole numbers: exact.
        assert.deepEqual(actual, expected);
        return;
      }
      const worst = worstDifference(actual, expected);
      assert.ok(
        worst.ratio <= 1,
        `value ${worst.index}: engine ${actual[worst.index]}, Keras ${expected[worst.index]} (|diff| ${worst.diff} > ${TOLERANCE})`,
      );
    });
  }
});
