// A problem found in a pipeline's code, with its quick fixes, independent of the editor: the
// extension turns findings into diagnostics and code actions, tests read them directly.
import type { Phrase } from '../engine/layers/description';
import type { KerasVersion, SourceRange } from '../pipeline/model';

export interface TextReplacement {
  readonly range: SourceRange;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: Phrase;
  readonly edits: readonly TextReplacement[];
  /** The fix to apply when several are offered. */
  readonly preferred?: boolean;
}

export interface Finding {
  /** Stable identifier, e.g. "deprecated-namespace", "value-range-mismatch". */
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: Phrase;
  readonly range: SourceRange;
  /** The Keras version the finding assumes (cited in the editor). */
  readonly kerasVersion: KerasVersion;
  readonly fixes: readonly QuickFix[];
}
