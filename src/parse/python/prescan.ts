// A fast textual pass over Python source, before tree-sitter: it splits the file into top-level
// statements (with their decorators and else/except/finally clauses) and lists the identifiers
// of each, skipping strings and comments as Python's tokenizer does. Only the statements that
// can matter to a pipeline are then parsed (see relevance.ts); that is how a large file is read
// in a fraction of a full parse.

export interface Chunk {
  /** Offsets of the statement's first character and just past its last line's newline. */
  readonly start: number;
  end: number;
  /** 0-based row of `start`. */
  row: number;
  kind: 'def' | 'class' | 'other';
  /** The name a def/class statement binds at module level. */
  defName?: string;
  /** The statement says `global`: its function bodies may bind module names. */
  hasGlobal: boolean;
  /** The statement mentions a trigger word (a layer, container or tf.image name...). */
  triggered: boolean;
  /** It imports something (imports are always read: every name may come from one). */
  imports: boolean;
  /** First token of each line so far is a decorator: the def/class that follows belongs here. */
  decoratorsOnly: boolean;
  /** Names assigned at the statement's start (`a = ...`, `a, b = ...`): module names it binds. */
  readonly targets: string[];
  /** Its first word has been seen (`async` waits for the `def` after it). */
  classified: boolean;
}

export interface Prescan {
  readonly chunks: Chunk[];
  /** Identifier tokens in code: start offsets, end offsets, chunk index. */
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  readonly tokChunk: Int32Array;
  /** Token indices by the hash of their name (see occurrencesOf): no string per token is made. */
  readonly byHash: Map<number, number[]>;
  /** Whether the token follows a '.', i.e. is an attribute rather than a name. */
  readonly isAttribute: Uint8Array;
}

const CONTINUATION_KEYWORDS = new Set(['else', 'elif', 'except', 'finally']);
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf', 't', 'tr', 'rt']);

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Tokenizes `text` into statements and identifiers; `triggers` marks the statements worth reading. */
export function prescan(text: string, triggers: ReadonlySet<string>): Prescan {
  const n = text.length;
  const chunks: Chunk[] = [];
  let cap = 1024;
  let tokStart: Int32Array = new Int32Array(cap);
  let tokEnd: Int32Array = new Int32Array(cap);
  let tokChunk: Int32Array = new Int32Array(cap);
  let isAttribute: Uint8Array = new Uint8Array(cap);
  let count = 0;
  const byHash = new Map<number, number[]>();
  const triggerHashes = hashesOf(triggers);

  let depth = 0;
  let atLineStart = true;
  let continued = false; // the previous line ended with a backslash
  let prevSignificant = 0; // char code of the last non-space code character
  let chunk: Chunk | undefined;
  let firstWordOfLine = true;
  let prevWasAsync = false;
  let lastHash = 0;
  let hashBeforeAs = 0;

  const startChunk = (at: number): Chunk => {
    if (chunk) chunk.end = at;
    chunk = { start: at, end: n, row: 0, kind: 'other', hasGlobal: false, triggered: false, imports: false, decoratorsOnly: false, targets: [], classified: false };
    chunks.push(chunk);
    return chunk;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (atLineStart) {
      atLineStart = false;
      firstWordOfLine = true;
      // A statement starts at column 0 outside brackets and continuations; blank and comment
      // lines, and else/elif/except/finally, belong to the statement before.
      if (depth === 0 && !continued && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 35 && c !== 12) {
        const word = /^[A-Za-z_]+/.exec(text.slice(i, i + 9))?.[0] ?? '';
        const joins = chunk && (CONTINUATION_KEYWORDS.has(word) || (chunk.decoratorsOnly && c !== 64));
        if (!chunk || !joins) {
          const ch = startChunk(i);
          ch.decoratorsOnly = c === 64; // '@'
        } else if (chunk.decoratorsOnly && c !== 64) chunk.decoratorsOnly = false;
      } else if (!chunk) startChunk(i);
      continued = false;
    }
    if (c === 10) {
      atLineStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 35) {
      // comment: to the end of the line
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === 92) {
      // backslash: a line continuation when a newline follows
      if (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10)) {
        continued = true;
        i += text.charCodeAt(i + 1) === 13 ? 2 : 1;
        continue;
      }
      i++;
      continue;
    }
    if (c === 34 || c === 39) {
      i = skipString(text, i);
      prevSignificant = 34;
      firstWordOfLine = false;
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth = depth > 0 ? depth - 1 : 0;
    if (c >= 48 && c <= 57) {
      // a number: its letters (0x1f, 1e5, 2j) are not identifiers
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isIdentPart(d) || d === 46) i++;
        else if ((d === 43 || d === 45) && (text.charCodeAt(i - 1) | 32) === 101) i++;
        else break;
      }
      prevSignificant = 48;
      firstWordOfLine = false;
      continue;
    }
    if (isIdentStart(c)) {
      let h = FNV_OFFSET;
      let j = i;
      for (let d = c; j < n && isIdentPart(d); d = text.charCodeAt(++j)) h = Math.imul(h ^ d, FNV_PRIME);
      const q = text.charCodeAt(j);
      if ((q === 34 || q === 39) && j - i <= 2 && STRING_PREFIXES.has(text.slice(i, j).toLowerCase())) {
        i = skipString(text, j);
        prevSignificant = 34;
        firstWordOfLine = false;
        continue;
      }
      const ch = chunk ?? startChunk(i);
      if (count === cap) {
        cap *= 2;
        tokStart = grow(tokStart, cap);
        tokEnd = grow(tokEnd, cap);
        tokChunk = grow(tokChunk, cap);
        const a = new Uint8Array(cap);
        a.set(isAttribute);
        isAttribute = a;
      }
      tokStart[count] = i;
      tokEnd[count] = j;
      tokChunk[count] = chunks.length - 1;
      isAttribute[count] = prevSignificant === 46 ? 1 : 0;
      let list = byHash.get(h);
      if (!list) byHash.set(h, (list = []));
      list.push(count);
      count++;
      if (triggerHashes.has(h) && triggers.has(text.slice(i, j))) ch.triggered = true;
      if (h === IMPORT_HASH && text.startsWith('import', i) && j - i === 6) ch.imports = true;
      else if (h === GLOBAL_HASH && text.startsWith('global', i) && j - i === 6) ch.hasGlobal = true;
      // `Sequential as Seq`: the alias stands for a trigger word, so its uses matter too.
      if (lastHash === AS_HASH && triggerHashes.has(hashBeforeAs)) ch.targets.push(text.slice(i, j));
      hashBeforeAs = lastHash;
      lastHash = h;
      if (!ch.classified && depth === 0 && !ch.decoratorsOnly && (firstWordOfLine || prevWasAsync)) {
        prevWasAsync = h === ASYNC_HASH;
        if (!prevWasAsync) classify(ch, text.slice(i, j), text, j);
      }
      firstWordOfLine = false;
      prevSignificant = 97;
      i = j;
      continue;
    }
    prevSignificant = c;
    firstWordOfLine = false;
    i++;
  }
  if (chunk) chunk.end = n;
  assignRows(text, chunks);
  return {
    chunks,
    tokStart: tokStart.subarray(0, count),
    tokEnd: tokEnd.subarray(0, count),
    tokChunk: tokChunk.subarray(0, count),
    byHash,
    isAttribute: isAttribute.subarray(0, count),
  };
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: the same hash the scan computes on the fly. */
export function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

const IMPORT_HASH = hashOf('import');
const GLOBAL_HASH = hashOf('global');
const ASYNC_HASH = hashOf('async');
const AS_HASH = hashOf('as');

const triggerHashCache = new WeakMap<ReadonlySet<string>, Set<number>>();
function hashesOf(words: ReadonlySet<string>): Set<number> {
  let set = triggerHashCache.get(words);
  if (!set) triggerHashCache.set(words, (set = new Set([...words].map(hashOf))));
  return set;
}

/** The tokens spelling `name` (hash candidates confirmed against the text). */
export function occurrencesOf(scan: Prescan, text: string, name: string): number[] {
  const candidates = scan.byHash.get(hashOf(name)) ?? [];
  return candidates.filter((t) => scan.tokEnd[t] - scan.tokStart[t] === name.length && text.startsWith(name, scan.tokStart[t]));
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Statement kind from its first word, and the names a simple assignment at its start binds. */
function classify(ch: Chunk, word: string, text: string, after: number): void {
  ch.classified = true;
  if (word === 'def' || word === 'class') {
    ch.kind = word;
    ch.defName = /^\s+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/.exec(text.slice(after, after + 200))?.[1];
    return;
  }
  // `a = ...`, `a, b = ...`, `a: int = ...`: the first line's targets.
  const eol = text.indexOf('\n', after);
  const line = text.slice(after - word.length, eol < 0 ? undefined : eol);
  const m = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]*)?=(?!=)/.exec(line);
  if (m) for (const t of m[1].split(',')) ch.targets.push(t.trim());
}

/** The 0-based row of each statement's start, counting newlines once for the whole file. */
function assignRows(text: string, chunks: Chunk[]): void {
  let row = 0;
  let at = 0;
  for (const ch of chunks) {
    for (let nl = text.indexOf('\n', at); nl >= 0 && nl < ch.start; nl = text.indexOf('\n', nl + 1)) {
      row++;
      at = nl + 1;
    }
    ch.row = row;
  }
}

/** Offset just past the string literal whose opening quote is at `q`. */
export function skipString(text: string, q: number): number {
  const quote = text.charCodeAt(q);
  const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
  const n = text.length;
  let i = q + (triple ? 3 : 1);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i += 2; // an escape, raw or not, never ends the string
      continue;
    }
    if (c === quote) {
      if (!triple) return i + 1;
      if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) return i + 3;
    } else if (c === 10 && !triple) return i; // unterminated: Python stops at the line's end
    i++;
  }
  return n;
}
