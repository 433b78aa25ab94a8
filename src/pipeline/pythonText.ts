// A value as Python source would write it ('reflect', (0.1, 0.2), None, True), for messages that
// quote values next to the user's code (the panel's notes, hovers).
export function pythonText(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return `(${v.map(pythonText).join(', ')}${v.length === 1 ? ',' : ''})`;
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `'${k}': ${pythonText(x)}`).join(', ')}}`;
  return String(v);
}
