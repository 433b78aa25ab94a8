// Pipeline × image × seed → the tiles a preview shows. The CLI's `render` and the extension's
// worker both call renderPreview, so what the tests check is what the user sees.
import * as tf from '@tensorflow/tfjs-core';
import { decodeImage } from '../images/decode';
import { rgbaToRgbFloat, toDisplayRgba, valueExtent } from '../images/pixels';
import { ensureBackend } from './backend';
import { buildPipeline } from './buildPipeline';
import { resizeImages } from './kernels/resize';
import type { ConfiguredLayer, ValueRange } from './layers/layer';
import type { PipelineSpec, PreviewRequest, PreviewResult, Tile } from './previewTypes';
import { SeededRng } from './rng';
import { runLayers } from './run';

/** The working size: the model's input size when known, else the image scaled to fit maxSize. */
export function workingSize(
  original: { width: number; height: number },
  spec: PipelineSpec,
  maxSize: number,
): { width: number; height: number; source: string } {
  if (spec.inputSize) return { width: spec.inputSize.width, height: spec.inputSize.height, source: spec.inputSize.source };
  const longest = Math.max(original.width, original.height);
  if (longest <= maxSize) return { ...original, source: 'original size' };
  const k = maxSize / longest;
  return {
    width: Math.max(1, Math.round(original.width * k)),
    height: Math.max(1, Math.round(original.height * k)),
    source: `scaled to fit ${maxSize} px (the model's input size is not stated)`,
  };
}

/** A per-epoch seed, so epoch e of seed s is the same draw every time the preview is opened. */
function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(epoch, 0x165667b1)) >>> 0;
}

export async function renderPreview(request: PreviewRequest): Promise<PreviewResult> {
  const started = Date.now();
  await ensureBackend();
  const decoded = await decodeImage(request.imageBytes, request.imageName);
  const size = workingSize(decoded, request.pipeline, request.maxSize);
  let pixels = rgbaToRgbFloat(decoded);
  if (size.width !== decoded.width || size.height !== decoded.height) {
    pixels = resizeImages(pixels, 1, decoded.height, decoded.width, 3, size.height, size.width, 'bilinear');
  }
  const built = buildPipeline(request.pipeline);
  const nominal = built.layers.reduce<ValueRange>((range, layer) => layer.outputRange(range), [0, 255]);
  const warnings = built.statuses.filter((s) => !s.applied).map((s) => `${s.className} skipped: ${s.problem}`);

  const run = (batch: number, training: boolean, seed: number): { tiles: Tile[]; extent: [number, number] } => {
    const copies = new Float32Array(batch * pixels.length);
    for (let b = 0; b < batch; b++) copies.set(pixels, b * pixels.length);
    const input = tf.tensor4d(copies, [batch, size.height, size.width, 3], 'float32');
    try {
      const result = runLayers(built.layers, input, { training, rng: new SeededRng(seed) });
      try {
        return toTiles(result.output, nominal, training ? result.params : undefined, built.layers);
      } finally {
        result.output.dispose();
      }
    } finally {
      input.dispose();
    }
  };

  const samples = Math.max(1, Math.floor(request.samples));
  const training = run(samples, true, request.seed);
  const epochs: Tile[] = [];
  let extent = training.extent;
  for (let e = 1; e <= request.epochs; e++) {
    const one = run(1, true, epochSeed(request.seed, e));
    epochs.push(one.tiles[0]);
    extent = [Math.min(extent[0], one.extent[0]), Math.max(extent[1], one.extent[1])];
  }
  const inference = run(1, false, request.seed);
  return {
    imageName: request.imageName,
    pipelineName: request.pipeline.name,
    ...(request.pipeline.file !== undefined ? { pipelineFile: request.pipeline.file } : {}),
    kerasVersion: request.pipeline.kerasVersion,
    ...(request.pipeline.kerasVersionReason !== undefined ? { kerasVersionReason: request.pipeline.kerasVersionReason } : {}),
    seed: request.seed,
    originalSize: { width: decoded.width, height: decoded.height },
    inputSize: size,
    layers: built.statuses,
    training: training.tiles,
    epochs,
    inference: inference.tiles[0],
    activeAtInference: built.layers.filter((l) => l.activeAtInference).map((l) => l.className),
    valueRange: { nominal: [nominal[0], nominal[1]], training: extent, inference: inference.extent },
    warnings,
    elapsedMs: Date.now() - started,
  };
}

function toTiles(
  output: tf.Tensor4D,
  range: ValueRange,
  params: readonly (readonly Record<string, unknown>[])[] | undefined,
  layers: readonly ConfiguredLayer[],
): { tiles: Tile[]; extent: [number, number] } {
  const [batch, height, width, channels] = output.shape;
  const data = output.dataSync() as Float32Array;
  const per = height * width * channels;
  const tiles: Tile[] = [];
  for (let i = 0; i < batch; i++) {
    const rgba = toDisplayRgba(data.subarray(i * per, (i + 1) * per), height, width, channels, range);
    tiles.push({
      width,
      height,
      rgba: new Uint8Array(rgba.buffer),
      params: params
        ? layers.map((layer, l) => ({ layer: layer.className, params: (params[i]?.[l] ?? {}) as Tile['params'][number]['params'] }))
        : [],
    });
  }
  return { tiles, extent: valueExtent(data) };
}
