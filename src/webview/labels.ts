// Turns the parameters a layer drew for one image into the short label under its tile.
import type { LayerSampleParams } from '../engine/previewTypes';
import { paramLabelKey } from '../engine/paramLabels';
import type { WebviewStrings } from '../protocol';

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : abs >= 0.01 ? v.toFixed(2) : v.toPrecision(2);
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return String(v);
}

/**
 * One parameter as its label: the localised template for its name (see engine/paramLabels.ts),
 * prefixed by the sub-layer path inside composite layers ("chain 2.1.RandomShear.shear_x").
 */
function formatParam(key: string, value: unknown, s: WebviewStrings): string {
  const labelKey = paramLabelKey(key, value);
  const template = s.params[labelKey];
  const chain = /^chain (\d+)$/.exec(key);
  const prefix = key.includes('.') ? `${key.slice(0, key.lastIndexOf('.'))}: ` : '';
  if (!template) return `${prefix}${key.slice(key.lastIndexOf('.') + 1).replace(/_/g, ' ')} ${formatValue(value)}`;
  if (chain) return format(template, chain[1], formatValue(value));
  // Partners are shown 1-based, like the tiles' numbers.
  const shown = labelKey === 'partner' && typeof value === 'number' ? value + 1 : value;
  return prefix + format(template, formatValue(shown));
}

export function tileLabel(params: readonly LayerSampleParams[], s: WebviewStrings): string {
  const parts = params.flatMap((p) => Object.entries(p.params).map(([k, v]) => formatParam(k, v, s)));
  return parts.length ? parts.join(' · ') : s.noRandomParams;
}
