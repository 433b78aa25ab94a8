import * as assert from 'node:assert/strict';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import { createLayer, isSupportedLayer, supportedLayers, UnsupportedLayerError } from '../../../../src/engine/registry';
import { imageLayerNames } from '../../../../src/pipeline/catalog';

describe('registry', () => {
  it('knows the implemented layers in both Keras versions, and only where they exist', () => {
    for (const v of [2, 3] as const) {
      const supported = supportedLayers(v);
      for (const name of ['RandomFlip', 'RandomRotation', 'Rescaling', 'RandomZoom', 'RandomTranslation']) assert.ok(supported.includes(name), `${name} in Keras ${v}`);
      assert.ok(supported.every((name) => isSupportedLayer(name, v)));
    }
    assert.ok(isSupportedLayer('RandomShear', 3));
    assert.ok(!isSupportedLayer('RandomShear', 2), 'RandomShear is Keras 3 only');
  });

  it('fills Keras defaults and drops base-layer kwargs', () => {
    const layer = createLayer('RandomRotation', { factor: 0.1, name: 'rot', dtype: 'float32', input_shape: [32, 32, 3] }, 3);
    assert.deepEqual(layer.config, { factor: 0.1, fill_mode: 'reflect', interpolation: 'bilinear', seed: null, fill_value: 0, data_format: null });
    assert.equal(createLayer('RandomFlip', {}, 2).config.mode, 'horizontal_and_vertical');
    assert.equal(createLayer('Rescaling', { scale: 2 }, 3).config.offset, 0);
  });

  it('a real Keras layer not implemented yet is UnsupportedLayerError', () => {
    const missing = imageLayerNames(3).find((name) => !isSupportedLayer(name, 3));
    if (missing === undefined) {
      // Every Keras 3 image layer is implemented: nothing can raise it.
      assert.equal(supportedLayers(3).length, new Set(imageLayerNames(3)).size);
      return;
    }
    assert.throws(() => createLayer(missing, {}, 3), (e: unknown) => e instanceof UnsupportedLayerError && e.message.includes(missing));
  });

  it('accepts the CLAHE alias under its canonical name', () => {
    assert.equal(createLayer('CLAHE', {}, 3).className, 'ContrastLimitedAdaptiveHistogramEqualization');
  });

  it('a name that is no Keras image layer, or not in that version, is LayerConfigError', () => {
    assert.throws(() => createLayer('RandomBlur', {}, 3), (e: unknown) => e instanceof LayerConfigError && /not a Keras image preprocessing layer/.test(e.message));
    assert.throws(() => createLayer('RandomGrayscale', {}, 2), (e: unknown) => e instanceof LayerConfigError && e.message === 'Keras 2 has no layer RandomGrayscale');
  });

  it('names every missing required argument as Python does', () => {
    assert.throws(() => createLayer('RandomRotation', {}, 3), { message: "RandomRotation.__init__() missing 1 required positional argument: 'factor'" });
  });

  it('quotes the user-given name in the Keras 2 RandomFlip message', () => {
    assert.throws(() => createLayer('RandomFlip', { mode: 'diagonal', name: 'aug_flip' }, 2), {
      message: 'RandomFlip layer aug_flip received an unknown mode argument diagonal',
    });
  });
});
