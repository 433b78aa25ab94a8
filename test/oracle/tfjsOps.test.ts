// The TF.js op layers (tf.image.flipLeftRight, resizeBilinear, rotateWithOffset, ...) through
// applyLayer, against what real @tensorflow/tfjs 4.22 computed on its cpu backend
// (test/oracle/tfjs/refs/, written by test/oracle/tfjs/generate.mjs): outputs within 1e-4 (exact
// for int32), the same Error messages for inputs TF.js rejects, and for rejected configurations.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyLayer } from '../../src/cli/apply';
import { parseNestedArray, toNestedArray, type InputDtype } from '../../src/cli/nestedArray';
import { ensureBackend } from '../../src/engine/backend';
import { LayerConfigError } from '../../src/engine/layers/layer';
import { createLayer } from '../../src/engine/registry';
import { decodeArray, TOLERANCE, worstDifference, type RefCase, type RefConfig } from './refs';

const TFJS_REFS = resolve(__dirname, '../../../test/oracle/tfjs/refs');

interface TfjsRefFile {
  readonly generated_by: string;
  readonly cases: RefCase[];
  readonly configs: RefConfig[];
}

const files: TfjsRefFile[] = readdirSync(TFJS_REFS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(TFJS_REFS, f), 'utf8')) as TfjsRefFile);

function run(c: RefCase) {
  return applyLayer({
    layer: c.layer,
    config: c.config,
    input: toNestedArray(decodeArray(c.input), c.input.shape),
    dtype: c.input.dtype as InputDtype,
    training: c.training,
    keras: c.keras,
    seed: 0,
  });
}

describe('oracle: TF.js image ops against @tensorflow/tfjs 4.22', () => {
  before(ensureBackend);

  it('has references for every TF.js op the parser reads', () => {
    assert.deepEqual(files.map((f) => f.cases[0]?.layer).sort(), [
      'tf.image.cropAndResize', 'tf.image.flipLeftRight', 'tf.image.grayscaleToRGB', 'tf.image.resizeBilinear',
      'tf.image.resizeNearestNeighbor', 'tf.image.rgbToGrayscale', 'tf.image.rotateWithOffset', 'tf.image.transform',
    ]);
  });

  for (const c of files.flatMap((f) => f.cases)) {
    const error = c.call_error;
    if (error) {
      it(`${c.name} fails as TF.js does`, async () => {
        await assert.rejects(run(c), (err: unknown) => err instanceof Error && err.message === error.message);
      });
      continue;
    }
    it(c.name, async () => {
      const result = await run(c);
      const actual = parseNestedArray(result.output, 'float32');
      assert.deepEqual(actual.shape, c.output.shape);
      assert.equal(result.dtype, c.output.dtype, 'output dtype');
      const expected = Float32Array.from(decodeArray(c.output));
      if (c.output.dtype !== 'float32') {
        assert.deepEqual(actual.data, expected);
        return;
      }
      const worst = worstDifference(actual.data, expected);
      assert.ok(worst.diff <= TOLERANCE, `value ${worst.index}: engine ${actual.data[worst.index]}, TF.js ${expected[worst.index]}`);
    });
  }

  for (const c of files.flatMap((f) => f.configs)) {
    it(`${c.layer}(${JSON.stringify(c.config)}) raises TF.js's error`, () => {
      assert.throws(
        () => createLayer(c.layer, c.config, c.keras),
        (err: unknown) => err instanceof LayerConfigError && err.message === c.error?.message,
      );
    });
  }
});
