import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePythonSource } from '../../../src/parse';
import type { ParsedFile } from '../../../src/pipeline/model';
import './helpers';

const root = join(__dirname, '..', '..', '..', '..');
const SEEDS = [
  readFileSync(join(root, 'example', 'model.py'), 'utf8'),
  readFileSync(join(root, 'example', 'augment.py'), 'utf8'),
  `from tensorflow.keras import layers as L\nA, (B, C) = 1, (2, 3)\ndef f(x, *a, y=2, **k):\n    return keras.Sequential([L.RandomCrop(A, B, **{"seed": C}), L.RandomFlipp()], name=f"n{x}")\n`,
];

/** A result that could be serialised and shown: no throw, no internal error, sane positions. */
function assertWellFormed(parsed: ParsedFile): void {
  assert.deepEqual(parsed.diagnostics.filter((d) => d.code === 'internal-error'), []);
  JSON.stringify(parsed);
  for (const p of parsed.pipelines) {
    for (const l of [...p.layers, ...p.otherLayers]) {
      assert.ok(l.range.start.line >= 1 && l.range.start.column >= 1);
      assert.ok(l.className.length > 0);
    }
  }
}

describe('parse: never throws', () => {
  const garbage: [string, string][] = [
    ['empty', ''],
    ['NUL bytes', '\0\0\0Sequential([\0])'],
    ['a lone surrogate', '\ud800m = Sequential([RandomFlip("\udc00")])'],
    ['a byte order mark and CRLF', '\ufeffm = Sequential([\r\n  RandomFlip(),\r\n])\r\n'],
    ['deep parentheses', '('.repeat(5000) + '1' + ')'.repeat(5000)],
    ['deep nesting in a layer argument', 'm = Sequential([RandomRotation(' + '-'.repeat(20000) + '1)])'],
    ['a long sum in a layer argument', 'm = Sequential([RandomRotation(' + Array(20000).fill('1').join('+') + ')])'],
    ['nested calls', 'm = Sequential([' + 'RandomFlip('.repeat(3000)],
    ['repeated openers', 'Sequential(['.repeat(3000)],
    ['a self-referencing constant', 'a = a + 1\nm = Sequential([RandomContrast(a)])'],
    ['a notebook read as Python', '{"cells": [{"source": ["model = Sequential([\\n", "layers.RandomFlip()])"]}]}'],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1')],
    ['only a keyword', 'Sequential(layers=)'],
    ['unbalanced strings', 'm = Sequential([RandomFlip("horizontal)])\n"""'],
  ];
  for (const [what, text] of garbage) {
    it(`survives ${what}`, () => {
      assertWellFormed(parsePythonSource(text, 'garbage.py'));
    });
  }

  it('survives random edits of real files (fast-check)', function () {
    this.timeout(60000);
    const token = fc.constantFrom('(', ')', '[', ']', '{', '}', ',', ':', '=', '"', "'", '"""', '#', '\\', '\n', '    ', '.', '*', '**',
      'Sequential', 'layers.', 'RandomFlip', 'lambda', 'def ', 'import ', 'experimental.preprocessing', '1./255', 'é', '\t');
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, fc.string({ maxLength: 8 })) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(edit, { maxLength: 8 }), (seed, edits) => {
        let text = seed;
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % (text.length + 1);
          if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
          else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + e.length);
          else text = text.slice(0, at);
        }
        assertWellFormed(parsePythonSource(text, 'mutated.py'));
      }),
      { numRuns: 2000 },
    );
  });
});
