// The colour layers' own behaviour beyond the oracle: the draws each makes (count and order), the
// transformations they accept, dtypes, ranges for display, inference, and the checks the engine
// makes up front where Keras would only fail later.
import * as assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../../../src/engine/backend';
import { formatPhrase } from '../../../../src/engine/layers/description';
import { LayerConfigError, UnsupportedLayerError, type ConfiguredLayer, type KerasDtype } from '../../../../src/engine/layers/layer';
import { createLayer } from '../../../../src/engine/registry';
import { SeededRng } from '../../../../src/engine/rng';
import { runLayers } from '../../../../src/engine/run';
import { activeAtInference } from '../../../../src/pipeline/catalog';
import type { KerasVersion, Value } from '../../../../src/pipeline/model';
import { CountingRng, randomPixels, shapeOf } from '../helpers';

const K3_ONLY: [string, Record<string, Value>][] = [
  ['RandomSaturation', { factor: 0.5 }],
  ['RandomHue', { factor: 0.2 }],
  ['RandomColorJitter', { brightness_factor: 0.2, contrast_factor: 0.2, saturation_factor: 0.2, hue_factor: 0.2 }],
  ['RandomColorDegeneration', { factor: 0.5 }],
  ['RandomGrayscale', {}],
  ['RandomInvert', {}],
  ['RandomPosterization', { factor: 6 }],
  ['Solarization', { addition_factor: 0.2, threshold_factor: 0.5 }],
  ['RandomSharpness', { factor: 0.5 }],
  ['RandomGaussianBlur', {}],
  ['AutoContrast', {}],
  ['Equalization', {}],
  ['CLAHE', { tile_grid_size: [2, 2] }],
];
const BOTH: [string, Record<string, Value>][] = [
  ['RandomBrightness', { factor: 0.2 }],
  ['RandomContrast', { factor: 0.2 }],
  ['Normalization', { mean: [120, 110, 100], variance: [3000, 2900, 2800] }],
];
const ALL: [string, Record<string, Value>, KerasVersion][] = [
  ...K3_ONLY.map(([n, a]) => [n, a, 3] as [string, Record<string, Value>, KerasVersion]),
  ...BOTH.flatMap(([n, a]) => [[n, a, 3], [n, a, 2]] as [string, Record<string, Value>, KerasVersion][]),
];

/** Uniform draws per image, in call order, for a batch: what Keras's get_random_transformation makes. */
const DRAWS_PER_IMAGE: Record<string, number> = {
  RandomBrightness: 1, RandomContrast: 1, RandomSaturation: 1, RandomHue: 2, RandomColorJitter: 5,
  RandomColorDegeneration: 1, RandomGrayscale: 1, RandomInvert: 2, RandomPosterization: 1, Solarization: 2,
  RandomSharpness: 1, AutoContrast: 0, Equalization: 0, CLAHE: 0, Normalization: 0,
};

function apply(layer: ConfiguredLayer, pixels: Float32Array, shape: [number, number, number, number], training: boolean, dtype: KerasDtype = 'float32') {
  const input = tf.tensor4d(pixels, shape);
  const t = training ? layer.sample({ batch: shape[0], height: shape[1], width: shape[2], channels: shape[3] }, new SeededRng(3)) : undefined;
  const out = layer.apply(input, t, training, dtype);
  const values = Float32Array.from(out.dataSync());
  input.dispose();
  out.dispose();
  return values;
}

describe('colour layers', () => {
  before(ensureBackend);
  const shape: [number, number, number, number] = [4, 5, 6, 3];
  const pixels = randomPixels(shapeOf(...shape), 11);

  for (const [name, args, version] of ALL) {
    describe(`${name} (Keras ${version})`, () => {
      const layer = createLayer(name, args, version);

      it('draws as Keras does: one call per batch, in its order', () => {
        const rng = new CountingRng();
        layer.sample(shapeOf(...shape), rng);
        // Keras 2 contrast: one factor per batch; Gaussian blur: two per image, then one (σx, σy) pair.
        const perBatch = version === 2 && name === 'RandomContrast' ? 1 : name === 'RandomGaussianBlur' ? 2 * shape[0] + 2 : DRAWS_PER_IMAGE[name] * shape[0];
        assert.equal(rng.draws, perBatch);
      });

      it('states the same inference behaviour as the catalog, and acts on it', () => {
        assert.equal(layer.activeAtInference, activeAtInference(layer.className, version));
        const out = apply(layer, pixels, shape, false);
        if (layer.activeAtInference) assert.notDeepEqual(out, pixels);
        else assert.deepEqual(out, pixels);
      });

      it('takes back the parameters it reports (describeSample → parseTransformation) and applies them alike', () => {
        const s = shapeOf(...shape);
        const drawn = layer.sample(s, new SeededRng(8));
        const params = Array.from({ length: shape[0] }, (_, i) => layer.describeSample(drawn, i));
        const keys = Object.keys(params[0]);
        const json = Object.fromEntries(keys.map((k) => [k, params.map((p) => p[k])]));
        const stated = layer.parseTransformation(keys.length ? json : undefined, s);
        const input = tf.tensor4d(pixels, shape);
        const [a, b] = [layer.apply(input, drawn, true), layer.apply(input, stated, true)];
        assert.deepEqual(a.dataSync(), b.dataSync());
        [input, a, b].forEach((x) => x.dispose());
        assert.throws(() => layer.parseTransformation({ ...json, bogus: [1] }, s), /unknown key "bogus"/);
      });

      it('describes itself with a summary and concrete details', () => {
        const d = layer.describe({ inputSize: { height: 5, width: 6 } });
        assert.ok(formatPhrase(d.summary).length > 10);
        assert.ok(d.details.length > 0 && d.details.every((p) => !/\{\d\}/.test(formatPhrase(p))));
      });
    });
  }
});

describe('colour layers: dtypes', () => {
  before(ensureBackend);
  const shape: [number, number, number, number] = [2, 3, 4, 3];
  const bytes = randomPixels(shapeOf(...shape), 5).map(Math.floor);

  it('Keras 3 keeps integer images integer where its code does, and runLayers carries the dtype on', () => {
    const cases: [string, Record<string, Value>, boolean, KerasDtype][] = [
      ['RandomBrightness', { factor: 0.2 }, true, 'uint8'],
      ['RandomGrayscale', { factor: 1 }, true, 'uint8'],
      ['CLAHE', { tile_grid_size: [1, 2] }, true, 'uint8'],
      ['CLAHE', { tile_grid_size: [1, 2] }, false, 'uint8'],
      ['RandomHue', { factor: 0.2 }, false, 'uint8'],
      ['RandomHue', { factor: 0.2 }, true, 'float32'],
      ['Solarization', {}, false, 'float32'],
      ['AutoContrast', {}, false, 'float32'],
      ['Equalization', {}, false, 'uint8'],
      ['Equalization', {}, true, 'float32'],
    ];
    for (const [name, args, training, expected] of cases) {
      const input = tf.tensor4d(bytes, shape);
      const result = runLayers([createLayer(name, args, 3)], input, { training, rng: new SeededRng(1), dtype: 'uint8' });
      assert.equal(result.dtype, expected, `${name} training=${training}`);
      if (expected !== 'float32') assert.ok(Array.from(result.output.dataSync()).every(Number.isInteger), `${name}: whole numbers`);
      result.output.dispose();
      input.dispose();
    }
    const k2 = runLayers([createLayer('RandomBrightness', { factor: 0.2 }, 2)], tf.tensor4d(bytes, shape), { training: true, rng: new SeededRng(1), dtype: 'uint8' });
    assert.equal(k2.dtype, 'float32', 'Keras 2 casts to float32 first');
    k2.output.dispose();
  });

  it('fails where Keras 3 fails on integer images: RandomContrast and RandomSaturation in training', () => {
    for (const name of ['RandomContrast', 'RandomSaturation']) {
      const layer = createLayer(name, { factor: 0.2 }, 3);
      assert.throws(() => apply(layer, bytes, shape, true, 'uint8'), (e: unknown) => e instanceof LayerConfigError && /uint8/.test(e.message));
      assert.deepEqual(apply(layer, bytes, shape, false, 'uint8'), bytes, 'at inference they pass the images through');
    }
  });
});

describe('colour layers: checks Keras only makes when called', () => {
  const fails = (name: string, args: Record<string, Value>, pattern: RegExp, version: KerasVersion = 3) =>
    assert.throws(() => createLayer(name, args, version), (e: unknown) => e instanceof LayerConfigError && pattern.test(e.message), `${name} ${JSON.stringify(args)}`);

  it('an un-adapted Normalization says it must be adapted, so the preview skips it without calling the code invalid', () => {
    for (const version of [3, 2] as const) {
      assert.throws(
        () => createLayer('Normalization', {}, version),
        (e: unknown) => e instanceof UnsupportedLayerError && /adapt\(data\)[\s\S]*skips this layer/.test(e.message),
      );
    }
  });

  it('Keras 2 RandomContrast(0) fails at every training call; the engine says so up front', () => {
    fails('RandomContrast', { factor: 0 }, /upper must be > lower/, 2);
    assert.doesNotThrow(() => createLayer('RandomContrast', { factor: 0 }, 3));
  });

  it('non-numbers where Keras needs numbers, and sizes Keras cannot use', () => {
    fails('RandomContrast', { factor: 0.2, value_range: 'x' }, /value_range/);
    fails('RandomHue', { factor: 0.2, value_range: [0] }, /value_range/);
    fails('CLAHE', { tile_grid_size: [0, 8] }, /tile_grid_size/);
    fails('CLAHE', { clip_limit: 'a' }, /clip_limit/);
    fails('RandomPosterization', { factor: 4.5 }, /Cannot convert 4.5 to EagerTensor of dtype int64/);
    fails('RandomGaussianBlur', { kernel_size: 3.5 }, /kernel_size/);
    fails('Equalization', { bins: 0 }, /bins/);
    fails('Normalization', { mean: [1, 2, 3], variance: [1, 2, 3], axis: 7 }, /range \[-ndim, ndim\)/);
  });

  it('CLAHE on an image too small for its grid fails like TF', () => {
    const layer = createLayer('CLAHE', {}, 3);
    const input = tf.tensor4d(new Float32Array(27), [1, 1, 9, 3]);
    assert.throws(() => layer.apply(input, null, true), /paddings must be no greater than the dimension size: 0, 7 greater than 1/);
    input.dispose();
  });

  it('colour layers that need RGB say so for other channel counts', () => {
    const input = tf.tensor4d(new Float32Array(16), [1, 2, 2, 4]);
    for (const name of ['RandomHue', 'RandomSaturation', 'RandomGrayscale', 'RandomColorDegeneration']) {
      const layer = createLayer(name, name === 'RandomGrayscale' ? {} : { factor: 0.5 }, 3);
      assert.throws(() => layer.apply(input, layer.sample(shapeOf(1, 2, 2, 4), new SeededRng(1)), true), /channel/);
    }
    input.dispose();
  });
});

describe('colour layers: stated transformations', () => {
  const s = shapeOf(3, 2, 2, 3);

  it('Keras 2 RandomContrast draws one factor per batch, and only takes equal factors', () => {
    const layer = createLayer('RandomContrast', { factor: 0.4 }, 2);
    const t = layer.sample(s, new SeededRng(2));
    const factors = [0, 1, 2].map((i) => layer.describeSample(t, i).contrast_factor);
    assert.ok(factors.every((f) => f === factors[0]));
    assert.throws(() => layer.parseTransformation({ contrast_factor: [1, 1.1, 1] }, s), /one contrast factor for the whole batch/);
  });

  it('RandomGaussianBlur shares one (σx, σy) across the batch', () => {
    const layer = createLayer('RandomGaussianBlur', {}, 3);
    assert.throws(() => layer.parseTransformation({ blurred: [true, true, true], blur_sigma: [[1, 1], [1, 1], [0.5, 1]] }, s), /one \(σx, σy\)/);
  });

  it('RandomPosterization takes whole numbers of bits', () => {
    const layer = createLayer('RandomPosterization', { factor: 8 }, 3);
    assert.throws(() => layer.parseTransformation({ bits: [1, 2.5, 3] }, s), /whole numbers of bits/);
  });
});

describe('colour layers: value ranges for display', () => {
  const range = (name: string, args: Record<string, Value>, input: [number, number], version: KerasVersion = 3) => createLayer(name, args, version).outputRange(input);

  it('RandomInvert keeps [0, 255]; Normalization maps it to its standardised range', () => {
    assert.deepEqual(range('RandomInvert', {}, [0, 255]), [0, 255]);
    const [lo, hi] = range('Normalization', { mean: 127.5, variance: 127.5 * 127.5 }, [0, 255]);
    assert.ok(Math.abs(lo + 1) < 1e-6 && Math.abs(hi - 1) < 1e-6);
  });

  it('the clipping layers stay within value_range; stretching layers fill it', () => {
    assert.deepEqual(range('RandomBrightness', { factor: 0.2 }, [0, 255]), [0, 255]);
    assert.deepEqual(range('RandomBrightness', { factor: 0.2, value_range: [0, 1] }, [0, 1]), [0, 1]);
    assert.deepEqual(range('RandomContrast', { factor: 0.5 }, [0, 255], 2), [0, 255]);
    assert.deepEqual(range('AutoContrast', { value_range: [0, 1] }, [0.2, 0.3]), [0, 1]);
    assert.deepEqual(range('Solarization', {}, [0, 255]), [0, 255]);
  });

  it('RandomSaturation with value_range (0, 255) and factors above 1 can go negative', () => {
    const [lo] = range('RandomSaturation', { factor: [0.5, 0.9] }, [0, 255]);
    assert.ok(lo < 0);
    assert.deepEqual(range('RandomSaturation', { factor: 0.5 }, [0, 255]), [0, 255]);
  });
});

describe('colour layers: descriptions in this configuration\'s numbers', () => {
  const text = (name: string, args: Record<string, Value>, version: KerasVersion = 3, inputRange?: [number, number]) => {
    const d = createLayer(name, args, version).describe(inputRange ? { inputRange } : {});
    return [d.summary, ...d.details, d.inference, ...d.versionNotes].map((p) => formatPhrase(p)).join('\n');
  };

  it('RandomBrightness(0.2) says ±20 % of the value range, i.e. ±51 on 0–255', () => {
    assert.match(text('RandomBrightness', { factor: 0.2 }), /up to ±20 % of the value range, i\.e\. ±51 on 0–255/);
  });

  it('RandomBrightness after Rescaling(1/255) warns that value_range does not match', () => {
    assert.match(text('RandomBrightness', { factor: 0.2 }, 3, [0, 1]), /reach this layer in \[0, 1\], but value_range is \[0, 255\]/);
    assert.doesNotMatch(text('RandomBrightness', { factor: 0.2, value_range: [0, 1] }, 3, [0, 1]), /but value_range/);
  });

  it('RandomContrast(0.2): [1, 1.2] in Keras 3, it only ever increases; [0.8, 1.2] per batch in Keras 2', () => {
    assert.match(text('RandomContrast', { factor: 0.2 }), /drawn from \[1, 1\.2\]: it only ever increases/);
    assert.match(text('RandomContrast', { factor: 0.2 }, 2), /drawn from \[0\.8, 1\.2\][\s\S]*whole batch/);
  });

  it('probability layers say how many images they change, and that the default is half', () => {
    assert.match(text('RandomInvert', {}), /About 50 % of images are inverted[\s\S]*half the images on average/);
    assert.match(text('RandomGaussianBlur', { factor: [1, 1] }), /About 100 % of images are blurred/);
    assert.match(text('RandomGrayscale', { factor: 0.2 }), /probability 20 %/);
  });

  it('RandomSaturation(0.5) warns that half the images turn grey', () => {
    assert.match(text('RandomSaturation', { factor: 0.5 }), /about 50 % of images, which come out fully grey/);
  });

  it('Equalization says it pools the batch and does nothing at inference; CLAHE speaks in tiles', () => {
    assert.match(text('Equalization', {}), /pooled over the whole batch[\s\S]*unchanged/);
    const d = createLayer('CLAHE', {}, 3).describe({ inputSize: { height: 224, width: 224 } });
    assert.match(formatPhrase(d.details[0]), /8×8 grid of tiles \(about 28×28 px each/);
  });
});
