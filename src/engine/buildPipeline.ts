// A pipeline spec (layers as the parser found them) → configured engine layers. A layer that
// cannot run (unresolved argument, invalid configuration, not implemented) is skipped with the
// reason, never fatal: the preview shows what can still be shown.
import { BASE_LAYER_KWARGS } from '../pipeline/catalog';
import { isFullyResolved, isUnresolved, type ArgValue, type Value } from '../pipeline/model';
import type { BatchShape, ConfiguredLayer } from './layers/layer';
import { parameterOf, signatureOf } from '../pipeline/parameters';
import type { AssumedArgument, LayerSpec, LayerStatus, PipelineSpec } from './previewTypes';
import { createLayer, isImageFunction, isSeedArgument } from './registry';
import { oversizeProblem } from './sizeLimit';

export interface BuiltPipeline {
  readonly layers: ConfiguredLayer[];
  readonly statuses: LayerStatus[];
}

/** Configures each layer; a layer that cannot run is skipped with the reason, never fatal. */
export function buildPipeline(spec: PipelineSpec): BuiltPipeline {
  const layers: ConfiguredLayer[] = [];
  const statuses: LayerStatus[] = [];
  for (const layer of spec.layers) {
    const base = { className: layer.className, ...(layer.line !== undefined ? { line: layer.line } : {}) };
    const built = configureLayer(layer, spec.kerasVersion);
    const assumed = built.assumed.length ? { assumed: built.assumed } : {};
    if ('layer' in built) {
      layers.push(built.layer);
      statuses.push({ ...base, applied: true, activeAtInference: built.layer.activeAtInference, ...assumed });
    } else {
      statuses.push({ ...base, applied: false, activeAtInference: false, problem: built.problem, ...assumed, ...(built.needs ? { needs: built.needs } : {}) });
    }
  }
  return { layers, statuses };
}

/**
 * The pipeline without the layers whose output for this batch would not fit the engine's memory
 * budget (sizeLimit.ts), each marked skipped with the numbers: the rest still previews. Sizes
 * are followed with the layers' outputShape, in training and at inference (RandomCrop differs).
 */
export function skipOversizedLayers(built: BuiltPipeline, input: BatchShape): BuiltPipeline {
  const layers: ConfiguredLayer[] = [];
  const statuses: LayerStatus[] = [];
  let training = input;
  let inference = input;
  let next = 0;
  for (const status of built.statuses) {
    if (!status.applied) {
      statuses.push(status);
      continue;
    }
    const layer = built.layers[next++];
    const shapes = [layer.outputShape?.(training, undefined, true) ?? training, layer.outputShape?.(inference, undefined, false) ?? inference];
    const problem = shapes.map((shape) => oversizeProblem(layer.className, shape)).find((p) => p !== undefined);
    if (problem) {
      statuses.push({ ...status, applied: false, activeAtInference: false, problem: `${problem}; the preview skips it` });
      continue;
    }
    [training, inference] = shapes;
    layers.push(layer);
    statuses.push(status);
  }
  return { layers, statuses };
}

export type LayerProblemKind = 'unresolved' | 'invalid' | 'unsupported';

/**
 * One layer: configured, or why it cannot be (and which kind of reason, for diagnostics). An
 * argument the code does not state as a literal is never guessed: an optional one takes Keras's
 * default and a splat is left out, both said in `assumed`; a required one stops the layer and
 * is named in `needs`, so the panel can ask the user for a value.
 */
export function configureLayer(
  layer: LayerSpec,
  version: PipelineSpec['kerasVersion'],
):
  | { layer: ConfiguredLayer; assumed: AssumedArgument[] }
  | { problem: string; kind: LayerProblemKind; assumed: AssumedArgument[]; needs?: { arg: string; text: string } } {
  const assumed: AssumedArgument[] = [];
  if (layer.kind === 'keras_cv') {
    // KerasCV implements its layers itself (and they augment at inference too): previewing them
    // with keras.layers' semantics would show something KerasCV does not compute.
    return { problem: `keras_cv.layers.${layer.className} is a KerasCV layer, which the preview does not compute (KerasCV's implementation differs from keras.layers.${layer.className})`, kind: 'unsupported', assumed };
  }
  const args: Record<string, Value> = {};
  for (const [name, value] of Object.entries(layer.args)) {
    // Keras layers take name=, dtype=... through **kwargs; TF functions' dtype= is their own.
    if (BASE_LAYER_KWARGS.has(name) && !isImageFunction(layer.className)) continue;
    const supplied = layer.supplied?.[name];
    if (supplied !== undefined && isFullyResolved(value)) assumed.push({ arg: name, text: supplied, value, by: 'user' });
    if (isFullyResolved(value)) {
      args[name] = value;
      continue;
    }
    // stateless_random_*(image, ..., seed=seed) with the seed from the dataset: it only picks
    // TF's numbers, and the preview draws its own.
    if (isSeedArgument(layer.className, name)) {
      args[name] = null;
      continue;
    }
    const text = unresolvedText(value);
    if (name === '*args' || name === '**kwargs') {
      assumed.push({ arg: name, text, value: null, by: 'default' });
      continue;
    }
    const param = parameterOf(layer.className, name, version);
    if (param && !param.required) {
      args[name] = param.default ?? null;
      assumed.push({ arg: name, text, value: param.default ?? null, by: 'default' });
      continue;
    }
    return { problem: `argument '${name}' is not a literal (${text}), so the preview cannot know its value`, kind: 'unresolved', assumed, needs: { arg: name, text } };
  }
  // A required argument the code leaves to an unresolved splat: ask for it as for any other
  // (known from the signature, before Keras's constructor would raise about it).
  const splat = assumed.find((a) => a.arg === '*args' || a.arg === '**kwargs');
  const missing = splat && requiredMissing(layer, args, version);
  if (splat && missing) {
    return { problem: `argument '${missing}' is not written out and ${splat.text} is not a literal, so the preview cannot know its value`, kind: 'unresolved', assumed, needs: { arg: missing, text: splat.text } };
  }
  try {
    return { layer: createLayer(layer.className, args, version), assumed };
  } catch (err) {
    const problem = err instanceof Error ? err.message : String(err);
    return { problem, kind: err instanceof Error && err.name === 'UnsupportedLayerError' ? 'unsupported' : 'invalid', assumed };
  }
}

/** The first required parameter of the layer's signature that `args` lacks. */
function requiredMissing(layer: LayerSpec, args: Readonly<Record<string, Value>>, version: PipelineSpec['kerasVersion']): string | undefined {
  return signatureOf(layer.className, version)?.find((p) => p.required && !(p.name in args))?.name;
}

function unresolvedText(value: ArgValue): string {
  if (isUnresolved(value)) return value.unresolved;
  if (Array.isArray(value)) return value.map(unresolvedText).filter(Boolean).join(', ');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(unresolvedText).filter(Boolean).join(', ');
  return '';
}
