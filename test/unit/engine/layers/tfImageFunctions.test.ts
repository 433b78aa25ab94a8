// TF's tf.image functions as pipeline layers: every function of the signature list is known,
// they act (and the random ones draw) whatever `training` says, each image of a batch is its own
// call, `seed` is never needed, and the descriptions speak in this configuration's numbers.
// Pixel values against real TF: test/oracle (tf.image.* refs).
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { configureLayer } from '../../../../src/engine/buildPipeline';
import { formatPhrase } from '../../../../src/engine/layers/description';
import { LayerConfigError } from '../../../../src/engine/layers/layer';
import { createLayer, isSupportedLayer, supportedLayers } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { TF_IMAGE_FUNCTIONS, tfImageSignature } from '../../../../src/pipeline/augmentationCatalog';
import type { Value } from '../../../../src/pipeline/model';
import { randomPixels, shapeOf } from '../helpers';

/** A valid call of each function (the image left out), for the checks that need one. */
const EXAMPLES: Readonly<Record<string, Record<string, Value>>> = {
  adjust_brightness: { delta: 0.1 },
  adjust_contrast: { contrast_factor: 1.5 },
  adjust_gamma: { gamma: 0.8 },
  adjust_hue: { delta: 0.2 },
  adjust_jpeg_quality: { jpeg_quality: 40 },
  adjust_saturation: { saturation_factor: 1.4 },
  central_crop: { central_fraction: 0.5 },
  convert_image_dtype: { dtype: 'float32' },
  crop_to_bounding_box: { offset_height: 1, offset_width: 2, target_height: 3, target_width: 4 },
  pad_to_bounding_box: { offset_height: 1, offset_width: 2, target_height: 12, target_width: 14 },
  random_brightness: { max_delta: 0.2 },
  random_contrast: { lower: 0.5, upper: 1.5 },
  random_crop: { size: [4, 5, 3] },
  random_hue: { max_delta: 0.2 },
  random_jpeg_quality: { min_jpeg_quality: 30, max_jpeg_quality: 90 },
  random_saturation: { lower: 0.5, upper: 1.5 },
  resize: { size: [5, 7] },
  resize_with_crop_or_pad: { target_height: 5, target_width: 9 },
  resize_with_pad: { target_height: 5, target_width: 9 },
  stateless_random_brightness: { max_delta: 0.2, seed: [1, 2] },
  stateless_random_contrast: { lower: 0.5, upper: 1.5, seed: [1, 2] },
  stateless_random_crop: { size: [4, 5, 3], seed: [1, 2] },
  stateless_random_flip_left_right: { seed: [1, 2] },
  stateless_random_flip_up_down: { seed: [1, 2] },
  stateless_random_hue: { max_delta: 0.2, seed: [1, 2] },
  stateless_random_jpeg_quality: { min_jpeg_quality: 30, max_jpeg_quality: 90, seed: [1, 2] },
  stateless_random_saturation: { lower: 0.5, upper: 1.5, seed: [1, 2] },
};
const RANDOM = [...TF_IMAGE_FUNCTIONS].filter((n) => /^(random_|stateless_random_)/.test(n));
const previewed = [...TF_IMAGE_FUNCTIONS];

describe('tf.image functions', () => {
  before(ensureBackend);
  const shape = shapeOf(4, 6, 8, 3);
  const pixels = randomPixels(shape, 9);

  it('every function of the signature list is registered, in either Keras version, and none is listed as a Keras layer', () => {
    for (const name of TF_IMAGE_FUNCTIONS) {
      assert.ok(isSupportedLayer(`tf.image.${name}`, 3) && isSupportedLayer(`tf.image.${name}`, 2), name);
    }
    assert.ok(supportedLayers(3).every((n) => !n.startsWith('tf.image.')));
  });

  it('fills TF defaults and rejects what Python would (unknown keywords, missing arguments)', () => {
    assert.deepEqual(createLayer('tf.image.resize', { size: [3, 4] }, 3).config, { size: [3, 4], method: 'bilinear', preserve_aspect_ratio: false, antialias: false, name: null });
    assert.throws(() => createLayer('tf.image.random_brightness', { max_delta: 0.1, factor: 2 }, 3), { name: 'LayerConfigError', message: "Got an unexpected keyword argument 'factor'" });
    assert.throws(() => createLayer('tf.image.random_contrast', { lower: 0.1 }, 3), { name: 'LayerConfigError', message: 'Missing required positional argument' });
  });

  it('random JPEG qualities are whole numbers from min to max − 1, one per image', () => {
    const layer = createLayer('tf.image.random_jpeg_quality', { min_jpeg_quality: 30, max_jpeg_quality: 33 }, 3);
    const t = layer.sample(shapeOf(400, 1, 1, 3), new SeededRng(4)) as { values: Float32Array };
    assert.deepEqual([...new Set(t.values)].sort(), [30, 31, 32]);
    assert.throws(() => createLayer('tf.image.random_jpeg_quality', { min_jpeg_quality: 90, max_jpeg_quality: 50 }, 3), LayerConfigError);
  });

  it('act at inference, and the random ones draw with training off too, one draw per image', () => {
    for (const name of previewed) {
      const layer = createLayer(`tf.image.${name}`, EXAMPLES[name] ?? {}, 3);
      assert.equal(layer.activeAtInference, true, name);
      assert.equal(Boolean(layer.drawsAtInference), RANDOM.includes(name), name);
    }
    const layer = createLayer('tf.image.random_brightness', { max_delta: 50 }, 3);
    const input = tf.tensor4d(pixels, [4, 6, 8, 3]);
    const result = runLayers([layer], input, { training: false, rng: new SeededRng(3) });
    const deltas = result.params.map((row) => row[0].brightness_delta as number);
    assert.equal(new Set(deltas).size, 4, 'each image draws its own delta');
    const out = result.output.dataSync();
    const per = out.length / 4;
    for (let i = 0; i < 4; i++) assert.equal(out[i * per], Math.fround(pixels[i * per] + deltas[i]));
    result.output.dispose();
    input.dispose();
  });

  it('single-image flips: about half of the images flip, each on its own coin', () => {
    const layer = createLayer('tf.image.random_flip_left_right', {}, 3);
    const flags = layer.sample(shapeOf(4000, 1, 1, 1), new SeededRng(2)) as { values: boolean[] };
    const rate = flags.values.filter(Boolean).length / 4000;
    assert.ok(Math.abs(rate - 0.5) < 4 * Math.sqrt(0.25 / 4000), `rate ${rate}`);
  });

  it('a seed the parser cannot know does not stop the preview (the preview draws its own numbers)', () => {
    const built = configureLayer({ className: 'tf.image.stateless_random_brightness', args: { max_delta: 0.2, seed: { unresolved: 'seeds[0]' } } }, 3);
    assert.ok('layer' in built, JSON.stringify(built));
    const other = configureLayer({ className: 'tf.image.random_brightness', args: { max_delta: { unresolved: 'MAX' } } }, 3);
    assert.ok('problem' in other && other.kind === 'unresolved');
  });

  it('every function runs on a batch and reports the shape it produces', () => {
    for (const name of previewed) {
      const layer = createLayer(`tf.image.${name}`, EXAMPLES[name] ?? {}, 3);
      // grayscale_to_rgb takes one channel: the first of each pixel.
      const gray = name === 'grayscale_to_rgb';
      const inShape = gray ? shapeOf(4, 6, 8, 1) : shape;
      const input = gray ? tf.tensor4d(pixels.filter((_, i) => i % 3 === 0), [4, 6, 8, 1]) : tf.tensor4d(pixels, [4, 6, 8, 3]);
      const result = runLayers([layer], input, { training: true, rng: new SeededRng(1) });
      const expected = layer.outputShape?.(inShape, result.transformations[0], true) ?? inShape;
      assert.deepEqual(result.output.shape, [expected.batch, expected.height, expected.width, expected.channels], name);
      result.output.dispose();
      input.dispose();
    }
  });

  it('descriptions state this configuration\'s numbers', () => {
    const text = (name: string, args: Record<string, Value>, inputRange?: [number, number]) => {
      const d = createLayer(`tf.image.${name}`, args, 3).describe(inputRange ? { inputRange } : {});
      return [d.summary, ...d.details, d.inference].map((p) => formatPhrase(p)).join('\n');
    };
    assert.match(text('random_brightness', { max_delta: 0.2 }), /from −0.2 to 0.2/);
    assert.match(text('random_brightness', { max_delta: 0.2 }, [0, 255]), /\[0, 255\], where a shift of at most 0.2 is 0.1 %/);
    assert.match(text('random_contrast', { lower: 0.8, upper: 1.2 }), /from 0.8 to 1.2/);
    assert.match(text('random_hue', { max_delta: 0.1 }), /from −36° to 36°/);
    assert.match(text('rot90', { k: -1 }), /quarter turn clockwise/);
    assert.match(text('resize', { size: [224, 160] }), /160×224 px/);
    assert.match(text('stateless_random_flip_left_right', { seed: [1, 2] }), /draws its own numbers/);
    assert.match(text('flip_left_right', {}), /no training flag/);
  });

  it('a function TF runs on the whole batch at once is stated with one value per image', () => {
    const layer = createLayer('tf.image.random_contrast', { lower: 0.5, upper: 1.5 }, 3);
    assert.throws(() => layer.parseTransformation({ contrast_factor: [1.1] }, shape), LayerConfigError);
    assert.deepEqual(layer.describeSample(layer.parseTransformation({ contrast_factor: [1.1, 1.1, 1.1, 1.1] }, shape), 2), { contrast_factor: Math.fround(1.1) });
  });

  it('the signature list and the registry agree on parameter names', () => {
    for (const name of previewed) {
      const params = (tfImageSignature(name) ?? []).slice(1).map((p) => p.name);
      assert.deepEqual(Object.keys(createLayer(`tf.image.${name}`, EXAMPLES[name] ?? {}, 3).config).sort(), [...params].sort(), name);
    }
  });
});
