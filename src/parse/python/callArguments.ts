// A call's arguments as Python would pass them: positional values in order, keywords by name,
// `**dict_of_literals` merged in. What cannot be placed (a `*args` splat, an unknown `**kw`)
// is kept under "*args" / "**kwargs" as unresolved text rather than guessed into a parameter.
import type { Node } from '@vscode/tree-sitter-wasm';
import { ArgValue, isUnresolved } from '../../pipeline/model';
import { StaticEvaluator } from './evaluate';
import { meaningfulChildren } from './syntaxNodes';

export interface CallArguments {
  readonly positional: ArgValue[];
  readonly keywords: Record<string, ArgValue>;
  /** Source text of arguments that could not be placed, by kind. */
  readonly unplaced: { readonly star: string[]; readonly doubleStar: string[] };
}

export function callArguments(call: Node, evaluator: StaticEvaluator): CallArguments {
  const result: CallArguments = { positional: [], keywords: {}, unplaced: { star: [], doubleStar: [] } };
  const args = call.childForFieldName('arguments');
  if (!args) return result;
  // `f(x for x in xs)`: the generator is the single positional argument.
  if (args.type === 'generator_expression') {
    result.positional.push(evaluator.evaluate(args));
    return result;
  }
  let afterStar = false;
  for (const arg of meaningfulChildren(args)) {
    switch (arg.type) {
      case 'keyword_argument': {
        const name = arg.childForFieldName('name');
        const value = arg.childForFieldName('value');
        if (name && value) setKey(result.keywords, name.text, evaluator.evaluate(value));
        break;
      }
      case 'list_splat':
        afterStar = true;
        result.unplaced.star.push(arg.text);
        break;
      case 'dictionary_splat':
        mergeDoubleStar(arg, evaluator, result);
        break;
      case 'ERROR':
        break; // reported as a syntax error; its content has no reliable position among the arguments
      default:
        // After `*xs` the parameter a positional argument lands on is unknown.
        if (afterStar) result.unplaced.star.push(arg.text);
        else result.positional.push(evaluator.evaluate(arg));
    }
  }
  return result;
}

function mergeDoubleStar(arg: Node, evaluator: StaticEvaluator, result: CallArguments): void {
  const inner = meaningfulChildren(arg)[0];
  const value = inner ? evaluator.evaluate(inner) : undefined;
  // A dict literal (or a name bound to one) has known keys; its values may still be unresolved.
  if (value !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value)) {
    for (const [k, v] of Object.entries(value)) setKey(result.keywords, k, v);
  } else result.unplaced.doubleStar.push(arg.text);
}

function setKey(target: Record<string, ArgValue>, key: string, value: ArgValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
