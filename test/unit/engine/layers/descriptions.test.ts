import * as assert from 'node:assert/strict';
import { formatPhrase } from '../../../../src/engine/layers/description';
import { createLayer } from '../../../../src/engine/registry';
import type { KerasVersion, Value } from '../../../../src/pipeline/model';

function describe_(className: string, args: Record<string, Value>, version: KerasVersion = 3, inputSize?: { height: number; width: number }) {
  const d = createLayer(className, args, version).describe(inputSize ? { inputSize } : {});
  return {
    summary: formatPhrase(d.summary),
    details: d.details.map((p) => formatPhrase(p)),
    inference: formatPhrase(d.inference),
    notes: d.versionNotes.map((p) => formatPhrase(p)),
  };
}

describe('layer descriptions (hover text)', () => {
  it('RandomRotation(0.2) states the angle range in degrees and the fill', () => {
    const d = describe_('RandomRotation', { factor: 0.2 });
    assert.match(d.details[0], /from -72° to 72°/);
    assert.match(d.details[1], /reflecting/);
    assert.match(d.inference, /unchanged/);
  });

  it('RandomRotation speaks in pixels when the input size is known', () => {
    const d = describe_('RandomRotation', { factor: 0.25 }, 3, { height: 101, width: 101 });
    // r = hypot(100, 100)/2 = 70.7; a 90° turn moves a corner by 2r·sin(45°) = 100 px.
    assert.ok(d.details.some((t) => /101×101 px, a 90° turn moves the corners by up to 100 px/.test(t)), d.details.join('\n'));
  });

  it('RandomFlip("horizontal_and_vertical") explains the shared coin in Keras 3 and not in Keras 2', () => {
    assert.match(describe_('RandomFlip', {}, 3).details[0], /one coin for both axes/);
    assert.match(describe_('RandomFlip', {}, 2).details[0], /independently/);
    assert.equal(describe_('RandomFlip', { mode: 'horizontal' }).notes.length, 0);
  });

  it('Rescaling(1/255) gives the output range and says it acts at inference', () => {
    const d = describe_('Rescaling', { scale: 1 / 255 });
    assert.match(d.details[0], /\[0, 1\]/);
    assert.match(d.inference, /Also applied at inference/);
  });
});
