// The operations RandAugment and AugMix pick from (keras-layers.md §2.30–2.31), built through the
// registry with the arguments Keras gives them: the parsed `factor` pair to every random op (so
// a scalar 0.5 becomes (0, 0.5): translations only down/right, rotations only counter-clockwise),
// `value_range` to the colour ops, and RandomPosterization(max(1, int(8·factor[1]))).
import type { KerasVersion, Value } from '../../pipeline/model';
import { phrase, type Phrase } from './description';
import { LayerConfigError, type ConfiguredLayer, type LayerContext, type SampleParams, type ValueRange } from './layer';

export type OpName =
  | 'RandomShear' | 'RandomTranslation' | 'RandomRotation' | 'RandomBrightness' | 'RandomColorDegeneration'
  | 'RandomContrast' | 'RandomSharpness' | 'RandomPosterization' | 'Solarization' | 'AutoContrast' | 'Equalization';

/** RandAugment's order (_AUGMENT_LAYERS): randint picks an index into it. */
export const RAND_AUGMENT_OPS: readonly OpName[] = [
  'RandomShear', 'RandomTranslation', 'RandomRotation', 'RandomBrightness', 'RandomColorDegeneration',
  'RandomContrast', 'RandomSharpness', 'RandomPosterization', 'Solarization', 'AutoContrast', 'Equalization',
];

/** AugMix's order (AUGMENT_LAYERS_ALL; all_ops=False keeps the first seven): random.choice picks from it. */
export const AUG_MIX_OPS: readonly OpName[] = [
  'RandomShear', 'RandomTranslation', 'RandomRotation', 'RandomPosterization', 'Solarization', 'AutoContrast',
  'Equalization', 'RandomBrightness', 'RandomColorDegeneration', 'RandomContrast', 'RandomSharpness',
];

/** The keyword arguments Keras constructs each op with. */
function opArgs(op: OpName, factor: readonly [number, number], valueRange: Value, interpolation: Value): Record<string, Value> {
  const f: Value = [factor[0], factor[1]];
  switch (op) {
    case 'RandomShear':
      return { x_factor: f, y_factor: f, interpolation };
    case 'RandomTranslation':
      return { height_factor: f, width_factor: f, interpolation };
    case 'RandomRotation':
      return { factor: f, interpolation };
    case 'RandomPosterization':
      return { factor: Math.max(1, Math.trunc(8 * factor[1])), value_range: valueRange };
    case 'Solarization':
      return { addition_factor: f, threshold_factor: f, value_range: valueRange };
    case 'AutoContrast':
    case 'Equalization':
      return { value_range: valueRange };
    default:
      return { factor: f, value_range: valueRange };
  }
}

/** Keras constructs them in this order (Solarization before RandomPosterization), so the first bad argument it meets is this order's. */
const CONSTRUCTION_ORDER: readonly OpName[] = [
  'RandomShear', 'RandomTranslation', 'RandomRotation', 'RandomBrightness', 'RandomColorDegeneration',
  'RandomContrast', 'RandomSharpness', 'Solarization', 'RandomPosterization', 'AutoContrast', 'Equalization',
];

/** The ops, in `order`, each built through the registry. */
export function buildOps(
  owner: string,
  order: readonly OpName[],
  factor: readonly [number, number],
  valueRange: Value,
  interpolation: Value,
  version: KerasVersion,
  context: LayerContext | undefined,
): ConfiguredLayer[] {
  const build = context?.createLayer;
  if (!build) throw new Error(`${owner} is built through the registry (createLayer)`);
  const built = new Map<OpName, ConfiguredLayer>();
  // An op's bad argument raises the op's own Keras message, as it does in Keras.
  for (const op of CONSTRUCTION_ORDER.filter((o) => order.includes(o))) built.set(op, build(op, opArgs(op, factor, valueRange, interpolation), version));
  return order.map((op) => built.get(op)!);
}

/** Labels of one op's draw, keyed "<op>.<key>" (with a prefix for AugMix's chains). */
export function opParams(prefix: string, op: ConfiguredLayer, t: unknown, index: number, into: SampleParams): void {
  for (const [key, v] of Object.entries(op.describeSample(t, index))) into[`${prefix}${op.className}.${key}`] = v;
}

/** The union of what any of the ops can output from `range`, `times` ops in a row. */
export function opsOutputRange(ops: readonly ConfiguredLayer[], range: ValueRange, times: number): ValueRange {
  let r = range;
  for (let i = 0; i < times; i++) {
    const outs = ops.map((op) => op.outputRange(r));
    r = [Math.min(r[0], ...outs.map((o) => o[0])), Math.max(r[1], ...outs.map((o) => o[1]))];
  }
  return r;
}

/** One line per op: its name, then its own summary and first detail (this configuration's numbers). */
export function opPhrases(ops: readonly ConfiguredLayer[]): Phrase[] {
  return ops.flatMap((op, k) => {
    const d = op.describe({});
    return [phrase('{0}. {1}:', k + 1, op.className), d.summary, ...d.details.slice(0, 1)];
  });
}

/** A non-negative whole number argument (num_ops, num_chains, chain_depth), as Keras uses it in range() and shapes. */
export function countArg(owner: string, name: string, value: Value | undefined): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new LayerConfigError(`${owner}: \`${name}\` must be a whole number >= 0 (Keras fails when the layer is called). Received: ${name}=${String(value)}`);
}
