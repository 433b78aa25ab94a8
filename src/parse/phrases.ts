// The parser's user-visible texts (diagnostics, Keras version reasons, input-size sources) are
// written as phrase(...) literals, so scripts/l10n-extract.mjs collects them and the editor can
// localise them; the English rendering stays in `message` / `reason` / `source` for the CLI's JSON.
import { formatPhrase, type Phrase } from '../engine/layers/description';
import type { SourceRange } from '../pipeline/model';

export { phrase } from '../engine/layers/description';

/** A diagnostic's English message and its phrase. */
export function said(p: Phrase): { message: string; phrase: Phrase } {
  return { message: formatPhrase(p), phrase: p };
}

/** A Keras version reason in English and as a phrase. */
export function because(p: Phrase): { reason: string; phrase: Phrase } {
  return { reason: formatPhrase(p), phrase: p };
}

/** An input-size source in English and as a phrase. */
export function statedBy(p: Phrase): { source: string; phrase: Phrase } {
  return { source: formatPhrase(p), phrase: p };
}

/**
 * The sentence for a place: `inFile(line)`, or in a notebook `inCell(cell, line)` with cells
 * counted from 1 for people. Each is a whole phrase literal ("…, line {0}" / "…, cell {0}, line {1}").
 */
export function placed(range: Pick<SourceRange, 'start' | 'cell'>, inFile: (line: number) => Phrase, inCell: (cell: number, line: number) => Phrase): Phrase {
  return range.cell !== undefined ? inCell(range.cell + 1, range.start.line) : inFile(range.start.line);
}
