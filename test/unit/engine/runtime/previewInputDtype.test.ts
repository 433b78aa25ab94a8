// Map functions on tf.image ops receive uint8 images (tf.io.decode_jpeg, TFDS): the preview feeds
// them as uint8 and follows convert_image_dtype's rescale to [0, 1] in the displayed range.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderPreview } from '../../../../src/engine/preview';

const image = readFileSync(path.resolve(__dirname, '../../../../../media/sample.png'));

describe('preview input dtype', () => {
  it('a uint8 map function converted to float32 is in [0, 1] after convert_image_dtype', async () => {
    const result = await renderPreview({
      imageBytes: image, imageName: 'sample.png', seed: 1, samples: 2, epochs: 0, maxSize: 32,
      pipeline: {
        name: 'augment', kerasVersion: 3, inputDtype: 'uint8',
        layers: [
          { className: 'tf.image.convert_image_dtype', args: { dtype: 'float32' } },
          { className: 'tf.image.random_flip_left_right', args: {} },
        ],
      },
    });
    assert.equal(result.inputDtype, 'uint8');
    assert.deepEqual(result.valueRange.nominal, [0, 1]);
    assert.ok(result.valueRange.inference[1] <= 1 && result.valueRange.inference[1] > 0.5, `values in [0, 1]: ${result.valueRange.inference}`);
    assert.deepEqual(result.inferenceStages.map((s) => [s.layer, s.range]), [
      ['input', [0, 255]], ['tf.image.convert_image_dtype', [0, 1]], ['tf.image.random_flip_left_right', [0, 1]],
    ]);
  });

  it('Keras pipelines keep float32 0–255 input, as image_dataset_from_directory yields', async () => {
    const result = await renderPreview({
      imageBytes: image, imageName: 'sample.png', seed: 1, samples: 1, epochs: 0, maxSize: 32,
      pipeline: { name: 'k', kerasVersion: 3, layers: [{ className: 'tf.image.convert_image_dtype', args: { dtype: 'float32' } }] },
    });
    assert.equal(result.inputDtype, 'float32');
    assert.deepEqual(result.valueRange.nominal, [0, 255], 'a float32 image passes convert_image_dtype(float32) unchanged');
  });
});
