// Turns the parameters a layer drew for one image into the short label under its tile.
import type { LayerSampleParams } from '../engine/previewTypes';
import type { WebviewStrings } from '../protocol';

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : abs >= 0.01 ? v.toFixed(2) : v.toPrecision(2);
}

function formatParam(key: string, value: unknown, s: WebviewStrings): string {
  if (key === 'flip_horizontal' && typeof value === 'boolean') return `↔ ${value ? s.flipped : s.notFlipped}`;
  if (key === 'flip_vertical' && typeof value === 'boolean') return `↕ ${value ? s.flipped : s.notFlipped}`;
  if (key === 'angle_degrees' && typeof value === 'number') return `↻ ${formatNumber(value)}°`;
  if (typeof value === 'number') return `${key.replace(/_/g, ' ')} ${formatNumber(value)}`;
  if (Array.isArray(value)) return `${key.replace(/_/g, ' ')} [${value.map((v) => (typeof v === 'number' ? formatNumber(v) : String(v))).join(', ')}]`;
  return `${key.replace(/_/g, ' ')} ${String(value)}`;
}

export function tileLabel(params: readonly LayerSampleParams[], s: WebviewStrings): string {
  const parts = params.flatMap((p) => Object.entries(p.params).map(([k, v]) => formatParam(k, v, s)));
  return parts.length ? parts.join(' · ') : s.noRandomParams;
}
