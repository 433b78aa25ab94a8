// Everything the pieces of the Python parser share while reading one file.
import type { Diagnostic, KerasVersionChoice } from '../../pipeline/model';
import { NameResolver } from './bindings';
import { StaticEvaluator } from './evaluate';
import { SyntaxIndex } from './syntaxIndex';

export interface ParseContext {
  readonly file: string;
  readonly text: string;
  readonly index: SyntaxIndex;
  readonly names: NameResolver;
  readonly evaluator: StaticEvaluator;
  readonly keras: KerasVersionChoice;
  readonly diagnostics: Diagnostic[];
}

export function createContext(file: string, text: string, index: SyntaxIndex, keras: KerasVersionChoice): ParseContext {
  const names = new NameResolver(index, text);
  return { file, text, index, names, evaluator: new StaticEvaluator(names), keras, diagnostics: [] };
}
