import * as assert from 'node:assert/strict';
import { argsOf, codes, onlyLayer, onlyPipeline, parse } from './helpers';

describe('parse: binding arguments to Keras parameter names', () => {
  it('maps positional arguments in signature order, keywords by name', () => {
    assert.deepEqual(argsOf('layers.RandomRotation(0.2, "nearest", fill_value=1.0)'),
      { factor: 0.2, fill_mode: 'nearest', fill_value: 1 });
    assert.deepEqual(argsOf('layers.RandomCrop(100, 120, 42)'), { height: 100, width: 120, seed: 42 });
    assert.deepEqual(argsOf('layers.RandomFlip(mode="horizontal", seed=7)'), { mode: 'horizontal', seed: 7 });
  });

  it('binds by the file\'s Keras version: data_format is the 7th parameter only in Keras 3', () => {
    const call = 'm = Sequential([layers.RandomTranslation(0.1, 0.2, "reflect", "bilinear", 1, 0.5, "channels_last")])';
    const k3 = onlyLayer(parse(call));
    assert.equal(k3.args.data_format, 'channels_last');
    const k2 = parse(call, { kerasVersion: { version: 2, reason: 'test' } });
    assert.deepEqual(codes(k2), ['bad-arguments']);
    assert.match(k2.diagnostics[0].message, /RandomTranslation takes at most 6 positional arguments, got 7/);
  });

  it('keeps the base layer keywords (input_shape, name, dtype) without complaint', () => {
    const parsed = parse('m = Sequential([layers.Rescaling(1/255, name="scale", dtype="float32", input_shape=(32, 32, 3))])');
    assert.deepEqual(onlyLayer(parsed).args, { scale: 1 / 255, name: 'scale', dtype: 'float32', input_shape: [32, 32, 3] });
    assert.deepEqual(parsed.diagnostics, []);
  });

  it('reports binding problems as warnings at the call, and still returns the layer', () => {
    const parsed = parse(`
      m = Sequential([
          layers.RandomZoom(0.1, heigth_factor=0.2),
          layers.Resizing(64),
          layers.RandomFlip("horizontal", mode="vertical"),
      ])
    `);
    assert.deepEqual(parsed.pipelines[0].layers.map((l) => l.className), ['RandomZoom', 'Resizing', 'RandomFlip']);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.severity, d.code, d.range?.start.line, d.message]), [
      ['warning', 'bad-arguments', 2, "RandomZoom has no argument 'heigth_factor' in Keras 3"],
      ['warning', 'bad-arguments', 3, "Resizing is missing its required argument 'width'"],
      ['warning', 'bad-arguments', 4, "RandomFlip got multiple values for argument 'mode'"],
    ]);
  });

  it('merges **dict literals, and keeps what cannot be placed as unresolved', () => {
    assert.deepEqual(argsOf('layers.RandomRotation(0.1, **{"fill_mode": "constant", "fill_value": 0.5})'),
      { factor: 0.1, fill_mode: 'constant', fill_value: 0.5 });
    assert.deepEqual(argsOf('layers.RandomRotation(0.1, **opts)', 'opts = dict(fill_mode="wrap", fill_value=-1)'),
      { factor: 0.1, fill_mode: 'wrap', fill_value: -1 }, 'the dict builtin on literals, as a dict literal');
    assert.deepEqual(argsOf('layers.RandomRotation(0.1, **opts)', 'opts = dict({"fill_mode": "wrap"}, seed=3)'),
      { factor: 0.1, fill_mode: 'wrap', seed: 3 });
    for (const [prelude, text] of [['opts = dict(pairs)', '**opts'], ['opts = dict(**base)', '**opts'], ['def dict(**k): return k\nopts = dict(seed=1)', '**opts']]) {
      assert.deepEqual(argsOf('layers.RandomRotation(0.1, **opts)', prelude), { factor: 0.1, '**kwargs': { unresolved: text } }, prelude);
    }
    const opaque = parse('m = Sequential([layers.RandomRotation(**config["rotation"]), layers.Resizing(**size)])');
    assert.deepEqual(onlyPipeline(opaque).layers.map((l) => l.args), [{ '**kwargs': { unresolved: '**config["rotation"]' } }, { '**kwargs': { unresolved: '**size' } }]);
    assert.deepEqual(codes(opaque), [], 'a required argument may be in what **config["rotation"] holds');
    const star = parse('m = Sequential([layers.RandomCrop(*size, seed=1)])');
    assert.deepEqual(onlyLayer(star).args, { seed: 1, '*args': { unresolved: '*size' } });
    assert.ok(!codes(star).includes('bad-arguments'), 'no guess about what *size holds');
  });

  it('warns when an image layer does not exist in the file\'s Keras version', () => {
    const parsed = parse('m = Sequential([layers.RandomHue(0.2)])', { kerasVersion: { version: 2, reason: '--keras 2' } });
    assert.deepEqual(onlyLayer(parsed).args, { arg0: 0.2 });
    assert.deepEqual(codes(parsed), ['unavailable-layer']);
    assert.match(parsed.diagnostics[0].message, /RandomHue does not exist in Keras 2 \(Keras 2: --keras 2\)/);
  });

  it('keeps the arguments of other layers too, without judging them', () => {
    const parsed = parse('m = Sequential([layers.RandomFlip(), layers.Conv2D(16, 3, padding="same", whatever=1)])');
    assert.deepEqual(parsed.pipelines[0].otherLayers[0].args, { arg0: 16, arg1: 3, padding: 'same', whatever: 1 });
    assert.deepEqual(parsed.diagnostics, []);
  });

  it('ignores comments and line continuations between arguments', () => {
    assert.deepEqual(argsOf(`layers.RandomContrast(  # how much
        0.3, \\
        seed=3)`), { factor: 0.3, seed: 3 });
  });
});
