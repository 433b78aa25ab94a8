// Locating things inside a layer call's source text: a string literal's contents, a keyword
// argument, the closing parenthesis. The parser gives the call's range; these find the parts.
import type { LayerCall, SourceRange } from '../pipeline/model';
import type { SourceText } from './sourceText';

export interface CallText {
  readonly text: string;
  /** Offset of the call's first character in the file. */
  readonly start: number;
}

export function callText(source: SourceText, layer: LayerCall): CallText {
  return { text: source.slice(layer.range), start: source.offsetOf(layer.range.start) };
}

/** The range of the contents (inside the quotes) of the first string literal equal to `value`. */
export function stringLiteralRange(source: SourceText, call: CallText, value: string): SourceRange | undefined {
  const open = call.text.indexOf('(');
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(['"])${escaped}\\1`).exec(call.text.slice(open + 1));
  if (open < 0 || !match) return undefined;
  const at = call.start + open + 1 + match.index + 1;
  return source.rangeOf(at, at + value.length);
}

/** The range of a keyword argument's name (`fill_mode` in `fill_mode="x"`). */
export function keywordRange(source: SourceText, call: CallText, name: string): SourceRange | undefined {
  const open = call.text.indexOf('(');
  const match = new RegExp(`[(,\\s]${name}\\s*=(?!=)`).exec(call.text.slice(open));
  if (open < 0 || !match) return undefined;
  const at = call.start + open + match.index + 1;
  return source.rangeOf(at, at + name.length);
}

/** The range of a keyword argument's value text, up to the next top-level comma or the closing parenthesis. */
export function keywordValueRange(source: SourceText, call: CallText, name: string): SourceRange | undefined {
  const key = keywordRange(source, call, name);
  if (!key) return undefined;
  let i = source.offsetOf(key.end) - call.start;
  while (i < call.text.length && call.text[i] !== '=') i++;
  i++;
  while (i < call.text.length && /\s/.test(call.text[i])) i++;
  const from = i;
  let depth = 0;
  let quote: string | undefined;
  for (; i < call.text.length; i++) {
    const c = call.text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) break;
  }
  let to = i;
  while (to > from && /\s/.test(call.text[to - 1])) to--;
  return source.rangeOf(call.start + from, call.start + to);
}

/** An edit adding `text` as the last argument of the call (with a comma when there are others). */
export function appendArgument(source: SourceText, call: CallText, text: string): { range: SourceRange; newText: string } | undefined {
  const close = call.text.lastIndexOf(')');
  if (close < 0) return undefined;
  let before = close - 1;
  while (before >= 0 && /\s/.test(call.text[before])) before--;
  const needsComma = call.text[before] !== '(' && call.text[before] !== ',';
  const at = call.start + before + 1;
  return { range: source.rangeOf(at, at), newText: `${needsComma ? ', ' : ''}${text}` };
}
