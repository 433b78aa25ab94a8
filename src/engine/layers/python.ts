// Python's str() and repr() of argument values, so that the engine's messages read exactly as
// Keras's (which format the received value with f-strings). Tuples arrive as arrays and print
// as lists; a whole number prints as an int, since the parser cannot tell 2 from 2.0.
import type { Value } from '../../pipeline/model';

/** str(v): strings bare, everything else as repr. */
export function pyStr(v: Value | undefined): string {
  return typeof v === 'string' ? v : pyRepr(v);
}

export function pyRepr(v: Value | undefined): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyNumber(v);
  if (typeof v === 'string') return pyStringRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyStringRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
}

/** Python's type(v).__name__, for TypeError messages ("'<' not supported between instances of 'str' and 'int'"). */
export function pyTypeName(v: Value | undefined): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  return Array.isArray(v) ? 'list' : 'dict';
}

/** repr of a tuple of strings, e.g. ('nearest', 'bilinear'). */
export function pyTuple(items: readonly string[]): string {
  return `(${items.map(pyStringRepr).join(', ')}${items.length === 1 ? ',' : ''})`;
}

function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** Python's float repr: shortest round-trip digits, scientific below 1e-4 and from 1e16 up. */
function pyNumber(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return String(v);
  const [mantissa, exp] = v.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const fixed = String(v);
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}
