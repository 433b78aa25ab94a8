#!/usr/bin/env node
// Reference outputs of TF.js's own tf.image ops (the @tensorflow/tfjs package the project pins,
// 4.22, on its cpu backend) for the engine's TF.js op layers: test/oracle/tfjsOps.test.ts reads
// them. Each case names the op as the parser does ("tf.image.rotateWithOffset") with its
// positional arguments under the parser's snake_case names, the input, and TF.js's output (or the
// Error it threw). A batch input is the preview's batch, one image per call of the user's code, so
// cropAndResize (box index 0) and transform are called image by image (tfjs-cpu's Transform
// computes only a batch's first image anyway, tfjs-notes.md §2.1; other backends compute all).
//   node test/oracle/tfjs/generate.mjs            writes test/oracle/tfjs/refs/<op>.json
//   node test/oracle/tfjs/generate.mjs --verify   regenerates in memory and compares with them
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs');
const here = dirname(fileURLToPath(import.meta.url));
const REFS = join(here, 'refs');

// ----------------------------------------------------------------------------- inputs and arrays

/** A small seeded generator (mulberry32) so that inputs are the same on every run. */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(name) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** float32 in [0, high), or int32 in [0, 256). */
function makeInput(name, shape, dtype, high) {
  const next = generator(seedOf(name));
  const n = shape.reduce((a, b) => a * b, 1);
  const data = dtype === 'int32' ? Int32Array.from({ length: n }, () => Math.floor(next() * 256)) : Float32Array.from({ length: n }, () => next() * high);
  return tf.tensor(data, shape, dtype);
}

function encode(t) {
  const values = t.dataSync();
  const typed = t.dtype === 'int32' ? Int32Array.from(values) : Float32Array.from(values);
  return { dtype: t.dtype, shape: t.shape, data: Buffer.from(typed.buffer).toString('base64') };
}

// ----------------------------------------------------------------------------- the ops

/** Each op: its parameters after the image (the parser's names) and how TF.js is called. */
const OPS = {
  flipLeftRight: { params: [], call: (x) => tf.image.flipLeftRight(x) },
  rotateWithOffset: { params: ['radians', 'fill_value', 'center'], call: (x, a) => tf.image.rotateWithOffset(x, ...a) },
  resizeBilinear: { params: ['size', 'align_corners', 'half_pixel_centers'], call: (x, a) => tf.image.resizeBilinear(x, ...a) },
  resizeNearestNeighbor: { params: ['size', 'align_corners', 'half_pixel_centers'], call: (x, a) => tf.image.resizeNearestNeighbor(x, ...a) },
  cropAndResize: {
    params: ['boxes', 'box_ind', 'crop_size', 'method', 'extrapolation_value'],
    // Image by image: the engine gives the code one image at a time, and box [0] crops it.
    call: (x, a) => tf.concat(tf.split(x, x.shape[0]).map((img) => tf.image.cropAndResize(img, ...a)), 0),
  },
  transform: {
    params: ['transforms', 'interpolation', 'fill_mode', 'fill_value', 'output_shape'],
    // Image by image: tfjs-cpu's Transform returns after the first image of a batch.
    call: (x, a) => tf.concat(tf.split(x, x.shape[0]).map((img) => tf.image.transform(img, ...a)), 0),
  },
  grayscaleToRGB: { params: [], call: (x) => tf.image.grayscaleToRGB(x) },
  rgbToGrayscale: { params: [], call: (x) => tf.image.rgbToGrayscale(x) },
};

function positional(op, config) {
  const names = OPS[op].params;
  const last = names.reduce((k, name, i) => (name in config ? i : k), -1);
  return names.slice(0, last + 1).map((name) => (name in config ? config[name] : undefined));
}

function run(op, x, config) {
  try {
    return { output: encode(OPS[op].call(x, positional(op, config))) };
  } catch (err) {
    return { call_error: { type: err.constructor.name, message: err.message } };
  }
}

// ----------------------------------------------------------------------------- cases

const SIZES = [
  [[1, 5, 5, 1], 'int32', 256],
  [[1, 6, 8, 3], 'float32', 255],
  [[2, 7, 4, 4], 'float32', 1],
  [[1, 1, 9, 3], 'int32', 256],
  [[3, 6, 5, 3], 'float32', 255],
];
const RGB = SIZES.filter(([shape]) => shape[3] === 3);
// flipLeftRight, rotateWithOffset and transform take float32 tensors only: one int32 case each shows TF.js's error.
const FLOAT = SIZES.filter(([, dtype]) => dtype === 'float32');
const FLOAT_AND_ONE_INT = [SIZES[0], ...FLOAT];

function sizeName([shape, dtype, high]) {
  return `${shape.join('x')}-${dtype}${dtype === 'float32' ? (high === 1 ? '-unit' : '-255') : ''}`;
}

function casesOf(op) {
  const cases = [];
  const add = (label, config, size) => {
    const name = `tfjs/tf.image.${op}/${label}-${sizeName(size)}`;
    const x = makeInput(name, size[0], size[1], size[2]);
    cases.push({ name, layer: `tf.image.${op}`, keras: 3, config, transformation: null, training: true, input: encode(x), ...run(op, x, config) });
  };
  const each = (label, config, sizes = SIZES) => sizes.forEach((s) => add(label, config, s));
  switch (op) {
    case 'flipLeftRight':
      each('flip', {}, FLOAT_AND_ONE_INT);
      break;
    case 'resizeBilinear':
    case 'resizeNearestNeighbor':
      for (const [label, flags] of [['default', {}], ['align-corners', { align_corners: true }], ['half-pixel', { align_corners: false, half_pixel_centers: true }]]) {
        each(`up-${label}`, { size: [9, 11], ...flags });
        each(`down-${label}`, { size: [3, 2], ...flags }, SIZES.slice(1, 3));
        each(`to-1x1-${label}`, { size: [1, 1], ...flags }, SIZES.slice(1, 2));
      }
      break;
    case 'rotateWithOffset':
      each('r0.3', { radians: 0.3 }, FLOAT_AND_ONE_INT);
      each('r-1.2-fill77', { radians: -1.2, fill_value: 77 }, FLOAT);
      each('quarter-turn', { radians: Math.PI / 2 }, SIZES.slice(1, 3));
      each('r2-rgb-fill-center', { radians: 2, fill_value: [10, 20, 30], center: [0.25, 0.7] }, RGB.filter(([, dtype]) => dtype === 'float32'));
      each('r0.7-rgba-fill', { radians: 0.7, fill_value: [10, 20, 30] }, SIZES.slice(2, 3));
      each('r1-fraction-fill-center', { radians: 1, fill_value: 12.7, center: 0.3 }, SIZES.slice(1, 2));
      break;
    case 'cropAndResize':
      each('inside', { boxes: [[0.1, 0.2, 0.8, 0.9]], box_ind: [0], crop_size: [4, 5] });
      each('outside-extrapolated', { boxes: [[-0.3, 0.5, 0.6, 1.4]], box_ind: [0], crop_size: [5, 3], extrapolation_value: 9 }, SIZES.slice(1, 3));
      each('flipped-box', { boxes: [[0.9, 0.8, 0.1, 0.2]], box_ind: [0], crop_size: [3, 4] }, SIZES.slice(1, 2));
      each('one-pixel', { boxes: [[0.2, 0.3, 0.6, 0.9]], box_ind: [0], crop_size: [1, 1] }, SIZES.slice(1, 2));
      each('nearest', { boxes: [[0, 0.1, 1, 0.75]], box_ind: [0], crop_size: [6, 7], method: 'nearest' });
      break;
    case 'transform': {
      const c = Math.cos(0.4), s = Math.sin(0.4);
      const rotation = [c, -s, 2, s, c, -1, 0, 0];
      for (const interpolation of ['nearest', 'bilinear']) {
        for (const fill of ['constant', 'reflect', 'wrap', 'nearest']) {
          each(`rotation-${interpolation}-${fill}`, { transforms: [rotation], interpolation, fill_mode: fill, fill_value: 0.5 }, SIZES.slice(1, 3));
        }
      }
      each('half-pixel-shift-nearest', { transforms: [[1, 0, -0.5, 0, 1, -1.5, 0, 0]] }, FLOAT_AND_ONE_INT);
      each('projective-bilinear', { transforms: [[1.1, 0.2, -1, -0.1, 0.9, 0.5, 0.02, -0.03]], interpolation: 'bilinear', fill_mode: 'constant', fill_value: 3 }, SIZES.slice(1, 3));
      each('output-shape', { transforms: [[0.5, 0, 0, 0, 0.5, 0, 0, 0]], interpolation: 'bilinear', fill_mode: 'reflect', fill_value: 0, output_shape: [9, 7] }, SIZES.slice(1, 3));
      each('wrap-far', { transforms: [[1, 0, -7.5, 0, 1, 9.25, 0, 0]], interpolation: 'bilinear', fill_mode: 'wrap', fill_value: 0 }, SIZES.slice(1, 3));
      break;
    }
    case 'grayscaleToRGB':
      each('gray', {}, [[[1, 5, 5, 1], 'int32', 256], [[2, 6, 8, 1], 'float32', 255], [[1, 1, 9, 1], 'float32', 1]]);
      each('rgb', {}, SIZES.slice(1, 2));
      break;
    case 'rgbToGrayscale':
      each('gray', {}, RGB);
      each('not-rgb', {}, [SIZES[0], SIZES[2]]);
      break;
  }
  return cases;
}

/** Configurations TF.js rejects, with its message (called on a probe image). */
const REJECTED = {
  resizeBilinear: [{ size: [3, 4], align_corners: true, half_pixel_centers: true }, { size: [3, 4, 5] }],
  resizeNearestNeighbor: [{ size: [3, 4], align_corners: true, half_pixel_centers: true }],
  cropAndResize: [
    { boxes: [[0, 0, 1, 1]], box_ind: [0], crop_size: [0, 2] },
    { boxes: [[0, 0, 1, 1]], box_ind: [0], crop_size: [2, 2], method: 'bicubic' },
    { boxes: [[0, 0, 1, 1]], box_ind: [0], crop_size: [2, 2, 2] },
  ],
  transform: [
    { transforms: [[1, 0, 0, 0, 1, 0, 0]] },
    { transforms: [[1, 0, 0, 0, 1, 0, 0, 0]], interpolation: 'bicubic' },
    { transforms: [[1, 0, 0, 0, 1, 0, 0, 0]], output_shape: [3] },
  ],
};

function configsOf(op) {
  return (REJECTED[op] ?? []).map((config) => {
    const { call_error: error } = run(op, makeInput('probe', [1, 8, 8, 3], 'float32', 1), config);
    if (!error) throw new Error(`${op} ${JSON.stringify(config)}: TF.js accepts it`);
    return { keras: 3, layer: `tf.image.${op}`, config, error };
  });
}

// ----------------------------------------------------------------------------- main

async function main() {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  const files = Object.fromEntries(
    Object.keys(OPS).map((op) => [`tf.image.${op}.json`, { generated_by: `test/oracle/tfjs/generate.mjs, @tensorflow/tfjs ${tf.version.tfjs} (cpu)`, cases: casesOf(op), configs: configsOf(op) }]),
  );
  const text = (content) => JSON.stringify(content, null, 1) + '\n';
  if (process.argv.includes('--verify')) {
    const stale = Object.entries(files).filter(([name, content]) => readFileSync(join(REFS, name), 'utf8') !== text(content)).map(([name]) => name);
    console.log(`tfjs refs: ${Object.keys(files).length} files, ${stale.length} differ${stale.length ? `: ${stale.join(', ')}` : ''}`);
    process.exit(stale.length ? 1 : 0);
  }
  mkdirSync(REFS, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(REFS, name), text(content));
  console.log(`wrote ${Object.keys(files).length} files to ${REFS}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
