// A JSON reader that remembers where each value is, so layers found in a saved config point to
// their place in the file. Strict JSON, plus the NaN/Infinity that Python's json module writes.
export type JsonNode =
  | { readonly type: 'object'; readonly start: number; readonly end: number; readonly entries: Map<string, JsonNode> }
  | { readonly type: 'array'; readonly start: number; readonly end: number; readonly items: JsonNode[] }
  | { readonly type: 'value'; readonly start: number; readonly end: number; readonly value: string | number | boolean | null };

export class JsonError extends Error {}

const MAX_DEPTH = 500;

export function parseJsonTree(text: string): JsonNode {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const fail = (what: string): never => {
    throw new JsonError(`${what} at offset ${i}`);
  };
  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, JsonNode>();
      ws();
      if (text[i] === '}') return { type: 'object', start, end: ++i, entries };
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        entries.set(key, value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return { type: 'object', start, end: ++i, entries };
        else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return { type: 'array', start, end: ++i, items };
        else fail('expected "," or "]"');
      }
    }
    if (c === '"') return { type: 'value', start, value: string(), end: i };
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity)/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected character');
    i += m![0].length;
    const t = m![0];
    const v = t === 'true' ? true : t === 'false' ? false : t === 'null' ? null : Number(t);
    return { type: 'value', start, end: i, value: v };
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('bad string');
    }
  };
  const root = value(0);
  ws();
  if (i < text.length) fail('trailing characters');
  return root;
}

/** The plain value of a node (positions dropped); NaN and Infinity become null, as JSON has no such numbers. */
export function plain(node: JsonNode): unknown {
  if (node.type === 'object') return Object.fromEntries([...node.entries].map(([k, v]) => [k, plain(v)]));
  if (node.type === 'array') return node.items.map(plain);
  return typeof node.value === 'number' && !Number.isFinite(node.value) ? null : node.value;
}
