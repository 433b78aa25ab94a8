// Python literal tokens → JavaScript values, as CPython reads them. Anything whose value we
// cannot know exactly (bytes, f-strings with fields, complex numbers, \N{...}) gives undefined.
import type { Node } from '@vscode/tree-sitter-wasm';

export function integerValue(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  if (/[jl]$/.test(t)) return undefined; // complex, or Python 2's long
  const radix = t.startsWith('0x') ? 16 : t.startsWith('0o') ? 8 : t.startsWith('0b') ? 2 : 10;
  const digits = radix === 10 ? t : t.slice(2);
  const valid = { 16: /^[0-9a-f]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/, 10: /^[0-9]+$/ }[radix];
  if (!valid.test(digits)) return undefined;
  const n = radix === 10 ? Number(digits) : parseInt(digits, radix);
  return Number.isFinite(n) ? n : undefined;
}

export function floatValue(text: string): number | undefined {
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t) || !/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The value of one `string` node: str literals only, f-strings only without fields. */
export function stringValue(node: Node): string | undefined {
  let prefix = '';
  let content = '';
  for (const child of node.children) {
    if (!child) continue;
    switch (child.type) {
      case 'string_start':
        prefix = child.text.replace(/['"]+$/, '').toLowerCase();
        break;
      case 'string_content':
        content += child.text;
        break;
      case 'string_end':
      case 'comment':
        break;
      default:
        return undefined; // interpolation, or an error inside the literal
    }
  }
  if (prefix.includes('b')) return undefined;
  const raw = prefix.includes('r');
  let value = raw ? content : decodeEscapes(content);
  if (value === undefined) return undefined;
  if (prefix.includes('f')) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return value;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Backslash escapes of a non-raw str literal; unknown ones stay as written, as in Python. */
export function decodeEscapes(s: string): string | undefined {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const e = s[++i];
    if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
    else if (e === '\n') continue; // line continuation inside the literal
    else if (e === '\r') i += s[i + 1] === '\n' ? 1 : 0;
    else if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(s.slice(i))![0];
      out += String.fromCodePoint(parseInt(m, 8));
      i += m.length - 1;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return undefined; // CPython rejects it
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) return undefined;
      out += String.fromCodePoint(cp);
      i += len;
    } else if (e === 'N') return undefined; // \N{NAME} needs the Unicode name table
    else out += '\\' + e;
  }
  return out;
}
