// Which top-level statements can matter to a pipeline, decided on the prescan's tokens: those that
// mention a trigger word, the imports, then (to a fixed point) every statement that may bind a
// name the chosen ones use (so constants, helper functions and aliases resolve exactly as in the
// whole file), and every statement that uses a name they define at module level (model.add(aug),
// ds.map(augment), a list appended to). Skipping the rest cannot change what is found in the
// chosen statements: a statement that binds none of their names cannot change their meaning.
import { Chunk, occurrencesOf, Prescan } from './prescan';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield', 'self', 'print', 'len', 'range', 'int', 'float', 'str']);

export function relevantChunks(text: string, scan: Prescan): boolean[] {
  const { chunks } = scan;
  // Imports inside a def or class bind names local to it: only module-level ones count.
  const relevant = chunks.map((c) => c.triggered || (c.imports && c.kind === 'other'));
  const neededDone = new Set<string>();
  const providedDone = new Set<string>();
  // Imports are read but not followed: the names they use are module paths, bound nowhere else.
  let frontier = chunks.map((_, i) => i).filter((i) => chunks[i].triggered);
  const tokenRanges = chunkTokenRanges(scan);
  while (frontier.length > 0) {
    const next: number[] = [];
    const mark = (ci: number) => {
      if (!relevant[ci]) {
        relevant[ci] = true;
        next.push(ci);
      }
    };
    for (const ci of frontier) {
      const chunk = chunks[ci];
      // Names it uses: statements that may bind them are needed.
      const [from, to] = tokenRanges[ci];
      for (let t = from; t < to; t++) {
        if (scan.isAttribute[t]) continue;
        const name = text.slice(scan.tokStart[t], scan.tokEnd[t]);
        if (KEYWORDS.has(name) || neededDone.has(name)) continue;
        neededDone.add(name);
        for (const u of occurrencesOf(scan, text, name)) {
          const cj = scan.tokChunk[u];
          if (!relevant[cj] && mayBind(text, scan, u, chunks[cj], name)) mark(cj);
        }
      }
      // Names it defines at module level: statements that use them are needed.
      // A def or class that binds the name itself (a parameter, a local) uses its own.
      for (const name of provides(chunk)) {
        if (providedDone.has(name)) continue;
        providedDone.add(name);
        const occurrences = occurrencesOf(scan, text, name);
        for (const u of occurrences) {
          const cj = scan.tokChunk[u];
          if (relevant[cj] || scan.isAttribute[u]) continue;
          if (chunks[cj].kind !== 'other' && !chunks[cj].hasGlobal && occurrences.some((v) => scan.tokChunk[v] === cj && mayBindLocally(text, scan, v))) continue;
          mark(cj);
        }
      }
    }
    frontier = next;
  }
  return relevant;
}

function provides(chunk: Chunk): string[] {
  if (chunk.kind !== 'other') return chunk.defName ? [chunk.defName] : [];
  return chunk.targets.filter((t) => !KEYWORDS.has(t));
}

/** [first, end) token index of each chunk (tokens are in source order). */
function chunkTokenRanges(scan: Prescan): [number, number][] {
  const ranges: [number, number][] = scan.chunks.map(() => [0, 0]);
  const n = scan.tokChunk.length;
  for (let t = 0; t < n; ) {
    const c = scan.tokChunk[t];
    let u = t;
    while (u < n && scan.tokChunk[u] === c) u++;
    ranges[c] = [t, u];
    t = u;
  }
  return ranges;
}

/**
 * Whether this occurrence may bind `name` at module level. Generous where unsure: a false
 * "yes" only costs parsing time, a false "no" would change results.
 */
function mayBind(text: string, scan: Prescan, token: number, chunk: Chunk, name: string): boolean {
  if (scan.isAttribute[token]) return false;
  if (chunk.kind !== 'other') return chunk.defName === name || chunk.hasGlobal;
  return mayBindLocally(text, scan, token);
}

/** Whether the occurrence may bind its name in the scope it is in (by what surrounds it). */
function mayBindLocally(text: string, scan: Prescan, token: number): boolean {
  return !scan.isAttribute[token] && mayBindAt(text, scan.tokStart[token], scan.tokEnd[token]);
}

/**
 * Whether the identifier at [start, end) may be a binding, judged by its neighbours alone:
 * followed by `=`, `:=`, an augmented operator, `:`, `,`, `)`, `]`, `in`, `as` or the line's end,
 * or preceded by def/class/as/import/for/global/del. Generous: callers confirm against the tree.
 */
export function mayBindAt(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  if (before === 'def' || before === 'class' || before === 'as' || before === 'import' || before === 'for' || before === 'global' || before === 'del' || before === 'nonlocal') return true;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\\' || text[i] === '\r')) i++;
  const c = text[i];
  if (c === undefined || c === '\n' || c === ',' || c === ')' || c === ']' || c === ':' || c === ';' || c === '#') return true;
  if (c === '=') return text[i + 1] !== '=';
  if ('+-*/%&|^@<>'.includes(c)) return /^(\*\*|\/\/|<<|>>|[-+*/%&|^@])=/.test(text.slice(i, i + 3));
  return /^(in|as)\b/.test(text.slice(i, i + 3));
}

function previousWord(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  let j = i;
  while (j >= 0 && /\w/.test(text[j])) j--;
  return text.slice(j + 1, i + 1);
}
