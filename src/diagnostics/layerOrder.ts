// Where random layers sit in a model: after a Normalization they work on normalised values
// (fill values, clipping and value ranges assume pixels), and after the first convolution or
// dense layer they augment feature maps instead of images.
import { phrase } from '../engine/layers/description';
import { activeAtInference } from '../pipeline/catalog';
import type { KerasVersion, LayerCall, Pipeline } from '../pipeline/model';
import type { Finding } from './finding';

const FEATURE_LAYER = /^(Conv\d?D|SeparableConv\dD|DepthwiseConv\dD|Dense|MaxPooling\dD|AveragePooling\dD|Flatten|GlobalAveragePooling\dD|GlobalMaxPooling\dD)$/;

function byPosition(a: LayerCall, b: LayerCall): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

export function layerOrderFindings(pipeline: Pipeline, version: KerasVersion): Finding[] {
  const all = [...pipeline.layers.map((l) => ({ l, image: true })), ...pipeline.otherLayers.map((l) => ({ l, image: false }))]
    .sort((a, b) => byPosition(a.l, b.l));
  const findings: Finding[] = [];
  let normalization: LayerCall | undefined;
  let feature: LayerCall | undefined;
  for (const { l, image } of all) {
    if (!image) {
      if (!feature && FEATURE_LAYER.test(l.className)) feature = l;
      continue;
    }
    if (l.className === 'Normalization') {
      normalization ??= l;
      continue;
    }
    const random = !activeAtInference(l.className, version) && l.className.startsWith('Random');
    if (!random) continue;
    if (feature) {
      findings.push({
        code: 'augmentation-after-features', severity: 'warning', range: l.range, kerasVersion: version, fixes: [],
        message: phrase('{0} comes after {1} (line {2}): it augments feature maps, not images. Move the augmentation layers to the start of the model.', l.className, feature.className, feature.range.start.line),
      });
    } else if (normalization) {
      findings.push({
        code: 'augmentation-after-normalization', severity: 'warning', range: l.range, kerasVersion: version, fixes: [],
        message: phrase('{0} comes after Normalization (line {1}): it works on normalised values, so fill values, clipping and value ranges meant for pixels no longer fit. Augment first, then normalise.', l.className, normalization.range.start.line),
      });
    }
  }
  return findings;
}
