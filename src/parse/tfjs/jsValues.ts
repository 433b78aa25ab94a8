// Static values of JavaScript/TypeScript expressions in TF.js code: literals, arrays, objects
// (camelCase keys → Keras's snake_case), arithmetic, and `const` names bound to such values.
// Anything else stays { unresolved: <source text> }, as in Python.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { ArgValue } from '../../pipeline/model';
import { arithmetic } from '../python/evaluate';

const MAX_DEPTH = 60;
const MATH: Readonly<Record<string, number>> = { 'Math.PI': Math.PI, 'Math.E': Math.E, 'Math.SQRT2': Math.SQRT2 };

/** `inputShape` → `input_shape`, `cropToAspectRatio` → `crop_to_aspect_ratio`. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Strips what only TypeScript adds: `x as T`, `x!`, `<T>x`, `x satisfies T`, and parentheses. */
export function unwrap(node: Node): Node {
  let n = node;
  for (let k = 0; k < 50; k++) {
    if (n.type === 'parenthesized_expression' || n.type === 'as_expression' || n.type === 'non_null_expression'
      || n.type === 'satisfies_expression' || n.type === 'type_assertion') {
      const inner = n.namedChildren.find((c) => c && c.type !== 'comment' && !c.type.endsWith('type') && c.type !== 'type_arguments');
      if (!inner) return n;
      n = inner;
    } else return n;
  }
  return n;
}

export class JsEvaluator {
  private readonly inProgress = new Set<number>();

  constructor(private readonly constants: (name: Node) => Node | undefined) {}

  evaluate(node: Node, depth = 0, snakeKeys = true): ArgValue {
    const n = unwrap(node);
    const unresolved = { unresolved: n.text };
    if (depth > MAX_DEPTH) return unresolved;
    switch (n.type) {
      case 'number': {
        const v = Number(n.text.replace(/_/g, ''));
        return Number.isFinite(v) ? v : unresolved;
      }
      case 'string': {
        const frag = n.namedChildren.filter((c) => c !== null);
        if (frag.some((c) => c!.type !== 'string_fragment' && c!.type !== 'escape_sequence')) return unresolved;
        try {
          return JSON.parse('"' + frag.map((c) => (c!.type === 'string_fragment' ? c!.text.replace(/"/g, '\\"') : c!.text)).join('') + '"') as string;
        } catch {
          return unresolved;
        }
      }
      case 'template_string':
        return n.namedChildren.some((c) => c && c.type === 'template_substitution') ? unresolved : n.text.slice(1, -1);
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
      case 'undefined':
        return null;
      case 'array':
        return n.namedChildren.filter((c) => c && c.type !== 'comment').map((c) => (c!.type === 'spread_element' ? unresolved : this.evaluate(c!, depth + 1, snakeKeys)));
      case 'object': {
        const out: Record<string, ArgValue> = {};
        for (const pair of n.namedChildren) {
          if (!pair || pair.type === 'comment') continue;
          if (pair.type === 'shorthand_property_identifier') {
            define(out, snakeKeys ? snakeCase(pair.text) : pair.text, this.name(pair, depth));
            continue;
          }
          if (pair.type !== 'pair') return unresolved;
          const keyNode = pair.childForFieldName('key');
          const value = pair.childForFieldName('value');
          if (!keyNode || !value) return unresolved;
          const key = keyNode.type === 'string' ? this.evaluate(keyNode, depth + 1) : keyNode.type === 'property_identifier' || keyNode.type === 'number' ? keyNode.text : undefined;
          if (typeof key !== 'string') return unresolved;
          define(out, snakeKeys ? snakeCase(key) : key, this.evaluate(value, depth + 1, snakeKeys));
        }
        return out;
      }
      case 'unary_expression': {
        const op = n.childForFieldName('operator')?.text;
        const arg = n.childForFieldName('argument');
        const v = arg ? this.evaluate(arg, depth + 1) : unresolved;
        if (typeof v !== 'number') return unresolved;
        return op === '-' ? -v : op === '+' ? v : unresolved;
      }
      case 'binary_expression': {
        const op = n.childForFieldName('operator')?.text;
        const l = n.childForFieldName('left');
        const r = n.childForFieldName('right');
        if (!op || !l || !r) return unresolved;
        const a = this.evaluate(l, depth + 1);
        const b = this.evaluate(r, depth + 1);
        if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
        if (typeof a !== 'number' || typeof b !== 'number') return unresolved;
        // JavaScript's `/` and `%` are not Python's: only + - * / ** share their meaning here.
        const v = op === '%' ? a % b : op === '/' ? (b === 0 ? undefined : a / b) : ['+', '-', '*', '**'].includes(op) ? arithmetic(op, a, b) : undefined;
        return v === undefined || !Number.isFinite(v) ? unresolved : v;
      }
      case 'identifier':
        return this.name(n, depth);
      case 'member_expression':
        // Math's constants are the only members with a value known without running anything.
        return MATH[n.text.replace(/\s+/g, '')] ?? unresolved;
      default:
        return unresolved;
    }
  }

  private name(n: Node, depth: number): ArgValue {
    const value = this.constants(n);
    if (!value || this.inProgress.has(value.id)) return { unresolved: n.text };
    this.inProgress.add(value.id);
    try {
      const v = this.evaluate(value, depth + 1);
      return typeof v === 'object' && v !== null && !Array.isArray(v) && 'unresolved' in v ? { unresolved: n.text } : v;
    } finally {
      this.inProgress.delete(value.id);
    }
  }
}

function define(target: Record<string, ArgValue>, key: string, value: ArgValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
