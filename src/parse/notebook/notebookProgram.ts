// A notebook's code cells as one Python program, in order (a pipeline defined in one cell and
// used in another is one pipeline), with positions mapped back to cell + line. Markdown, raw
// cells and outputs are not code. IPython's magics and shell escapes are blanked (kept as empty
// lines, so lines still count), and cells run by another interpreter (%%bash...) are skipped.
import type { Phrase } from '../../pipeline/model';
import { phrase } from '../phrases';
import { lastAtMost, type PositionMap } from '../python/sourceView';

export interface NotebookCell {
  readonly kind: 'code' | 'markdown' | 'raw';
  readonly text: string;
  /** The cell's language when known ("python"); other languages are not read. */
  readonly language?: string;
}

/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'tensorflow_version']);

export interface NotebookProgram {
  readonly text: string;
  readonly positions: PositionMap;
}

export function notebookProgram(cells: readonly NotebookCell[]): NotebookProgram {
  const parts: string[] = [];
  const startRows: number[] = [];
  const cellIndex: number[] = [];
  let row = 0;
  cells.forEach((cell, i) => {
    if (cell.kind !== 'code' || (cell.language !== undefined && cell.language !== 'python')) return;
    const lines = cell.text.replace(/\r\n?/g, '\n').split('\n');
    const magic = /^\s*%%(\w+)/.exec(lines[0] ?? '');
    if (magic && !PYTHON_CELL_MAGICS.has(magic[1])) return;
    const code = lines.map((l, k) => (isIPythonLine(l) || (k === 0 && magic) ? '' : l));
    startRows.push(row);
    cellIndex.push(i);
    parts.push(code.join('\n') + '\n');
    row += code.length;
  });
  return { text: parts.join(''), positions: new CellPositions(startRows, cellIndex) };
}

/** `%matplotlib inline`, `!pip install ...`, `model?`, `??func`: IPython, not Python. */
function isIPythonLine(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('%') || t.startsWith('!') || /^\?|^[\w.]+\?\??\s*$/.test(t);
}

class CellPositions implements PositionMap {
  constructor(
    private readonly startRows: readonly number[],
    private readonly cellIndex: readonly number[],
  ) {}

  position(row: number, column: number) {
    const k = lastAtMost(this.startRows, row);
    if (this.startRows.length === 0) return { line: row + 1, column: column + 1 };
    return { line: row - this.startRows[k] + 1, column: column + 1, cell: this.cellIndex[k] };
  }
}

/** The cells of an .ipynb file's JSON, or a message saying why it is not one. */
export function cellsFromIpynb(json: string): NotebookCell[] | { error: Phrase } {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    return { error: phrase('not valid JSON: {0}', (err as Error).message) };
  }
  const cells = (doc as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) return { error: phrase('no "cells" list: not a Jupyter notebook (nbformat 4)') };
  const language = notebookLanguage(doc);
  return cells.map((c): NotebookCell => {
    const cell = (c ?? {}) as { cell_type?: unknown; source?: unknown };
    const kind = cell.cell_type === 'code' ? 'code' : cell.cell_type === 'markdown' ? 'markdown' : 'raw';
    const source = Array.isArray(cell.source) ? cell.source.filter((s) => typeof s === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    return { kind, text: source, ...(language ? { language } : {}) };
  });
}

function notebookLanguage(doc: unknown): string | undefined {
  const meta = (doc as { metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } } })?.metadata;
  const lang = meta?.language_info?.name ?? meta?.kernelspec?.language;
  return typeof lang === 'string' ? lang.toLowerCase() : undefined;
}
