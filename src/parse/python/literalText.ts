// A value typed by the user (in the preview panel, for an argument the code leaves unresolved),
// read as Python reads a literal expression: numbers with arithmetic, strings, tuples, lists,
// dicts, True/False/None. Names mean nothing here, so any name makes it unresolved.
import { isFullyResolved, type Value } from '../../pipeline/model';
import { loadedGrammar } from '../treeSitter';
import { NameResolver } from './bindings';
import { StaticEvaluator } from './evaluate';
import { SyntaxIndex } from './syntaxIndex';
import { meaningfulChildren } from './syntaxNodes';

/** The literal's value, or undefined when the text is not one (call initParser first). */
export function pythonLiteral(text: string): Value | undefined {
  const grammar = loadedGrammar();
  if (!grammar || text.trim() === '' || text.length > 10_000) return undefined;
  // Parenthesised, so that `0.1, 0.2` is the tuple Python would read after `factor=`.
  const source = `(${text.replace(/\r?\n/g, ' ')}\n)\n`;
  const tree = grammar.parser.parse(source);
  if (!tree) return undefined;
  try {
    const root = tree.rootNode;
    const statements = meaningfulChildren(root);
    if (root.hasError || statements.length !== 1 || statements[0].type !== 'expression_statement') return undefined;
    const expressions = meaningfulChildren(statements[0]);
    if (expressions.length !== 1) return undefined;
    const index = new SyntaxIndex(root);
    const value = new StaticEvaluator(new NameResolver(index, source)).evaluate(expressions[0]);
    return isFullyResolved(value) ? value : undefined;
  } finally {
    tree.delete();
  }
}
