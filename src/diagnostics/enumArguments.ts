// String arguments with a fixed set of values (mode, fill_mode, interpolation, data_format):
// a typo is an error where Keras raises, and a silent no-op where it does not (Keras 3's
// RandomFlip ignores an unknown mode and flips nothing). The closest valid value is offered.
import { phrase } from '../engine/layers/description';
import { closestName } from '../parse/python/suggest';
import type { KerasVersion, LayerCall } from '../pipeline/model';
import { callText, stringLiteralRange } from './callText';
import type { Finding } from './finding';
import type { SourceText } from './sourceText';

const FILL = ['reflect', 'wrap', 'constant', 'nearest'];
const INTERPOLATION = ['nearest', 'bilinear'];
const GEOMETRIC = { fill_mode: FILL, interpolation: INTERPOLATION };

function choices(className: string, version: KerasVersion): Readonly<Record<string, readonly string[]>> {
  const dataFormat: Record<string, readonly string[]> = version === 3 ? { data_format: ['channels_last', 'channels_first'] } : {};
  switch (className) {
    case 'RandomFlip':
      return { mode: ['horizontal', 'vertical', 'horizontal_and_vertical'], ...dataFormat };
    case 'RandomRotation':
    case 'RandomZoom':
    case 'RandomTranslation':
    case 'RandomShear':
      return { ...GEOMETRIC, ...dataFormat };
    case 'RandomElasticTransform':
      return { fill_mode: [...FILL, 'mirror'], interpolation: INTERPOLATION, ...dataFormat };
    case 'RandomPerspective':
    case 'RandAugment':
    case 'AugMix':
      return { interpolation: INTERPOLATION, ...dataFormat };
    case 'RandomHeight':
    case 'RandomWidth':
      return { interpolation: ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'] };
    case 'Resizing':
      return version === 3
        ? { interpolation: ['bilinear', 'nearest', 'bicubic', 'lanczos3', 'lanczos5', 'area'], ...dataFormat }
        : { interpolation: ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'] };
    default:
      return dataFormat;
  }
}

export function enumArgumentFindings(source: SourceText, layer: LayerCall, version: KerasVersion): Finding[] {
  const findings: Finding[] = [];
  for (const [arg, allowed] of Object.entries(choices(layer.className, version))) {
    const value = layer.args[arg];
    if (typeof value !== 'string') continue;
    const normalised = arg === 'data_format' ? value.toLowerCase() : value;
    if (allowed.includes(normalised)) continue;
    const suggestion = closestName(value, allowed);
    const call = callText(source, layer);
    const literal = stringLiteralRange(source, call, value);
    const silent = layer.className === 'RandomFlip' && arg === 'mode' && version === 3;
    const list = allowed.map((a) => `"${a}"`).join(', ');
    findings.push({
      code: 'unknown-argument-value',
      severity: silent ? 'warning' : 'error',
      message: silent
        ? phrase('{0}={1} is not a RandomFlip mode: Keras 3 accepts it silently and never flips. Valid modes: {2}.', arg, `"${value}"`, list)
        : phrase('{0}={1} is not accepted by {2}: Keras raises an error. Valid values: {3}.', arg, `"${value}"`, layer.className, list),
      range: literal ?? layer.range,
      kerasVersion: version,
      fixes: suggestion && literal
        ? [{ title: phrase('Change to "{0}"', suggestion), edits: [{ range: literal, newText: suggestion }], preferred: true }]
        : [],
    });
  }
  return findings;
}
