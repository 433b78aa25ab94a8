// Which Keras a file was written for, from its code alone. `layers.experimental.preprocessing`
// only exists in Keras 2 (TF ≤ 2.15), and `tf_keras` is Keras 2 packaged for newer TF;
// everything else gets today's default, Keras 3. Project pins (requirements.txt...) and the
// user's setting are weighed by the callers, which know about the workspace.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { KerasVersionChoice, SourceRange } from '../../pipeline/model';
import { because, phrase, placed } from '../phrases';
import { SyntaxIndex } from './syntaxIndex';
import { wordOffsets } from './syntaxNodes';

export const DEFAULT_KERAS: KerasVersionChoice = { version: 3, ...because(phrase('default')) };

/** Where the evidence is: its line (and notebook cell), as the user sees them. */
export type Place = Pick<SourceRange, 'start' | 'cell'>;
export type Locate = (node: Node) => Place;

/** What the code itself says, or undefined when it says nothing. */
export function detectKerasVersion(ix: SyntaxIndex, text: string, locate: Locate): KerasVersionChoice | undefined {
  return experimentalPreprocessing(ix, text, locate) ?? tfKerasImport(ix, text, locate);
}

/**
 * `os.environ["TF_USE_LEGACY_KERAS"] = "1"` (or setdefault) makes tf.keras Keras 2. It is a
 * string, which the tree-based search skips, so it is read from the raw lines; a line starting
 * with `#` does not count.
 */
export function legacyKerasEnvironment(text: string, locateRow: (row: number) => Place): KerasVersionChoice | undefined {
  const re = /^[ \t]*[^#\n]*TF_USE_LEGACY_KERAS["']\s*(?:\]\s*=|,)\s*["'](?:1|true|True|TRUE)["']/m;
  const m = re.exec(text);
  if (!m) return undefined;
  const row = text.slice(0, m.index).split('\n').length - 1;
  return {
    version: 2,
    ...because(placed(locateRow(row),
      (line) => phrase('sets TF_USE_LEGACY_KERAS, line {0}', line),
      (cell, line) => phrase('sets TF_USE_LEGACY_KERAS, cell {0}, line {1}', cell, line))),
  };
}

/** The import statement a dotted name belongs to, if it is in one. */
function importStatementOf(dotted: Node, ix: SyntaxIndex): Node | undefined {
  let stmt = ix.parentOf(dotted);
  if (stmt?.type === 'aliased_import') stmt = ix.parentOf(stmt);
  return stmt && (stmt.type === 'import_statement' || stmt.type === 'import_from_statement') ? stmt : undefined;
}

/** `….experimental.preprocessing` in code (an attribute or an import), never in a string or comment. */
function experimentalPreprocessing(ix: SyntaxIndex, text: string, locate: Locate): KerasVersionChoice | undefined {
  for (const offset of wordOffsets(text, 'experimental')) {
    const id = ix.identifierAt(offset, 'experimental'.length);
    const holder = id && ix.parentOf(id);
    if (!id || !holder) continue;
    const outer = holder.type === 'attribute' ? ix.parentOf(holder) : null;
    if (outer?.type === 'attribute' && outer.childForFieldName('attribute')?.text === 'preprocessing') {
      return {
        version: 2,
        ...because(placed(locate(id),
          (line) => phrase('uses layers.experimental.preprocessing, line {0}', line),
          (cell, line) => phrase('uses layers.experimental.preprocessing, cell {0}, line {1}', cell, line))),
      };
    }
    if (holder.type === 'dotted_name') {
      const stmt = importStatementOf(holder, ix);
      if (!stmt) continue;
      if (/\bexperimental\s*\.\s*preprocessing\b/.test(holder.text)
        || (stmt.type === 'import_from_statement' && /\bexperimental$/.test(holder.text)
          && stmt.childrenForFieldName('name').some((n) => /^preprocessing\b/.test(n?.text ?? '')))) {
        return {
          version: 2,
          ...because(placed(locate(id),
            (line) => phrase('imports layers.experimental.preprocessing, line {0}', line),
            (cell, line) => phrase('imports layers.experimental.preprocessing, cell {0}, line {1}', cell, line))),
        };
      }
    }
  }
  return undefined;
}

function tfKerasImport(ix: SyntaxIndex, text: string, locate: Locate): KerasVersionChoice | undefined {
  for (const offset of wordOffsets(text, 'tf_keras')) {
    const id = ix.identifierAt(offset, 'tf_keras'.length);
    const dotted = id && ix.parentOf(id);
    const stmt = dotted?.type === 'dotted_name' ? importStatementOf(dotted, ix) : undefined;
    if (id && dotted && stmt && dotted.namedChild(0)?.text === 'tf_keras') {
      return {
        version: 2,
        ...because(placed(locate(id),
          (line) => phrase('imports tf_keras, line {0}', line),
          (cell, line) => phrase('imports tf_keras, cell {0}, line {1}', cell, line))),
      };
    }
  }
  return undefined;
}
