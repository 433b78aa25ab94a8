// Keras 3 changed what some layers do with the same arguments; code written for Keras 2 (and
// most tutorials) expects the old behaviour. Information, with a fix where one spelling keeps
// the old meaning.
import { formatNumber, phrase } from '../engine/layers/description';
import { mayComeFromSplat, type LayerCall } from '../pipeline/model';
import { callText, keywordValueRange } from './callText';
import type { Finding, QuickFix } from './finding';
import type { SourceText } from './sourceText';

/** Layers whose `factor` is the probability of applying them, drawn from U(0, factor) per image. */
const PROBABILITY_LAYERS = new Set(['RandomInvert', 'RandomErasing', 'RandomPerspective', 'RandomGaussianBlur', 'RandomElasticTransform']);

function info(layer: LayerCall, code: string, message: ReturnType<typeof phrase>, fixes: QuickFix[] = []): Finding {
  return { code, severity: 'info', message, range: layer.range, kerasVersion: 3, fixes };
}

/** A fix writing the scalar factor f as the pair (f, f). */
function pairFix(source: SourceText, layer: LayerCall, f: number, title: ReturnType<typeof phrase>): QuickFix[] {
  const call = callText(source, layer);
  const at = 'factor' in layer.args ? keywordValueRange(source, call, 'factor') ?? firstPositional(source, call) : undefined;
  return at ? [{ title, edits: [{ range: at, newText: `(${formatNumber(f)}, ${formatNumber(f)})` }] }] : [];
}

function firstPositional(source: SourceText, call: ReturnType<typeof callText>) {
  const open = call.text.indexOf('(');
  const match = /^\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)/.exec(call.text.slice(open + 1));
  if (open < 0 || !match) return undefined;
  const at = call.start + open + 1 + match[0].length - match[1].length;
  return source.rangeOf(at, at + match[1].length);
}

export function keras3ChangeFindings(source: SourceText, layer: LayerCall): Finding[] {
  const factor = layer.args.factor;
  switch (layer.className) {
    case 'RandomFlip': {
      if (mayComeFromSplat(layer.args, 'mode')) return [];
      const mode = layer.args.mode ?? 'horizontal_and_vertical';
      if (mode !== 'horizontal_and_vertical') return [];
      return [info(layer, 'keras3-shared-flip-coin', phrase(
        'In Keras 3, RandomFlip("horizontal_and_vertical") uses one coin for both axes: each image stays as it is or turns 180°, and is never flipped along one axis only (Keras 2 flipped each axis independently). Stack RandomFlip("horizontal") and RandomFlip("vertical") for four outcomes.',
      ))];
    }
    case 'RandomContrast':
      if (typeof factor !== 'number' || factor === 0) return [];
      return [info(layer, 'keras3-one-sided-factor', phrase(
        'In Keras 3 a single factor {0} gives a contrast factor in [1, {1}]: contrast only ever increases (Keras 2 drew from [{2}, {1}]). Write factor=({0}, {0}) for both directions.',
        factor, 1 + factor, 1 - factor,
      ), pairFix(source, layer, factor, phrase('Write factor=({0}, {0})', factor)))];
    case 'RandomCrop':
      return [info(layer, 'keras3-random-crop-inference', phrase(
        'In Keras 3, RandomCrop returns its input unchanged at inference (no centre crop): model.predict() sees the full-size image while training saw {0}×{1} crops. Keras 2 centre-cropped at inference.',
        String(layer.args.width ?? '?'), String(layer.args.height ?? '?'),
      ))];
    default:
      if (!PROBABILITY_LAYERS.has(layer.className) || mayComeFromSplat(layer.args, 'factor')) return [];
      {
        const f = typeof factor === 'number' ? factor : factor === undefined ? 1 : undefined;
        if (f === undefined || f === 0) return [];
        return [info(layer, 'keras3-probability-factor', phrase(
          '{0}: factor={1} is a range, not a probability: each image draws p from [0, {1}] and is changed with probability p, so about {2} % of images are affected. Write factor=({1}, {1}) to apply it with probability {1}.',
          layer.className, f, Math.round(50 * f),
        ), 'factor' in layer.args ? pairFix(source, layer, f, phrase('Write factor=({0}, {0})', f)) : [])];
      }
  }
}

/** KerasCV layers default to training=True in call(), so they augment in predict() too. */
export function kerasCvFindings(layer: LayerCall, version: 2 | 3): Finding[] {
  if (layer.kind !== 'keras_cv') return [];
  return [{
    code: 'keras-cv-augments-at-inference',
    severity: 'info',
    message: phrase('{0} is a KerasCV layer: unlike keras.layers, it augments whenever it is called, in model.predict() too, unless it is called with training=False.', layer.className),
    range: layer.range,
    kerasVersion: version,
    fixes: [],
  }];
}
