// The text tree-sitter actually parses: the relevant top-level statements of a file, in order,
// whole lines each, so columns stay as they were and only rows need mapping back. A notebook's
// program adds one more mapping, from program rows to cell + line.
import type { SourceRange } from '../../pipeline/model';
import { prescan } from './prescan';
import { relevantChunks } from './relevance';

/** Maps a 0-based row and column of the parsed text to the 1-based position the user sees. */
export interface PositionMap {
  position(row: number, column: number): { line: number; column: number; cell?: number };
}

export const IDENTITY_POSITIONS: PositionMap = {
  position: (row, column) => ({ line: row + 1, column: column + 1 }),
};

/** Rows of the compacted text → rows of the original, then through `outer` (a notebook's cells). */
export class CompactedPositions implements PositionMap {
  constructor(
    /** Parsed row where each kept statement starts, ascending, and the original row it came from. */
    private readonly parsedRows: readonly number[],
    private readonly originalRows: readonly number[],
    private readonly outer: PositionMap = IDENTITY_POSITIONS,
  ) {}

  originalRow(row: number): number {
    const found = lastAtMost(this.parsedRows, row);
    return this.parsedRows.length === 0 ? row : this.originalRows[found] + (row - this.parsedRows[found]);
  }

  position(row: number, column: number) {
    return this.outer.position(this.originalRow(row), column);
  }
}

/** Index of the last element ≤ value in an ascending list (0 when none is). */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function mapRange(map: PositionMap, start: { row: number; column: number }, end: { row: number; column: number }): SourceRange {
  const s = map.position(start.row, start.column);
  const e = map.position(end.row, end.column);
  const range: SourceRange = { start: { line: s.line, column: s.column }, end: { line: e.line, column: e.column } };
  return s.cell !== undefined ? { ...range, cell: s.cell } : range;
}

export interface CompactSource {
  readonly text: string;
  readonly positions: CompactedPositions;
  /** Statements kept and statements in the file. */
  readonly kept: number;
  readonly total: number;
}

/** The relevant statements of `text`, and how to map positions in them back. */
export function compactSource(text: string, triggers: ReadonlySet<string>, outer?: PositionMap): CompactSource {
  const scan = prescan(text, triggers);
  const relevant = relevantChunks(text, scan);
  const parts: string[] = [];
  const parsedRows: number[] = [];
  const originalRows: number[] = [];
  let row = 0;
  let kept = 0;
  scan.chunks.forEach((chunk, i) => {
    if (!relevant[i]) return;
    let part = text.slice(chunk.start, chunk.end);
    // Each kept statement ends its line, so the next one starts at column 0 of a new row.
    if (!part.endsWith('\n') && i < scan.chunks.length - 1) part += '\n';
    // Adjacent kept statements are one run: rows keep counting within it.
    const previous = kept > 0 && relevant[i - 1];
    if (!previous) {
      parsedRows.push(row);
      originalRows.push(chunk.row);
    }
    parts.push(part);
    row += countNewlines(part);
    kept++;
  });
  // Text before the first statement (a BOM, blank lines) needs no row: rows start with the statements.
  return { text: parts.join(''), positions: new CompactedPositions(parsedRows, originalRows, outer), kept, total: scan.chunks.length };
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
