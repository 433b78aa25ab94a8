// A few reference cases through the real `node dist/cli.js apply` process (build with
// `npm run build`), so argument parsing, file reading and printing are covered end to end.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseNestedArray, toNestedArray } from '../../src/cli/nestedArray';
import { decodeArray, loadCases, worstDifference } from './refs';

// AUGMENTATION_PREVIEW_CLI points at another bundle (node scripts/build.mjs --out DIR).
const CLI = process.env.AUGMENTATION_PREVIEW_CLI ?? resolve(__dirname, '../../../dist/cli.js');
const PICKS = [
  'k3/RandomRotation/constant-bilinear-6x8x3-float32',
  'k2/RandomRotation/reflect-nearest-5x5x1-uint8',
  'k3/RandomFlip/unbatched-6x8x3',
  'k2/RandomFlip/both-7x4x4',
  'k3/Rescaling/minus1to1-unbatched-5x5x1-uint8',
  'k3/RandomRotation/training-off-5x5x1-uint8',
];

function cli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('oracle: the apply command end to end', () => {
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` before the oracle tests`);
    dir = mkdtempSync(join(tmpdir(), 'apply-oracle-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases = loadCases().filter((c) => PICKS.includes(c.name));
  it('finds every picked case', () => assert.equal(cases.length, PICKS.length));

  for (const c of cases) {
    it(c.name, () => {
      const file = join(dir, `${c.name.replace(/\W/g, '_')}.json`);
      writeFileSync(file, JSON.stringify(toNestedArray(decodeArray(c.input), c.input.shape)));
      const args = ['apply', '--layer', c.layer, '--config', JSON.stringify(c.config), '--input', file, '--dtype', c.input.dtype,
        '--training', String(c.training), '--keras', String(c.keras)];
      if (c.transformation) args.push('--transformation', JSON.stringify(c.transformation));
      const run = cli(args);
      assert.equal(run.status, 0, run.stderr);
      const printed = JSON.parse(run.stdout) as { output: unknown; dtype: string };
      assert.deepEqual(Object.keys(printed), ['output', 'dtype']);
      assert.equal(printed.dtype, c.output.dtype);
      const out = parseNestedArray(printed.output, 'float32');
      assert.deepEqual(out.shape, c.output.shape);
      const worst = worstDifference(out.data, decodeArray(c.output));
      assert.ok(worst.ratio <= 1, `value ${worst.index} differs by ${worst.diff}`);
    });
  }

  it('reports bad input on one line with exit code 2', () => {
    const file = join(dir, 'ragged.json');
    writeFileSync(file, '[[[1],[2]],[[3]]]');
    const run = cli(['apply', '--layer', 'RandomFlip', '--config', '{}', '--input', file]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^augmentation-preview: input is ragged: input\[1\] has 1 entries, expected 2 entries/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });
});
