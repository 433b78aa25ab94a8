// keras.layers.RandomRotation (keras-layers.md §2.2): one angle per image, an inverse-mapping
// rotation about the image centre, applied by the projective transform (the kernel behind the
// engine's tf.image.transform, called directly so that large batches are split across threads).
// Keras 3: degrees ~ U(lo·360, hi·360) with the base `_set_factor`; Keras 2: radians ~
// U(lo·2π, hi·2π), a negative scalar or upper < lower raising. Training off: the input as float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { transformBatch } from './affineLayer';
import { keras2RotationMatrix, keras3AffineMatrix } from './affineMatrices';
import { fillModePhrase, phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import { keras2Bounds, keras3BaseFactor, type Range } from './factors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { pyStr } from './python';
import { isFiniteNumber, perImageList, transformationObject } from './transformationJson';
import { checkDataFormat, checkFillModeAndInterpolation, requireNumber } from './validation';

export interface RotationTransformation {
  /** Per image, float32 as Keras draws it: degrees in Keras 3, radians in Keras 2. */
  readonly angles: Float32Array;
  /** Per image, the 8-value inverse-mapping row for the image size it was drawn for. */
  readonly matrices: Float32Array;
  readonly height: number;
  readonly width: number;
}

const DEG_PER_RAD = 180 / Math.PI;
const RAD_PER_DEG = Math.PI / 180;

function factorRange(factor: Value, version: KerasVersion): Range {
  if (version === 3) return keras3BaseFactor(factor, [-1, 1]);
  const [lower, upper] = keras2Bounds(factor);
  if (upper < lower) throw new LayerConfigError(`\`factor\` argument cannot have a negative value. Received: factor=${pyStr(factor)}`);
  return [lower, upper];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<RotationTransformation> {
  if (version === 3) checkDataFormat(args.data_format);
  const [lower, upper] = factorRange(args.factor, version);
  const { fillMode, interpolation } = checkFillModeAndInterpolation(args.fill_mode, args.interpolation, version);
  const fillValue = requireNumber('RandomRotation', 'fill_value', args.fill_value);
  // The sampling bounds as the float32 minval/maxval TF receives.
  const lo = version === 3 ? f32(lower * 360) : f32(lower * 2 * Math.PI);
  const hi = version === 3 ? f32(upper * 360) : f32(upper * 2 * Math.PI);

  const withMatrices = (angles: Float32Array, shape: BatchShape): RotationTransformation => {
    const matrices = new Float32Array(8 * angles.length);
    for (let i = 0; i < angles.length; i++) {
      if (version === 3) keras3AffineMatrix({ angle: angles[i] }, shape.height, shape.width, matrices, 8 * i);
      else keras2RotationMatrix(angles[i], shape.height, shape.width, matrices, 8 * i);
    }
    return { angles, matrices, height: shape.height, width: shape.width };
  };

  return {
    className: 'RandomRotation',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const angles = new Float32Array(shape.batch);
      for (let i = 0; i < shape.batch; i++) angles[i] = rng.uniform(lo, hi);
      return withMatrices(angles, shape);
    },

    apply(images, t, training, _dtype, buffers) {
      if (!training || !t) return float32Copy(images);
      const [batch, height, width] = images.shape;
      if (t.angles.length !== batch || t.height !== height || t.width !== width) {
        throw new Error(`RandomRotation: transformation drawn for ${t.angles.length}x${t.height}x${t.width}, images are ${batch}x${height}x${width}`);
      }
      return transformBatch('RandomRotation', images, t.matrices, { fillMode, interpolation, fillValue }, buffers);
    },

    describeSample(t, index) {
      return { angle_degrees: version === 3 ? t.angles[index] : t.angles[index] * DEG_PER_RAD };
    },

    parseTransformation(json, shape) {
      const obj = transformationObject('RandomRotation', json, ['angle_degrees']);
      const degrees = perImageList('RandomRotation', obj, 'angle_degrees', shape.batch, isFiniteNumber, 'numbers');
      const angles = Float32Array.from(degrees, (d) => (version === 3 ? d : d * RAD_PER_DEG));
      return withMatrices(angles, shape);
    },

    outputRange(range) {
      if (fillMode !== 'constant') return range;
      return [Math.min(range[0], fillValue), Math.max(range[1], fillValue)];
    },

    describe(context: DescribeContext): LayerDescription {
      const minDeg = lower * 360;
      const maxDeg = upper * 360;
      const details = [
        minDeg === maxDeg
          ? phrase('Each image is rotated by exactly {0}° (positive is counter-clockwise).', minDeg)
          : phrase('Each image is rotated by an angle drawn uniformly from {0}° to {1}° (factor × 360°; positive is counter-clockwise).', minDeg, maxDeg),
        fillModePhrase(fillMode, fillValue, interpolation),
        interpolation === 'bilinear'
          ? phrase('Pixel values are interpolated bilinearly, which softens the image slightly.')
          : phrase('Pixels take the value of the nearest source pixel (interpolation="nearest").'),
      ];
      const size = context.inputSize;
      const turn = Math.min(180, Math.max(Math.abs(minDeg), Math.abs(maxDeg)));
      if (size && turn > 0) {
        // A corner at radius r moves along a chord of length 2r·sin(θ/2).
        const r = Math.hypot(size.width - 1, size.height - 1) / 2;
        details.push(phrase('At {0}×{1} px, a {2}° turn moves the corners by up to {3} px.', size.width, size.height, turn, Math.round(2 * r * Math.sin((turn * Math.PI) / 360))));
      }
      return {
        summary: phrase('Rotates images by a random angle about their centre while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [
          phrase('Keras 2 draws the angle in radians from factor × 2π (the same range); it rejects a negative single factor, where Keras 3 uses its absolute value.'),
        ],
      };
    },
  };
}

export const randomRotation: LayerFactory = { className: 'RandomRotation', versions: [2, 3], create };
