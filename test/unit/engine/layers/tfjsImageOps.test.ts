// TF.js's tf.image ops as pipeline layers: every op the parser reads from TF.js code is known,
// takes the parser's snake_case argument names with TF.js's defaults, acts at inference, and
// describes itself in this configuration's numbers. Pixel values against real TF.js: test/oracle.
import * as assert from 'node:assert/strict';
import { formatPhrase } from '../../../../src/engine/layers/description';
import { UnsupportedLayerError } from '../../../../src/engine/layers/layer';
import { createLayer, isSupportedLayer } from '../../../../src/engine/registry';
import type { Value } from '../../../../src/pipeline/model';

/** The ops src/parse/tfjs reads, each with a valid call (the image left out). */
const OPS: Readonly<Record<string, Record<string, Value>>> = {
  flipLeftRight: {},
  rotateWithOffset: { radians: 0.5 },
  resizeBilinear: { size: [224, 160] },
  resizeNearestNeighbor: { size: [224, 160] },
  cropAndResize: { boxes: [[0.1, 0.2, 0.9, 0.8]], box_ind: [0], crop_size: [64, 48] },
  transform: { transforms: [[1, 0, 2, 0, 1, -3, 0, 0]] },
  grayscaleToRGB: {},
  rgbToGrayscale: {},
};

const text = (op: string, args: Record<string, Value>) => {
  const d = createLayer(`tf.image.${op}`, args, 3).describe({ inputSize: { height: 101, width: 81 } });
  return [d.summary, ...d.details, d.inference].map((p) => formatPhrase(p)).join('\n');
};

describe('TF.js image ops', () => {
  it('are all known and act at inference, with TF.js\'s defaults filled in', () => {
    for (const [op, args] of Object.entries(OPS)) {
      assert.ok(isSupportedLayer(`tf.image.${op}`, 3), op);
      assert.equal(createLayer(`tf.image.${op}`, args, 3).activeAtInference, true, op);
    }
    assert.deepEqual(createLayer('tf.image.rotateWithOffset', { radians: 1 }, 3).config, { radians: 1, fill_value: 0, center: 0.5 });
    assert.deepEqual(createLayer('tf.image.resizeBilinear', { size: [4, 5] }, 3).config, { size: [4, 5], align_corners: false, half_pixel_centers: false });
    assert.deepEqual(createLayer('tf.image.transform', { transforms: [[1, 0, 0, 0, 1, 0, 0, 0]] }, 3).config, {
      transforms: [[1, 0, 0, 0, 1, 0, 0, 0]], interpolation: 'nearest', fill_mode: 'constant', fill_value: 0, output_shape: null,
    });
  });

  it('names the missing argument, and a parameter the op does not have', () => {
    assert.throws(() => createLayer('tf.image.rotateWithOffset', {}, 3), { message: "tf.image.rotateWithOffset needs its argument 'radians'" });
    assert.throws(() => createLayer('tf.image.flipLeftRight', { axis: 1 }, 3), { message: "tf.image.flipLeftRight has no parameter 'axis'" });
  });

  it('does not preview calls that make more (or fewer) outputs than images', () => {
    assert.throws(() => createLayer('tf.image.cropAndResize', { boxes: [[0, 0, 1, 1], [0, 0, 0.5, 0.5]], box_ind: [0, 0], crop_size: [4, 4] }, 3), UnsupportedLayerError);
    assert.throws(() => createLayer('tf.image.cropAndResize', { boxes: [[0, 0, 1, 1]], box_ind: [2], crop_size: [4, 4] }, 3), UnsupportedLayerError);
    assert.throws(() => createLayer('tf.image.transform', { transforms: [[1, 0, 0, 0, 1, 0, 0, 0], [1, 0, 0, 0, 1, 0, 0, 0]] }, 3), UnsupportedLayerError);
  });

  it('describes TF.js\'s own semantics in numbers: default resize grid, nearest-only rotation, boxes in pixels', () => {
    assert.match(text('resizeBilinear', OPS.resizeBilinear), /160×224 px[\s\S]*offset by half an output pixel minus half an input pixel/);
    assert.match(text('resizeBilinear', { size: [224, 160], half_pixel_centers: true }), /as in TF2's tf.image.resize/);
    assert.match(text('rotateWithOffset', { radians: Math.PI / 6, fill_value: [1, 2, 3] }), /by 30° anticlockwise[\s\S]*colour \(1, 2, 3\)[\s\S]*nearest-neighbour sampling only/);
    assert.match(text('cropAndResize', OPS.cropAndResize), /48×64 px[\s\S]*about 48×80 px/);
    assert.match(text('transform', OPS.transform), /a = \(1, 0, 2\), b = \(0, 1, -3\)[\s\S]*nearest \(TF.js's default\)/);
    assert.match(text('flipLeftRight', {}), /TF.js image ops have no training flag/);
  });
});
