// The live preview's edit → redraw latency (issue 5: ≤ 100 ms from the last keystroke to a
// redrawn grid at the model's input size up to 256²), measured the way src/vscode/previewPanel.ts
// redraws after an edit: the panel's debounce, DocumentParser.update on the edited text,
// toPipelineSpec, reading the image file, and a 'render' call with epochs: 0 (the grid and the
// inference path; the epoch strip follows in a second call, after the grid is drawn) to the
// engine's worker — a real worker_threads Worker on the compiled out/src/engine/worker.js, so
// message passing and the tiles' transfer back are included. Not included: the webview's paint.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { PreviewRequest } from '../src/engine/previewTypes';
import { DocumentParser, initParser } from '../src/parse';
import { toPipelineSpec } from '../src/pipeline/toPipelineSpec';
import { median } from './typicalPipeline';
import { engineWorker } from './workerClient';

/** previewPanel.ts's LIVE_DEBOUNCE_MS (that module imports 'vscode', so it is repeated here). */
export const LIVE_DEBOUNCE_MS = 30;
/** The settings' defaults: augmentationPreview.samples and augmentationPreview.previewSize. */
const SAMPLES = 9;
const PREVIEW_SIZE = 256;

export interface LatencyReport {
  readonly size: number;
  readonly edits: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  /** Medians of the parts: parse (with toPipelineSpec), the worker round trip. */
  readonly parseMs: number;
  readonly renderMs: number;
}

/**
 * example/augment.py as a model at size² would state it (RandomFlip's input_shape, as in
 * example/model.py), with RandomRotation's factor set to `factor`: each edit changes that number.
 */
function editedText(original: string, size: number, factor: string): string {
  const text = original
    .replace('layers.RandomFlip("horizontal")', `layers.RandomFlip("horizontal", input_shape=(${size}, ${size}, 3))`)
    .replace(/layers\.RandomRotation\([^)]*\)/, `layers.RandomRotation(${factor})`);
  if (!text.includes('input_shape=') || !text.includes(`RandomRotation(${factor})`)) throw new Error('example/augment.py no longer has the layers this bench edits');
  return text;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `edits` timed edits (after 3 untimed) of example/augment.py, previewing example/images/rocket.jpg at size². */
export async function liveLatency(root: string, workerFile: string, size: number, edits: number): Promise<LatencyReport> {
  await initParser();
  const file = path.join(root, 'example/augment.py');
  const original = await readFile(file, 'utf8');
  const imageFile = path.join(root, 'example/images/rocket.jpg');
  const parser = new DocumentParser(file);
  parser.update(editedText(original, size, '0.2'));
  const engine = engineWorker(workerFile);
  const totals: number[] = [];
  const parses: number[] = [];
  const renders: number[] = [];
  try {
    for (let e = 0; e < edits + 3; e++) {
      const text = editedText(original, size, (0.2 + (e + 1) / 1000).toFixed(3));
      // The keystroke: the panel waits for the debounce, then re-parses the document.
      const start = performance.now();
      await delay(LIVE_DEBOUNCE_MS);
      const parseStart = performance.now();
      const parsed = parser.update(text);
      const pipeline = parsed.pipelines.find((p) => p.name === 'data_augmentation');
      if (!pipeline) throw new Error('example/augment.py: data_augmentation not found');
      const spec = toPipelineSpec(pipeline, parsed.kerasVersion, 'example/augment.py');
      const parseEnd = performance.now();
      const request: PreviewRequest = {
        imageBytes: await readFile(imageFile),
        imageName: 'rocket.jpg',
        pipeline: spec,
        seed: 1,
        samples: SAMPLES,
        epochs: 0,
        maxSize: PREVIEW_SIZE,
      };
      const result = await engine.render(request);
      const end = performance.now();
      if (result.inputSize.width !== size || result.inputSize.height !== size || result.training.length !== SAMPLES) {
        throw new Error(`rendered ${result.training.length} tiles at ${result.inputSize.width}×${result.inputSize.height}, expected ${SAMPLES} at ${size}²`);
      }
      if (e < 3) continue; // the first renders load TF.js and decode the image
      totals.push(end - start);
      parses.push(parseEnd - parseStart);
      renders.push(end - parseEnd);
    }
  } finally {
    parser.dispose();
    await engine.close();
  }
  const sorted = [...totals].sort((a, b) => a - b);
  return {
    size,
    edits,
    medianMs: median(totals),
    p90Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)],
    parseMs: median(parses),
    renderMs: median(renders),
  };
}
