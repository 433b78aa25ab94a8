// The apply command's input handling: every kind of bad input is a one-line CliError naming it.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyLayer, runApply, type ApplyRequest } from '../../../src/cli/apply';
import { CliError } from '../../../src/cli/errors';
import { parseNestedArray, toNestedArray } from '../../../src/cli/nestedArray';

const IMAGE = [[[1], [2], [3]], [[4], [5], [6]]];
const base: ApplyRequest = { layer: 'RandomFlip', config: { mode: 'horizontal' }, input: IMAGE, dtype: 'float32', training: true, keras: 3, seed: 0 };

async function rejects(request: Partial<ApplyRequest>, pattern: RegExp): Promise<void> {
  await assert.rejects(applyLayer({ ...base, ...request }), (e: unknown) => e instanceof CliError && pattern.test(e.message) && !e.message.includes('\n'));
}

describe('apply', () => {
  it('keeps the input rank: (H,W,C) in, (H,W,C) out; (N,H,W,C) in, (N,H,W,C) out', async () => {
    const one = await applyLayer({ ...base, transformation: { flip_horizontal: [true] } });
    assert.deepEqual(one.output, [[[3], [2], [1]], [[6], [5], [4]]]);
    const batch = await applyLayer({ ...base, input: [IMAGE, IMAGE], transformation: { flip_horizontal: [false, true] } });
    assert.deepEqual(batch.output, [IMAGE, [[[3], [2], [1]], [[6], [5], [4]]]]);
  });

  it('names bad input', async () => {
    await rejects({ input: [[1, 2], [3, 4]] }, /rank 3 \(H, W, C\) or 4 \(N, H, W, C\), got rank 2/);
    await rejects({ input: [[[1], [2]], [[3]]] }, /ragged: input\[1\] has 1 entries, expected 2/);
    await rejects({ input: [[[1], ['a']]] }, /input\[0\]\[1\]\[0\] is "a", expected a number/);
    await rejects({ input: [[[1], [256]]], dtype: 'uint8' }, /input\[0\]\[1\]\[0\] is 256, not a uint8 value/);
    await rejects({ input: [[[1.5]]], dtype: 'int32' }, /not a int32 value/);
    await rejects({ input: [] }, /empty dimension/);
    await rejects({ layer: 'RandomZoom', config: { height_factor: 3 } }, /The `height_factor` and `width_factor` arguments should be a number/);
    await rejects({ layer: 'Nope' }, /Nope is not a Keras image preprocessing layer/);
    await rejects({ layer: 'RandomRotation', config: { factor: 3 } }, /The `factor` argument should be a number/);
    await rejects({ transformation: { flip_horizontal: [true, false] } }, /"flip_horizontal" must be a list of 1 booleans/);
    // Keras would compute it; this machine's memory would not: refused before any allocation.
    await rejects({ layer: 'Resizing', config: { height: 100000, width: 100000 } }, /Resizing would make an image of 100000×100000 \(37\.3 GiB of float32 values\), more than the preview computes at once/);
  });

  it('round-trips nested arrays', () => {
    const flat = parseNestedArray([[[1, 2]], [[3, 4]]], 'float32');
    assert.deepEqual(flat.shape, [2, 1, 2]);
    assert.deepEqual(toNestedArray(flat.data, flat.shape), [[[1, 2]], [[3, 4]]]);
  });

  describe('runApply arguments', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'apply-unit-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    const cases: [string[], RegExp][] = [
      [['--config', '{}', '--input', 'x.json'], /apply needs --layer/],
      [['--layer', 'RandomFlip', '--config', '{', '--input', 'x.json'], /--config is not valid JSON/],
      [['--layer', 'RandomFlip', '--config', '[1]', '--input', 'x.json'], /--config must be a JSON object/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', '/nonexistent/x.json'], /cannot read --input '\/nonexistent\/x.json': no such file/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', 'IN', '--keras', '4'], /--keras must be one of 2, 3, got '4'/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', 'IN', '--training', 'yes'], /--training must be one of true, false/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', 'IN', '--dtype', 'float64'], /--dtype must be one of float32, int32, uint8/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', 'BAD'], /--input '.*bad.json' is not valid JSON/],
      [['--layer', 'RandomFlip', '--config', '{}', '--input', 'IN', '--frob', '1'], /unknown option --frob/],
    ];
    for (const [args, pattern] of cases) {
      it(`${args.join(' ')} → ${pattern.source}`, async () => {
        writeFileSync(join(dir, 'in.json'), JSON.stringify(IMAGE));
        writeFileSync(join(dir, 'bad.json'), '[[[1]]');
        const argv = args.map((a) => (a === 'IN' ? join(dir, 'in.json') : a === 'BAD' ? join(dir, 'bad.json') : a));
        await assert.rejects(runApply(argv), (e: unknown) => e instanceof CliError && pattern.test(e.message));
      });
    }
  });
});
