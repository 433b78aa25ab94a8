// keras.layers.RandomZoom (keras-layers.md §2.3): per image zy = 1 + U(height range) and, when
// width_factor is given, zx = 1 + U(width range) in a second draw, else zx = zy (aspect kept).
// The row [zx, 0, (W−1)/2·(1−zx), 0, zy, (H−1)/2·(1−zy), 0, 0] zooms about the centre: z > 1 shows
// more of the scene (content shrinks, borders filled), z < 1 zooms in. Keras 2 draws the same;
// it validates differently (height |v| ≤ 1, width v ≥ −1, pairs unsorted). Training off: float32 copy.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import type { Rng } from '../rng';
import { float32Copy } from '../tensors';
import { fillOutputRange, perImageNumbers, transformBatch } from './affineLayer';
import { fillModePhrase, phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription } from './description';
import type { Range } from './factors';
import { keras2ZoomFactor, keras3LayerFactor, ZOOM_FACTOR_MESSAGE } from './geometryFactors';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type LayerFactory } from './layer';
import { checkDataFormat, checkFillModeAndInterpolation, requireNumber } from './validation';

export interface ZoomTransformation {
  /** Per image, float32 as Keras draws them. */
  readonly zoomHeight: Float32Array;
  readonly zoomWidth: Float32Array;
}

/** Keras's _get_zoom_matrix / get_zoom_matrix, in float32 op by op. */
export function zoomRow(zx: number, zy: number, height: number, width: number, out: Float32Array, offset: number): void {
  out[offset] = zx;
  out[offset + 2] = f32(f32(f32(width - 1) / 2) * f32(1 - zx));
  out[offset + 4] = zy;
  out[offset + 5] = f32(f32(f32(height - 1) / 2) * f32(1 - zy));
}

function factorRange(factor: Value, name: 'height_factor' | 'width_factor', version: KerasVersion): Range {
  if (version === 2) return keras2ZoomFactor(factor, name);
  return keras3LayerFactor(factor, name, ZOOM_FACTOR_MESSAGE, (v) => v <= 1 && v > -1);
}

const percent = (fraction: number) => Math.round(100 * fraction);

function create(args: Readonly<Record<string, Value>>, version: KerasVersion): ConfiguredLayer<ZoomTransformation> {
  const [hLo, hHi] = factorRange(args.height_factor, 'height_factor', version);
  const keepAspect = args.width_factor === null || args.width_factor === undefined;
  const [wLo, wHi] = keepAspect ? [hLo, hHi] : factorRange(args.width_factor, 'width_factor', version);
  const fill = {
    ...checkFillModeAndInterpolation(args.fill_mode, args.interpolation, version),
    fillValue: requireNumber('RandomZoom', 'fill_value', args.fill_value),
  };
  // Keras 3's RandomZoom standardises data_format last.
  if (version === 3) checkDataFormat(args.data_format);
  // The float32 minval/maxval TF receives: 1.0 + lower, 1.0 + upper.
  const [zyLo, zyHi, zxLo, zxHi] = [1 + hLo, 1 + hHi, 1 + wLo, 1 + wHi].map(f32);

  const rows = (t: ZoomTransformation, shape: BatchShape): Float32Array => {
    const out = new Float32Array(8 * t.zoomHeight.length);
    for (let i = 0; i < t.zoomHeight.length; i++) zoomRow(t.zoomWidth[i], t.zoomHeight[i], shape.height, shape.width, out, 8 * i);
    return out;
  };

  return {
    className: 'RandomZoom',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape: BatchShape, rng: Rng) {
      const zoomHeight = Float32Array.from({ length: shape.batch }, () => rng.uniform(zyLo, zyHi));
      const zoomWidth = keepAspect ? zoomHeight : Float32Array.from({ length: shape.batch }, () => rng.uniform(zxLo, zxHi));
      return { zoomHeight, zoomWidth };
    },

    apply(images, t, training, _dtype, buffers) {
      if (!training || !t) return float32Copy(images);
      const [, height, width] = images.shape;
      return transformBatch('RandomZoom', images, rows(t, { batch: t.zoomHeight.length, height, width, channels: 1 }), fill, buffers);
    },

    describeSample: (t, index) => ({ zoom_height: t.zoomHeight[index], zoom_width: t.zoomWidth[index] }),

    parseTransformation(json, shape) {
      const [zoomHeight, zoomWidth] = perImageNumbers('RandomZoom', json, shape, ['zoom_height', 'zoom_width']);
      const i = zoomHeight.findIndex((z, k) => z !== zoomWidth[k]);
      if (keepAspect && i >= 0) {
        throw new LayerConfigError(
          `RandomZoom transformation: without width_factor Keras uses the height zoom for both axes, so "zoom_height" and "zoom_width" must be equal; they differ at image ${i}`,
        );
      }
      return { zoomHeight, zoomWidth };
    },

    outputRange: (range) => fillOutputRange(range, fill),

    describe(context: DescribeContext): LayerDescription {
      // Vertical and horizontal get their own sentences (not the axis name as an argument).
      const vertical = (lo: number, hi: number) =>
        lo === hi
          ? phrase('The vertical zoom factor is exactly {0}.', 1 + lo)
          : phrase('The vertical zoom factor is drawn uniformly from {0} to {1}.', 1 + lo, 1 + hi);
      const horizontal = (lo: number, hi: number) =>
        lo === hi
          ? phrase('The horizontal zoom factor is exactly {0}.', 1 + lo)
          : phrase('The horizontal zoom factor is drawn uniformly from {0} to {1}.', 1 + lo, 1 + hi);
      const details = keepAspect
        ? [
            hLo === hHi
              ? phrase('Each image is zoomed by exactly {0} in both directions, keeping the aspect ratio.', 1 + hLo)
              : phrase('Each image is zoomed by one factor drawn uniformly from {0} to {1}, used for both directions (the aspect ratio is kept).', 1 + hLo, 1 + hHi),
          ]
        : [vertical(hLo, hHi), horizontal(wLo, wHi), phrase('The two factors are drawn independently, so the aspect ratio changes.')];
      const [smallest, largest] = [Math.min(hLo, hHi, wLo, wHi), Math.max(hLo, hHi, wLo, wHi)].map((f) => 1 + f);
      details.push(
        smallest > 0
          ? phrase('Content appears at {0} % to {1} % of its size (1/factor: a factor above 1 zooms out and fills the borders, below 1 zooms in).', percent(1 / largest), percent(1 / smallest))
          : phrase('A factor above 1 zooms out and fills the borders; factors near 0 magnify the centre without bound.'),
      );
      const size = context.inputSize;
      if (size) {
        details.push(
          phrase('At {0}×{1} px the visible part of the scene is {2}–{3} px high and {4}–{5} px wide.',
            size.width, size.height, Math.round(size.height * (1 + hLo)), Math.round(size.height * (1 + hHi)), Math.round(size.width * (1 + wLo)), Math.round(size.width * (1 + wHi))),
        );
      }
      details.push(fillModePhrase(fill.fillMode, fill.fillValue, fill.interpolation));
      return {
        summary: phrase('Zooms images in or out about their centre by a random factor while training.'),
        details,
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [
          phrase('Keras 2 draws the same zoom; it accepts height factors in [-1, 1] and any width factor ≥ -1 and keeps (lower, upper) pairs as written, while Keras 3 requires values in (-1, 1] and sorts pairs.'),
        ],
      };
    },
  };
}

export const randomZoom: LayerFactory = { className: 'RandomZoom', versions: [2, 3], create };
