// Arguments the code does not state as literals are never guessed: an optional one is previewed
// with Keras's default and says so, a splat is left out and says so, and a required one stops
// its layer until the user types a value in the panel, which is read as a Python literal.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { configureLayer } from '../../../../src/engine/buildPipeline';
import { formatPhrase } from '../../../../src/engine/layers/description';
import { describeLayer } from '../../../../src/engine/layerInfo';
import { renderPreview } from '../../../../src/engine/preview';
import type { PipelineSpec } from '../../../../src/engine/previewTypes';
import { initParser, pythonLiteral } from '../../../../src/parse';
import { suppliedKey, withSuppliedValues } from '../../../../src/pipeline/suppliedValues';

const image = readFileSync(path.resolve(__dirname, '../../../../../media/sample.png'));

describe('engine: unresolved arguments', () => {
  before(() => initParser());

  it('an optional argument takes Keras\'s default, said in `assumed`', () => {
    const built = configureLayer({ className: 'RandomRotation', args: { factor: 0.1, fill_mode: { unresolved: 'cfg.fill' } } }, 3);
    assert.ok('layer' in built);
    assert.deepEqual(built.assumed, [{ arg: 'fill_mode', text: 'cfg.fill', value: 'reflect', by: 'default' }]);
    const tf = configureLayer({ className: 'tf.image.random_brightness', args: { max_delta: 0.1, seed: { unresolved: 'SEED' } } }, 3);
    assert.ok('layer' in tf, 'a tf.image function\'s optional seed defaults too');
  });

  it('a required argument stops the layer and is named in `needs`', () => {
    const built = configureLayer({ className: 'RandomRotation', args: { factor: { unresolved: 'ROT' } } }, 3);
    assert.ok(!('layer' in built));
    assert.equal(built.kind, 'unresolved');
    assert.deepEqual(built.needs, { arg: 'factor', text: 'ROT' });
    const lo = configureLayer({ className: 'RandomZoom', args: { height_factor: [{ unresolved: 'lo' }, 0.2] } }, 3);
    assert.ok(!('layer' in lo) && lo.needs?.arg === 'height_factor' && lo.needs.text === 'lo');
  });

  it('an unresolved splat is left out, and asked for when it must hold a required argument', () => {
    const open = configureLayer({ className: 'RandomRotation', args: { factor: 0.2, '**kwargs': { unresolved: '**opts' } } }, 3);
    assert.ok('layer' in open);
    assert.deepEqual(open.assumed, [{ arg: '**kwargs', text: '**opts', value: null, by: 'default' }]);
    const missing = configureLayer({ className: 'Resizing', args: { '**kwargs': { unresolved: '**size' } } }, 3);
    assert.ok(!('layer' in missing));
    assert.deepEqual(missing.needs, { arg: 'height', text: '**size' });
  });

  it('a hover describes the layer with the default it assumed, and says which', async () => {
    const d = await describeLayer({ layer: { className: 'RandomZoom', args: { height_factor: 0.1, fill_mode: { unresolved: 'cfg.fill' } } }, kerasVersion: 3 });
    assert.deepEqual(d.assumed, [{ arg: 'fill_mode', text: 'cfg.fill', value: 'reflect', by: 'default' }]);
    assert.match(d.description!.details.map((p) => formatPhrase(p)).join(' '), /reflect/);
  });

  it('reads a typed value as a Python literal, and nothing else', () => {
    const cases: [string, unknown][] = [
      ['0.1', 0.1], ['(0.1, 0.2)', [0.1, 0.2]], ['0.1, 0.2', [0.1, 0.2]], ['-0.2', -0.2], ['1/255', 1 / 255],
      ["'constant'", 'constant'], ['"nearest"', 'nearest'], ['True', true], ['None', null], ['[180, 180]', [180, 180]],
      ['{"a": 1}', { a: 1 }],
    ];
    for (const [text, value] of cases) assert.deepEqual(pythonLiteral(text), value, text);
    for (const text of ['', '  ', 'ROT', 'cfg["x"]', '1 +', '__import__("os").system("x")', '(1, ', 'x = 1', '1; 2']) {
      assert.equal(pythonLiteral(text), undefined, text);
    }
  });

  it('a value typed in the panel fills the argument while the code leaves it unresolved', async () => {
    const spec: PipelineSpec = {
      name: 'aug', kerasVersion: 3,
      layers: [{ className: 'RandomFlip', args: { mode: 'horizontal' } }, { className: 'RandomRotation', args: { factor: { unresolved: 'ROT' } } }],
    };
    const supplied = new Map([[suppliedKey(1, 'factor'), [0.25, 0.25]]]);
    const filled = withSuppliedValues(spec, supplied);
    assert.deepEqual(filled.layers[1], { className: 'RandomRotation', args: { factor: [0.25, 0.25] }, supplied: { factor: 'ROT' } });
    assert.equal(filled.layers[0], spec.layers[0]);
    // A literal written in the code since then takes over.
    const edited = { ...spec, layers: [spec.layers[0], { className: 'RandomRotation', args: { factor: 0.1 } }] };
    assert.deepEqual(withSuppliedValues(edited, supplied).layers[1].args, { factor: 0.1 });

    const result = await renderPreview({ imageBytes: image, imageName: 'sample.png', seed: 1, samples: 3, epochs: 0, maxSize: 32, pipeline: filled });
    assert.deepEqual(result.layers[1].assumed, [{ arg: 'factor', text: 'ROT', value: [0.25, 0.25], by: 'user' }]);
    assert.ok(result.layers.every((l) => l.applied));
    for (const tile of result.training) assert.ok(Math.abs(Number(tile.params[1].params.angle_degrees) - 90) < 1e-6, JSON.stringify(tile.params));
    const without = await renderPreview({ imageBytes: image, imageName: 'sample.png', seed: 1, samples: 3, epochs: 0, maxSize: 32, pipeline: spec });
    assert.deepEqual([without.layers[1].applied, without.layers[1].needs], [false, { arg: 'factor', text: 'ROT' }]);
  });
});
