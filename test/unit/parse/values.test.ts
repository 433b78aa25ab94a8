import * as assert from 'node:assert/strict';
import { argsOf, onlyPipeline, parse } from './helpers';

/** The value a layer receives for `factor` when written as `expr`, after `prelude`. */
function valueOf(expr: string, prelude = ''): unknown {
  return argsOf(`layers.RandomContrast(${expr})`, prelude).factor;
}

describe('parse: static evaluation of argument values', () => {
  it('reads numbers as Python does', () => {
    const cases: [string, number][] = [
      ['1./255', 1 / 255], ['1.0 / 255', 1 / 255], ['-0.2', -0.2], ['+3', 3], ['2 ** 3', 8], ['2 ** -1', 0.5],
      ['7 // 2', 3], ['-7 // 2', -4], ['-7 % 3', 2], ['7 % -3', -2], ['1 - 2 * 3', -5], ['(1 + 2) * 3', 9],
      ['-2 ** 2', -4], ['1_000', 1000], ['0x1F', 31], ['0o17', 15], ['0b101', 5], ['1e-3', 0.001], ['.5', 0.5], ['5.', 5],
      ['1_0.2_5', 10.25],
    ];
    for (const [expr, expected] of cases) assert.equal(valueOf(expr), expected, expr);
  });

  it('leaves what Python would reject or turn complex unresolved, rather than guessing', () => {
    for (const expr of ['1 / 0', '5 % 0', '2j', '(-8) ** 0.5', '0 ** -1', '10 ** 400', 'True + 1', '~3', 'not 0', '1 if a else 2', '1 < 2']) {
      assert.deepEqual(valueOf(expr), { unresolved: expr }, expr);
    }
  });

  it('reads strings: quotes, prefixes, escapes, implicit concatenation', () => {
    const cases: [string, string][] = [
      [`'nearest'`, 'nearest'], [`"""tri"""`, 'tri'], [`'a\\tb\\n'`, 'a\tb\n'], [`r'a\\tb'`, 'a\\tb'],
      [`'\\x41\\u00e9\\U0001F600\\101'`, 'Aé😀A'], [`'a\\qb'`, 'a\\qb'], [`'ab' "cd"`, 'abcd'], [`f'no fields {{x}}'`, 'no fields {x}'],
      [`u'é'`, 'é'], [`'x' + 'y'`, 'xy'],
    ];
    for (const [expr, expected] of cases) assert.equal(valueOf(expr), expected, expr);
    for (const expr of [`f'{mode}'`, `b'bytes'`, `'\\N{BULLET}'`, `'a' * 2`]) assert.deepEqual(valueOf(expr), { unresolved: expr }, expr);
  });

  it('reads True/False/None, tuples and lists as arrays, dicts as objects', () => {
    assert.equal(valueOf('True'), true);
    assert.equal(valueOf('False'), false);
    assert.equal(valueOf('None'), null);
    assert.deepEqual(valueOf('(0.1, 0.2)'), [0.1, 0.2]);
    assert.deepEqual(valueOf('[(1,), []]'), [[1], []]);
    assert.deepEqual(valueOf('{"a": (1, 2), \'b\': None}'), { a: [1, 2], b: null });
    assert.deepEqual(valueOf('{"__proto__": 1}'), JSON.parse('{"__proto__": 1}'));
    assert.deepEqual(valueOf('{1: "a"}'), { unresolved: '{1: "a"}' }, 'JSON has no number keys');
    assert.deepEqual(valueOf('[*a, 1]'), { unresolved: '[*a, 1]' });
  });

  it('keeps unresolved parts in place, with their source text', () => {
    assert.deepEqual(valueOf('(lo, 0.5, cfg["x"], np.pi, f(1))'),
      [{ unresolved: 'lo' }, 0.5, { unresolved: 'cfg["x"]' }, { unresolved: 'np.pi' }, { unresolved: 'f(1)' }]);
    assert.deepEqual(valueOf('lo * 2'), { unresolved: 'lo * 2' });
  });

  it('resolves module-level constants assigned from literals, through other constants', () => {
    const prelude = `
IMG = 180
SHAPE = (IMG, IMG * 2, 3)
LOW, (MID, HIGH) = -0.1, (0.0, 0.3)
A = B = 0.25
SCALE: float = 1 / 255
PAIR = (1, 2)
X, Y = PAIR
`;
    assert.deepEqual(valueOf('SHAPE', prelude), [180, 360, 3]);
    assert.deepEqual(valueOf('(LOW, MID, HIGH)', prelude), [-0.1, 0, 0.3]);
    assert.deepEqual(valueOf('(A, B, SCALE, X, Y)', prelude), [0.25, 0.25, 1 / 255, 1, 2]);
  });

  it('uses the binding in effect at the call, and refuses when control flow decides', () => {
    assert.equal(valueOf('F', 'F = 0.1\nF = 0.2'), 0.2);
    assert.equal(valueOf('F', 'F = 0.1\nF = F * 2'), 0.2);
    const after = parse('F = 0.1\nm = Sequential([RandomContrast(F)])\nF = 0.9');
    assert.equal(onlyPipeline(after).layers[0].args.factor, 0.1);
    assert.deepEqual(valueOf('F', 'F = 0.1\nif big:\n    F = 0.5'), { unresolved: 'F' });
    assert.deepEqual(valueOf('F', 'for F in (0.1, 0.2):\n    pass'), { unresolved: 'F' });
    assert.deepEqual(valueOf('F', 'F = 0.1\nF += 0.1'), { unresolved: 'F' });
    assert.deepEqual(valueOf('F', 'F = load()'), { unresolved: 'F' });
    assert.deepEqual(valueOf('F'), { unresolved: 'F' }, 'never assigned');
  });

  it('follows scopes: a parameter shadows a constant, a single module constant is seen from functions', () => {
    const parsed = parse(`
      SIZE = 224
      F = 0.1
      def build(F):
          return Sequential([layers.RandomContrast(F), layers.Resizing(SIZE, SIZE)])
      def local():
          F = 0.3
          return Sequential([layers.RandomContrast(F)])
      class Aug:
          G = 0.5
          def make(self):
              return Sequential([layers.RandomContrast(G)])
      if cond:
          H = 0.2
          m = Sequential([layers.RandomContrast(H)])
    `);
    assert.deepEqual(parsed.pipelines.map((p) => p.layers.map((l) => l.args)), [
      [{ factor: { unresolved: 'F' } }, { height: 224, width: 224 }],
      [{ factor: 0.3 }],
      [{ factor: { unresolved: 'G' } }],
      [{ factor: 0.2 }],
    ]);
  });

  it('does not loop on self-referencing or cyclic names', () => {
    assert.deepEqual(valueOf('A', 'A = B\nB = A'), { unresolved: 'A' });
    assert.deepEqual(valueOf('A', 'A = A'), { unresolved: 'A' });
  });
});

describe('parse: global statements', () => {
  it('treats a function assigning a global as a possible change of the module constant', () => {
    const parsed = parse(`
      FACTOR = 0.1
      def configure():
          global FACTOR
          FACTOR = 0.5
      aug = keras.Sequential([layers.RandomRotation(FACTOR)])
    `);
    assert.deepEqual(parsed.pipelines[0].layers[0].args, { factor: { unresolved: 'FACTOR' } });
  });
});
