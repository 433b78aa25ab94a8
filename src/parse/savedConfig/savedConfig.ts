// Saved model configurations → pipelines: a TF.js model.json (layers-model topology), a Keras
// config.json or model.to_json() text, and .keras archives (config.json inside). Sequential and
// Functional configs are walked, nested ones too: a nested model with preprocessing layers is a
// pipeline of its own and is spliced into its parent, as in Python code.
import { layerKind } from '../../pipeline/catalog';
import type { ArgValue, Diagnostic, InputSize, KerasVersionChoice, LayerCall, ParsedFile, Phrase, Pipeline, SourceRange } from '../../pipeline/model';
import { because, phrase, said, statedBy } from '../phrases';
import { sizeFromShape } from '../python/inputSize';
import { DEFAULT_KERAS } from '../python/kerasVersion';
import { JsonError, JsonNode, parseJsonTree, plain } from './jsonTree';
import { readZipEntry } from './zipEntry';

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
/** Keys every saved layer has that say nothing about what it does to images. */
const NOISE_KEYS = new Set(['name', 'trainable', 'dtype']);

export interface SavedConfigOptions {
  readonly kerasVersion?: KerasVersionChoice;
}

export function parseKerasArchive(bytes: Uint8Array, file: string, options: SavedConfigOptions = {}): ParsedFile {
  const config = readZipEntry(bytes, 'config.json');
  if ('error' in config) return failed(file, phrase('cannot read {0} as a .keras archive: {1}', file, config.error), options);
  const metadata = readZipEntry(bytes, 'metadata.json');
  let version: string | undefined;
  if (!('error' in metadata)) {
    try {
      const v = (JSON.parse(new TextDecoder().decode(metadata)) as { keras_version?: unknown }).keras_version;
      if (typeof v === 'string') version = v;
    } catch {
      // metadata is optional; the config alone decides then
    }
  }
  return parseSavedConfig(new TextDecoder().decode(config), file, options, version ? phrase('metadata.json says keras_version {0}', version) : undefined, version);
}

export function parseSavedConfig(text: string, file: string, options: SavedConfigOptions = {}, versionReason?: Phrase, versionText?: string): ParsedFile {
  let root: JsonNode;
  try {
    root = parseJsonTree(text.replace(/^\ufeff/, ''));
  } catch (err) {
    const message = err instanceof JsonError ? err.message : String(err);
    return failed(file, phrase('not valid JSON: {0}', message), options);
  }
  const lines = lineStarts(text);
  const rangeOf = (node: JsonNode): SourceRange => ({ start: position(lines, node.start), end: position(lines, node.end) });
  const { model, keras } = findModel(root, versionText, versionReason);
  const kerasVersion = options.kerasVersion ?? keras;
  const diagnostics: Diagnostic[] = [];
  const pipelines: Pipeline[] = [];
  if (!model) {
    diagnostics.push({ severity: 'info', code: 'not-a-model-config', ...said(phrase('no Keras model configuration (class_name and config.layers) in this JSON')), range: rangeOf(root) });
  } else walkModel(model, file, rangeOf, pipelines, 0);
  return { file, language: 'saved_config', kerasVersion, pipelines: pipelines.sort((a, b) => a.range.start.line - b.range.start.line), diagnostics };
}

/** The model config inside, and the Keras version the file says it was saved by. */
function findModel(root: JsonNode, versionText?: string, versionReason?: Phrase): { model?: JsonNode; keras: KerasVersionChoice } {
  let model: JsonNode | undefined;
  let saved = versionText;
  let reason = versionReason;
  const topology = get(root, 'modelTopology');
  if (topology) {
    model = get(topology, 'model_config') ?? (get(topology, 'class_name') ? topology : undefined);
    const kv = valueOf(get(topology, 'keras_version'));
    const by = valueOf(get(root, 'generatedBy'));
    if (typeof kv === 'string') [saved, reason] = [kv, phrase('model.json says keras_version {0}', kv)];
    else if (typeof by === 'string') [saved, reason] = [by.replace(/^keras v?/, ''), phrase('model.json says generatedBy {0}', by)];
  } else if (get(root, 'class_name') && get(root, 'config')) {
    model = root;
    const kv = valueOf(get(root, 'keras_version'));
    if (typeof kv === 'string') [saved, reason] = [kv, phrase('the config says keras_version {0}', kv)];
    else if (!saved && get(root, 'module')) [saved, reason] = ['3', phrase('the config has Keras 3 "module" keys')];
  }
  const major = saved ? Number(/^(\d+)/.exec(saved)?.[1]) : NaN;
  const keras: KerasVersionChoice = (major === 2 || major === 3) && reason ? { version: major, ...because(reason) } : DEFAULT_KERAS;
  return { ...(model ? { model } : {}), keras };
}

interface Step {
  readonly layer: LayerCall;
  readonly image: boolean;
}

/** The model's steps; pushes a pipeline for it (and nested ones) when it has preprocessing layers. */
function walkModel(model: JsonNode, file: string, rangeOf: (n: JsonNode) => SourceRange, out: Pipeline[], depth: number): Step[] {
  const config = get(model, 'config');
  const layers = config && get(config, 'layers');
  const name = valueOf(config && get(config, 'name'));
  const pipelineName = typeof name === 'string' ? name : `<model>@${rangeOf(model).start.line}`;
  const steps: Step[] = [];
  let inputSize: InputSize | undefined;
  for (const entry of layers && layers.type === 'array' ? layers.items : []) {
    const className = valueOf(get(entry, 'class_name'));
    if (typeof className !== 'string') continue;
    if (MODEL_CLASSES.has(className) && depth < 20) {
      const inner = walkModel(entry, file, rangeOf, out, depth + 1);
      const innerName = valueOf(get(get(entry, 'config') ?? entry, 'name'));
      for (const s of inner) steps.push({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? (typeof innerName === 'string' ? innerName : undefined) } });
      continue;
    }
    const layerConfig = get(entry, 'config');
    const args: Record<string, ArgValue> = {};
    const values = layerConfig ? plain(layerConfig) : {};
    for (const [k, v] of Object.entries(values && typeof values === 'object' ? values : {})) {
      if (!NOISE_KEYS.has(k)) args[k] = v as ArgValue;
    }
    const range = rangeOf(entry);
    if (!inputSize) {
      const size = sizeFromShape(args.batch_input_shape ?? args.batch_shape, true);
      if (size) inputSize = { ...size, ...statedBy(phrase("{0}'s batch input shape (line {1})", className, range.start.line)), range };
    }
    if (className === 'InputLayer') continue;
    const module = valueOf(get(entry, 'module'));
    const kind = typeof module === 'string' && module.startsWith('keras_cv') ? 'keras_cv' : 'saved_config';
    steps.push({ image: layerKind(className) === 'image' || kind === 'keras_cv', layer: { className, callee: className, range, args, kind } });
  }
  const image = steps.filter((s) => s.image);
  if (image.length > 0) {
    out.push({
      name: pipelineName,
      file,
      range: rangeOf(model),
      layers: image.map((s) => s.layer),
      otherLayers: steps.filter((s) => !s.image).map((s) => s.layer),
      kind: 'saved_config',
      ...(inputSize ? { inputSize } : {}),
      uses: [],
    });
  }
  return steps;
}

function get(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node && node.type === 'object' ? node.entries.get(key) : undefined;
}

function valueOf(node: JsonNode | undefined): unknown {
  return node && node.type === 'value' ? node.value : undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function failed(file: string, message: Phrase, options: SavedConfigOptions): ParsedFile {
  return {
    file, language: 'saved_config', kerasVersion: options.kerasVersion ?? DEFAULT_KERAS, pipelines: [],
    diagnostics: [{ severity: 'error', code: 'unreadable-config', ...said(message) }],
  };
}
