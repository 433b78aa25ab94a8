// Offsets ↔ the parser's 1-based (line, column) positions in a file's text, and slices of it.
import type { SourcePosition, SourceRange } from '../pipeline/model';

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  offsetOf(p: SourcePosition): number {
    const start = this.lineStarts[Math.min(Math.max(p.line - 1, 0), this.lineStarts.length - 1)];
    return Math.min(start + p.column - 1, this.text.length);
  }

  positionOf(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }

  slice(range: SourceRange): string {
    return this.text.slice(this.offsetOf(range.start), this.offsetOf(range.end));
  }

  rangeOf(start: number, end: number): SourceRange {
    return { start: this.positionOf(start), end: this.positionOf(end) };
  }
}
