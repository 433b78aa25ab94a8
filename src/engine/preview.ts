// Pipeline × image × seed → the tiles a preview shows. The CLI's `render` and the extension's
// worker both call renderPreview, so what the tests check is what the user sees.
import * as tf from '@tensorflow/tfjs-core';
import type { Phrase } from '../pipeline/model';
import { ensureBackend } from './backend';
import { buildPipeline, skipOversizedLayers } from './buildPipeline';
import { displayBatch } from './displayBatch';
import { mergeExtents } from './extents';
import { formatPhrase, phrase } from './layers/description';
import type { ConfiguredLayer, KerasDtype, SampleParams, ValueRange } from './layers/layer';
import type { InferenceStage, PipelineSpec, PreviewRequest, PreviewResult, Tile } from './previewTypes';
import { SeededRng } from './rng';
import { batchArray } from './parallel/sharedBatch';
import { runLayers } from './run';
import { fitWithinBudget } from './sizeLimit';
import { workingImage, type WorkingImage } from './workingImage';

/** Where the working size comes from: in English (the CLI's JSON) and, when known, as a phrase the extension localises. */
interface SizeSource {
  readonly source: string;
  readonly phrase?: Phrase;
}

function sizeSource(p: Phrase): SizeSource {
  return { source: formatPhrase(p), phrase: p };
}

/** The working size: the model's input size when known, else the image scaled to fit maxSize. */
export function workingSize(
  original: { width: number; height: number },
  spec: PipelineSpec,
  maxSize: number,
): { width: number; height: number } & SizeSource {
  if (spec.inputSize) {
    const { width, height, source, phrase: stated } = spec.inputSize;
    return { width, height, source, ...(stated ? { phrase: stated } : {}) };
  }
  const longest = Math.max(original.width, original.height);
  if (longest <= maxSize) return { width: original.width, height: original.height, ...sizeSource(phrase('original size')) };
  const k = maxSize / longest;
  return {
    width: Math.max(1, Math.round(original.width * k)),
    height: Math.max(1, Math.round(original.height * k)),
    ...sizeSource(phrase("scaled to fit {0} px (the model's input size is not stated)", maxSize)),
  };
}

/** A per-epoch seed, so epoch e of seed s is the same draw every time the preview is opened. */
function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(epoch, 0x165667b1)) >>> 0;
}

function batchTensor(images: readonly WorkingImage[], dtype: 'float32' | 'uint8' = 'float32'): tf.Tensor4D {
  const { width, height } = images[0];
  const per = width * height * 3;
  // Shared memory when large, so that the first layer's kernel can be split across threads too.
  const data = batchArray(images.length * per, images.length);
  images.forEach((img, i) => data.set(img.pixels, i * per));
  // uint8 images hold whole numbers: the working image's resize left fractions.
  if (dtype === 'uint8') for (let i = 0; i < data.length; i++) data[i] = Math.round(data[i]);
  return tf.tensor4d(data, [images.length, height, width, 3], 'float32');
}

interface Prepared {
  readonly target: WorkingImage;
  readonly partners: readonly WorkingImage[];
  readonly source: SizeSource;
  readonly built: ReturnType<typeof buildPipeline>;
  readonly nominal: ValueRange;
  /** Images in a training batch: request.samples, at least 1. */
  readonly samples: number;
  run(images: readonly WorkingImage[], training: boolean, seed: number): { tiles: Tile[]; extent: [number, number] };
}

/** Decoded (cached) images at the working size and the configured layers, shared by both calls. */
async function prepare(request: PreviewRequest): Promise<Prepared> {
  await ensureBackend();
  let source: SizeSource = { source: '' };
  const samples = Math.max(1, Math.floor(request.samples));
  const target = await workingImage(request.imageBytes, request.imageName, (original) => {
    const { width, height, ...from } = workingSize(original, request.pipeline, request.maxSize);
    const fitted = fitWithinBudget({ width, height }, samples, 3);
    source = fitted.width === width && fitted.height === height ? from : sizeSource(phrase(
      '{0}, scaled to {1}×{2}: {3} samples at {4}×{5} would not fit in memory', from.phrase ?? from.source, fitted.width, fitted.height, samples, width, height,
    ));
    return fitted;
  });
  const sameSize = () => ({ width: target.width, height: target.height });
  const partners: WorkingImage[] = [];
  for (const p of request.partners ?? []) partners.push(await workingImage(p.bytes, p.name, sameSize));
  const built = skipOversizedLayers(buildPipeline(request.pipeline), { batch: samples, height: target.height, width: target.width, channels: 3 });
  const dtype = request.pipeline.inputDtype ?? 'float32';
  const nominal = nominalRange(built.layers, dtype);
  const run = (images: readonly WorkingImage[], training: boolean, seed: number) => {
    const input = batchTensor(images, dtype);
    try {
      const result = runLayers(built.layers, input, { training, rng: new SeededRng(seed), dtype });
      try {
        return toTiles(result.output, nominal, training ? result.params : undefined, built.layers);
      } finally {
        result.output.dispose();
      }
    } finally {
      input.dispose();
    }
  };
  return { target, partners, source, built, nominal, samples, run };
}

/**
 * The training grid (one batch), the training-off path and, when request.epochs > 0, the epoch
 * strip. The extension asks for the grid first (epochs: 0) and the strip after (renderEpochs),
 * so a redraw shows the grid without waiting for eight more calls.
 */
export async function renderPreview(request: PreviewRequest): Promise<PreviewResult> {
  const started = Date.now();
  const p = await prepare(request);
  const { target, partners, built, nominal, samples } = p;
  // Without partners the batch is copies of the image: each tile is one draw for it.
  const batch = Array.from({ length: samples }, (_, i) => (i === 0 || partners.length === 0 ? target : partners[(i - 1) % partners.length]));
  const training = p.run(batch, true, request.seed);
  const strip = epochTiles(p, request);
  const inference = inferenceStages(built.layers, target, request.pipeline.inputDtype ?? 'float32');
  return {
    imageName: request.imageName,
    pipelineName: request.pipeline.name,
    ...(request.pipeline.file !== undefined ? { pipelineFile: request.pipeline.file } : {}),
    kerasVersion: request.pipeline.kerasVersion,
    inputDtype: request.pipeline.inputDtype ?? 'float32',
    ...(request.pipeline.kerasVersionReason !== undefined ? { kerasVersionReason: request.pipeline.kerasVersionReason } : {}),
    ...(request.pipeline.kerasVersionReasonPhrase !== undefined ? { kerasVersionReasonPhrase: request.pipeline.kerasVersionReasonPhrase } : {}),
    seed: request.seed,
    originalSize: target.original,
    inputSize: { width: target.width, height: target.height, ...p.source },
    layers: built.statuses,
    training: training.tiles,
    epochs: strip.tiles,
    inference: inference.stages[inference.stages.length - 1].tile,
    ...(partners.length ? { batchImages: batch.map((img) => (img === target ? request.imageName : (request.partners ?? [])[partners.indexOf(img)].name)) } : {}),
    inferenceStages: inference.stages,
    activeAtInference: built.layers.filter((l) => l.activeAtInference).map((l) => l.className),
    valueRange: { nominal: [nominal[0], nominal[1]], training: mergeExtents(training.extent, strip.extent), inference: inference.extent },
    warnings: built.statuses.filter((s) => !s.applied).map((s) => `${s.className} skipped: ${s.problem}`),
    elapsedMs: Date.now() - started,
  };
}

/** The epoch strip alone: the same image through request.epochs separate calls, each a fresh draw. */
export async function renderEpochs(request: PreviewRequest): Promise<{ epochs: Tile[]; extent: [number, number] | undefined }> {
  const p = await prepare(request);
  const { tiles, extent } = epochTiles(p, request);
  return { epochs: tiles, extent };
}

function epochTiles(p: Prepared, request: PreviewRequest): { tiles: Tile[]; extent: [number, number] | undefined } {
  const tiles: Tile[] = [];
  let extent: [number, number] | undefined;
  for (let e = 1; e <= request.epochs; e++) {
    // An epoch is one training step with the image in it: with partners, in a batch with them.
    const epochBatch = p.partners.length ? [p.target, ...rotate(p.partners, e)].slice(0, p.samples) : [p.target];
    const one = p.run(epochBatch, true, epochSeed(request.seed, e));
    tiles.push(one.tiles[0]);
    extent = mergeExtents(extent, one.extent);
  }
  return { tiles, extent };
}


function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The range values are nominally in after the layers, following the dtype as they change it. */
function nominalRange(layers: readonly ConfiguredLayer[], inputDtype: KerasDtype): ValueRange {
  let range: ValueRange = [0, 255];
  let dtype = inputDtype;
  for (const layer of layers) {
    range = layer.outputRange(range, dtype);
    dtype = layer.outputDtype?.(dtype, true) ?? 'float32';
  }
  return range;
}

/** training=False, one layer at a time, keeping each output: what predict() does, step by step. */
function inferenceStages(layers: readonly ConfiguredLayer[], image: WorkingImage, inputDtype: 'float32' | 'uint8'): { stages: InferenceStage[]; extent: [number, number] } {
  let range: ValueRange = [0, 255];
  let current = batchTensor([image], inputDtype);
  let dtype: KerasDtype = inputDtype;
  let shown = toTiles(current, range, undefined, []);
  const stages: InferenceStage[] = [{ layer: 'input', tile: shown.tiles[0], changed: false, range }];
  try {
    for (const layer of layers) {
      const step = runLayers([layer], current, { training: false, rng: new SeededRng(0), dtype });
      const next = step.output;
      const previousRange = range;
      range = layer.outputRange(range, dtype);
      dtype = step.dtype;
      const changed = !sameValues(current, next);
      current.dispose();
      current = next;
      // Most stages of a pipeline at inference are random layers passing the image through: the
      // same values in the same range show as the same tile (copied: each tile's bytes are
      // transferred on their own).
      const sameTile = !changed && range[0] === previousRange[0] && range[1] === previousRange[1];
      shown = sameTile ? { tiles: [{ ...shown.tiles[0], rgba: shown.tiles[0].rgba.slice() }], extent: shown.extent } : toTiles(current, range, undefined, []);
      stages.push({ layer: layer.className, tile: shown.tiles[0], changed, range });
    }
    return { stages, extent: shown.extent };
  } finally {
    current.dispose();
  }
}

function sameValues(a: tf.Tensor, b: tf.Tensor): boolean {
  if (a.shape.join() !== b.shape.join()) return false;
  const x = a.dataSync();
  const y = b.dataSync();
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function toTiles(
  output: tf.Tensor4D,
  range: ValueRange,
  params: readonly (readonly SampleParams[])[] | undefined,
  layers: readonly ConfiguredLayer[],
): { tiles: Tile[]; extent: [number, number] } {
  const [batch, height, width, channels] = output.shape;
  const { rgba, extent } = displayBatch(output.dataSync() as Float32Array, { batch, height, width, channels }, range);
  const tiles: Tile[] = rgba.map((bytes, i) => ({
    width,
    height,
    rgba: bytes,
    params: params ? layers.map((layer, l) => ({ layer: layer.className, params: params[i]?.[l] ?? {} })) : [],
  }));
  return { tiles, extent };
}
