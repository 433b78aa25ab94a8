// The preview page: draws the tiles the host sends, keeps its state across reloads, and
// reports back what it drew. It holds no strings of its own (the host sends them localised).
import type { AssumedArgument, PreviewResult, Tile } from '../engine/previewTypes';
import type { HostToWebview, PanelState, RenderSummary, WebviewStrings, WebviewToHost } from '../protocol';
import { pythonText } from '../pipeline/pythonText';
import { format, formatNumber, tileLabel } from './labels';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let strings: WebviewStrings | undefined;

function setState(state: PanelState): void {
  vscode.setState(state);
  const seed = $<HTMLInputElement>('seed');
  if (document.activeElement !== seed) seed.value = String(state.seed);
}

function setMode(mode: 'loading' | 'ready' | 'error' | 'no-pipeline'): void {
  document.body.dataset.state = mode;
  $('content').hidden = mode === 'no-pipeline' || mode === 'error';
  $('no-pipeline').hidden = mode !== 'no-pipeline';
  $('error').hidden = mode !== 'error';
}

function applyStrings(s: WebviewStrings): void {
  $('resample').textContent = s.resample;
  $('seed-label').textContent = s.seed;
  $('choose-pipeline').textContent = s.choosePipeline;
  $('training-title').textContent = s.training;
  $('training-help').textContent = s.trainingHelp;
  $('inference-title').textContent = s.inference;
  $('inference-help').textContent = s.inferenceHelp;
  $('epochs-help').textContent = s.epochsHelp;
  $('stages-title').textContent = s.stagesTitle;
  $('stages-help').textContent = s.stagesHelp;
}

function tileElement(tile: Tile, caption: string, label: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'tile';
  const canvas = document.createElement('canvas');
  canvas.width = tile.width;
  canvas.height = tile.height;
  const ctx = canvas.getContext('2d');
  // The bytes arrive in a fresh buffer per message; view them without copying.
  const pixels = new Uint8ClampedArray(tile.rgba.buffer as ArrayBuffer, tile.rgba.byteOffset, tile.rgba.byteLength);
  if (ctx) ctx.putImageData(new ImageData(pixels, tile.width, tile.height), 0, 0);
  const figcaption = document.createElement('figcaption');
  const name = document.createElement('span');
  name.className = 'tile-name';
  name.textContent = caption;
  const text = document.createElement('span');
  text.className = 'tile-label';
  text.textContent = label;
  figcaption.append(name, text);
  figure.append(canvas, figcaption);
  return figure;
}

function rangeText(v: number): string {
  return formatNumber(Math.round(v * 1000) / 1000);
}

function drawPreview(result: PreviewResult, s: WebviewStrings, pendingEpochs = 0): RenderSummary {
  $('title').textContent = `${result.imageName} · ${result.pipelineName}${result.pipelineFile ? ` (${result.pipelineFile})` : ''}`;
  $('meta').textContent = [
    format(s.kerasVersion, result.kerasVersion, result.kerasVersionReason ?? ''),
    format(s.inputSize, result.inputSize.width, result.inputSize.height, result.inputSize.source),
    ...(result.inputDtype === 'uint8' ? [s.inputUint8] : []),
  ].join(' · ');

  const trainingLabels = result.training.map((t) => tileLabel(t.params, s));
  // With a batch of different images (a folder, or partners for MixUp/CutMix) each tile names its image.
  const caption = (i: number) => (result.batchImages ? `${i + 1}. ${result.batchImages[i]}` : format(s.sample, i + 1));
  $('training').replaceChildren(...result.training.map((t, i) => tileElement(t, caption(i), trainingLabels[i])));

  const inferenceLabel = result.activeAtInference.length ? format(s.inferenceActive, result.activeAtInference.join(', ')) : s.inferenceNone;
  $('inference').replaceChildren(tileElement(result.inference, s.inference, inferenceLabel));

  $('epochs-title').textContent = format(s.epochs, pendingEpochs || result.epochs.length);
  // While the strip is on its way the previous one stays, dimmed, instead of the block jumping.
  $('epochs').classList.toggle('stale', pendingEpochs > 0);
  if (!pendingEpochs) $('epochs').replaceChildren(...result.epochs.map((t, i) => tileElement(t, format(s.epoch, i + 1), tileLabel(t.params, s))));

  $('stages').replaceChildren(...result.inferenceStages.map((stage) => {
    const [a, b] = stage.range;
    const label = stage.layer === 'input'
      ? format(s.stageInput, rangeText(a), rangeText(b))
      : stage.changed ? format(s.stageChanged, rangeText(a), rangeText(b)) : s.stageUnchanged;
    const tile = tileElement(stage.tile, stage.layer, label);
    if (stage.layer !== 'input' && !stage.changed) tile.classList.add('unchanged');
    return tile;
  }));
  if (result.batchImages) $('training-help').textContent = `${s.trainingHelp} ${format(s.batchOf, result.batchImages.join(', '))}`;

  const [lo, hi] = result.valueRange.nominal;
  const measured = [Math.min(result.valueRange.training[0], result.valueRange.inference[0]), Math.max(result.valueRange.training[1], result.valueRange.inference[1])];
  const mapped = lo !== 0 || hi !== 255 ? ` — ${s.valueRangeMapped}` : '';
  $('value-range').textContent = format(s.valueRange, rangeText(lo), rangeText(hi), rangeText(measured[0]), rangeText(measured[1])) + mapped;

  $('layers-title').textContent = s.layers;
  $('layers').replaceChildren(...result.layers.map((l) => {
    const li = document.createElement('li');
    li.className = l.applied ? (l.activeAtInference ? 'layer inference' : 'layer') : 'layer skipped';
    const where = l.line !== undefined ? ` (${format(s.line, l.line)})` : '';
    const what = !l.applied ? ` — ${s.skipped}: ${l.problem ?? ''}` : l.activeAtInference ? ` — ${s.alsoAtInference}` : ` — ${s.trainingOnly}`;
    li.textContent = `${l.className}${where}${what}`;
    return li;
  }));
  // Under the header, where they are seen before the tiles: layers the preview had to skip
  // (with the value a skipped layer waits for) and values it assumed.
  $('notices').replaceChildren(...result.layers.flatMap((l, index) => {
    if (l.applied && !l.assumed?.length) return [];
    const li = document.createElement('li');
    li.className = l.applied ? 'notice' : 'notice skipped';
    const where = l.line !== undefined ? ` (${format(s.line, l.line)})` : '';
    li.textContent = l.applied ? `${l.className}${where}` : `${l.className}${where} — ${s.skipped}: ${l.problem ?? ''}`;
    for (const a of l.assumed ?? []) li.append(assumedNote(a, s));
    if (l.needs) li.append(valueForm(index, l.needs, s));
    return [li];
  }));
  $('status').textContent = '';
  setMode(pendingEpochs ? 'loading' : 'ready');
  return {
    image: result.imageName,
    pipeline: result.pipelineName,
    seed: result.seed,
    training: result.training.map((t, i) => ({ params: t.params, label: trainingLabels[i] })),
    inference: { activeLayers: [...result.activeAtInference], label: inferenceLabel },
    epochs: result.epochs.length,
    layers: result.layers.map((l) => ({
      className: l.className,
      applied: l.applied,
      notes: (l.assumed ?? []).map((a) => assumedNote(a, s).textContent ?? ''),
      ...(l.needs ? { asks: l.needs.arg } : {}),
    })),
  };
}

function showNoPipeline(filesSearched: number, example: string, s: WebviewStrings): void {
  const section = $('no-pipeline');
  const title = document.createElement('h2');
  title.textContent = s.noPipelineTitle;
  const help = document.createElement('p');
  help.textContent = format(s.noPipelineHelp, filesSearched);
  const code = document.createElement('pre');
  code.textContent = example;
  const button = document.createElement('button');
  button.id = 'use-example';
  button.textContent = s.useExample;
  button.addEventListener('click', () => vscode.postMessage({ type: 'useExample' }));
  section.replaceChildren(title, help, code, button);
  $('status').textContent = '';
  setMode('no-pipeline');
}

function showError(message: string, s: WebviewStrings | undefined): void {
  const title = document.createElement('strong');
  title.textContent = s?.errorTitle ?? '';
  const text = document.createElement('p');
  text.className = 'error-message';
  text.textContent = message;
  $('error').replaceChildren(title, text);
  $('status').textContent = '';
  setMode('error');
}

/** How the preview filled in an argument the code does not state as a literal. */
function assumedNote(a: AssumedArgument, s: WebviewStrings): HTMLElement {
  const note = document.createElement('div');
  note.className = 'assumed';
  note.textContent = a.arg.startsWith('*') ? format(s.assumedSplat, a.text)
    : format(a.by === 'user' ? s.assumedUser : s.assumedDefault, a.arg, a.text, pythonText(a.value));
  return note;
}

/** Asks for a value of a required argument the code does not state as a literal. */
function valueForm(layer: number, needs: { arg: string; text: string }, s: WebviewStrings): HTMLElement {
  const form = document.createElement('form');
  form.className = 'needs-value';
  const label = document.createElement('label');
  label.textContent = format(s.needsValue, needs.arg, needs.text);
  const input = document.createElement('input');
  input.type = 'text';
  input.name = needs.arg;
  input.spellcheck = false;
  label.append(' ', input);
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = s.supplyValue;
  form.append(label, ' ', button);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) vscode.postMessage({ type: 'supplyArgument', layer, arg: needs.arg, text: input.value });
  });
  return form;
}


window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      strings = message.strings;
      applyStrings(message.strings);
      setState(message.state);
      return;
    case 'rendering':
      setState(message.state);
      if (strings) $('status').textContent = format(strings.rendering, message.imageName, message.pipelineName);
      document.body.dataset.state = 'loading';
      return;
    case 'preview': {
      if (!strings) return;
      const state = vscode.getState();
      if (state) setState({ ...state, seed: message.result.seed });
      const summary = drawPreview(message.result, strings, message.pendingEpochs);
      if (!message.pendingEpochs) vscode.postMessage({ type: 'rendered', summary });
      // After the frame that shows it: what the user sees, not what the script has queued.
      else requestAnimationFrame(() => vscode.postMessage({ type: 'gridDrawn', summary }));
      return;
    }
    case 'noPipeline':
      setState(message.state);
      if (strings) showNoPipeline(message.filesSearched, message.example, strings);
      return;
    case 'focus':
      ($(message.section === 'inference' ? 'stages-block' : 'training')).scrollIntoView({ block: 'start' });
      return;
    case 'error': {
      showError(message.message, strings);
      const state = vscode.getState();
      const summary: RenderSummary = {
        image: message.imageName, pipeline: '', seed: state?.seed ?? 0, training: [], inference: { activeLayers: [], label: '' }, epochs: 0, error: message.message,
      };
      vscode.postMessage({ type: 'rendered', summary });
      return;
    }
  }
});

$('resample').addEventListener('click', () => vscode.postMessage({ type: 'resample' }));
$('choose-pipeline').addEventListener('click', () => vscode.postMessage({ type: 'choosePipeline' }));
$<HTMLInputElement>('seed').addEventListener('change', (e) => {
  const seed = Number((e.target as HTMLInputElement).value);
  if (Number.isInteger(seed) && seed >= 0) vscode.postMessage({ type: 'setSeed', seed });
});

const saved = vscode.getState();
if (saved) $<HTMLInputElement>('seed').value = String(saved.seed);
vscode.postMessage({ type: 'ready' });
