// Static evaluation of argument expressions: literals, containers, arithmetic on known numbers
// and names bound to such values. Whatever is not certain stays { unresolved: <source text> },
// in place, so a tuple with one unknown element keeps its known ones.
import type { Node } from '@vscode/tree-sitter-wasm';
import { ArgValue, isUnresolved, Unresolved } from '../../pipeline/model';
import { NameResolver } from './bindings';
import { floatValue, integerValue, stringValue } from './literals';
import { meaningfulChildren, unparenthesize } from './syntaxNodes';

/** Deep enough for any real expression; bounds the recursion on adversarial input. */
const MAX_DEPTH = 100;

export function unresolved(node: Node): Unresolved {
  return { unresolved: node.text };
}

export class StaticEvaluator {
  /** Bindings being evaluated, to stop on `a = b` / `b = a` style cycles. */
  private readonly inProgress = new Set<number>();

  constructor(private readonly names: NameResolver) {}

  evaluate(node: Node, depth = 0): ArgValue {
    if (depth > MAX_DEPTH) return unresolved(node);
    const d = depth + 1;
    switch (node.type) {
      case 'integer':
        return known(integerValue(node.text), node);
      case 'float':
        return known(floatValue(node.text), node);
      case 'string':
        return known(stringValue(node), node);
      case 'concatenated_string':
        return this.concatenated(node);
      case 'true':
        return true;
      case 'false':
        return false;
      case 'none':
        return null;
      case 'parenthesized_expression': {
        const inner = unparenthesize(node);
        return inner === node ? unresolved(node) : this.evaluate(inner, d);
      }
      case 'tuple':
      case 'list':
      case 'expression_list':
        return this.sequence(node, d);
      case 'dictionary':
        return this.dictionary(node, d);
      case 'unary_operator':
        return this.unary(node, d);
      case 'binary_operator':
        return this.binary(node, d);
      case 'identifier':
        return this.name(node, d);
      case 'attribute':
        return this.tensorflowConstant(node);
      case 'call':
        return this.dictCall(node, d);
      default:
        return unresolved(node);
    }
  }

  private concatenated(node: Node): ArgValue {
    let s = '';
    for (const part of meaningfulChildren(node)) {
      const v = part.type === 'string' ? stringValue(part) : undefined;
      if (v === undefined) return unresolved(node);
      s += v;
    }
    return s;
  }

  private sequence(node: Node, depth: number): ArgValue {
    const items = meaningfulChildren(node);
    if (items.some((i) => i.type === 'list_splat' || i.type === 'parenthesized_list_splat')) return unresolved(node);
    return items.map((i) => this.evaluate(i, depth));
  }

  private dictionary(node: Node, depth: number): ArgValue {
    const out: { [key: string]: ArgValue } = {};
    for (const item of meaningfulChildren(node)) {
      const keyNode = item.type === 'pair' ? item.childForFieldName('key') : null;
      const valueNode = item.type === 'pair' ? item.childForFieldName('value') : null;
      if (!keyNode || !valueNode) return unresolved(node); // `**other`, or a broken pair
      const key = this.evaluate(keyNode, depth);
      // JSON objects only have string keys: {1: ...} cannot be written without changing it.
      if (typeof key !== 'string') return unresolved(node);
      // defineProperty, so a key such as "__proto__" stays an ordinary key.
      Object.defineProperty(out, key, { value: this.evaluate(valueNode, depth), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  /** `dict(fill_mode="constant", fill_value=0.0)`, or `dict({...}, k=v)`: the builtin, on literals. */
  private dictCall(node: Node, depth: number): ArgValue {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    if (!fn || fn.type !== 'identifier' || fn.text !== 'dict' || this.names.resolve(fn).kind !== 'free') return unresolved(node);
    if (!args || args.type !== 'argument_list') return unresolved(node);
    const out: { [key: string]: ArgValue } = {};
    const set = (key: string, value: ArgValue) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    for (const [i, item] of meaningfulChildren(args).entries()) {
      if (item.type === 'keyword_argument') {
        const name = item.childForFieldName('name');
        const value = item.childForFieldName('value');
        if (!name || !value) return unresolved(node);
        set(name.text, this.evaluate(value, depth));
      } else if (i === 0 && item.type === 'dictionary') {
        const base = this.dictionary(item, depth);
        if (isUnresolved(base) || typeof base !== 'object' || base === null || Array.isArray(base)) return unresolved(node);
        for (const [k, v] of Object.entries(base)) set(k, v);
      } else {
        return unresolved(node); // `**other`, an iterable of pairs, a second positional
      }
    }
    return out;
  }

  private unary(node: Node, depth: number): ArgValue {
    const operand = node.childForFieldName('argument');
    const op = node.childForFieldName('operator')?.text ?? node.child(0)?.text;
    if (!operand) return unresolved(node);
    const v = this.evaluate(operand, depth);
    if (typeof v !== 'number') return unresolved(node);
    if (op === '-') return -v;
    if (op === '+') return v;
    return unresolved(node);
  }

  private binary(node: Node, depth: number): ArgValue {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const op = node.childForFieldName('operator')?.text;
    if (!left || !right || !op) return unresolved(node);
    const a = this.evaluate(left, depth);
    const b = this.evaluate(right, depth);
    if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
    if (typeof a !== 'number' || typeof b !== 'number') return unresolved(node);
    return known(arithmetic(op, a, b), node);
  }

  /**
   * TensorFlow's named constants that tf.image calls take: dtypes (`tf.float32`, `tf.dtypes.uint8`)
   * and resize methods (`tf.image.ResizeMethod.BILINEAR`), as the strings TF accepts for them.
   * Only when the first name is an import of tensorflow; anything else stays unresolved.
   */
  private tensorflowConstant(node: Node): ArgValue {
    const parts = node.text.replace(/\s+/g, '').split('.');
    const root = node.descendantForIndex(node.startIndex);
    const r = root && root.type === 'identifier' ? this.names.resolve(root) : undefined;
    if (!r || r.kind !== 'bound' || r.site.kind !== 'import') return unresolved(node);
    const path = [...r.site.module.split('.'), ...parts.slice(1)];
    if (path[0] !== 'tensorflow') return unresolved(node);
    const rest = path.slice(1).filter((p) => p !== 'dtypes');
    if (rest.length === 1 && TF_DTYPES.has(rest[0])) return rest[0];
    if (rest.length === 3 && rest[0] === 'image' && rest[1] === 'ResizeMethod' && RESIZE_METHODS[rest[2]]) return RESIZE_METHODS[rest[2]];
    return unresolved(node);
  }

  private name(node: Node, depth: number): ArgValue {
    const r = this.names.resolve(node);
    if (r.kind !== 'bound' || r.site.kind !== 'assignment') return unresolved(node);
    const site = r.site;
    const key = site.common.identifier.id;
    if (this.inProgress.has(key)) return unresolved(node);
    this.inProgress.add(key);
    try {
      let v: ArgValue = this.evaluate(site.value, depth);
      for (const i of site.path) {
        if (!Array.isArray(v) || i < 0 || i >= v.length) return unresolved(node);
        v = v[i];
      }
      // A whole-value failure reads better as the name the user wrote here.
      return isUnresolved(v) ? unresolved(node) : v;
    } finally {
      this.inProgress.delete(key);
    }
  }
}

const TF_DTYPES = new Set(['float16', 'bfloat16', 'float32', 'float64', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'bool']);

/** tf.image.ResizeMethod's members and the method strings they stand for. */
const RESIZE_METHODS: Readonly<Record<string, string>> = {
  BILINEAR: 'bilinear', NEAREST_NEIGHBOR: 'nearest', BICUBIC: 'bicubic', AREA: 'area',
  LANCZOS3: 'lanczos3', LANCZOS5: 'lanczos5', GAUSSIAN: 'gaussian', MITCHELLCUBIC: 'mitchellcubic',
};

function known(v: string | number | undefined, node: Node): ArgValue {
  return v === undefined ? unresolved(node) : v;
}

/** Python's arithmetic on numbers; undefined where Python raises or leaves the reals. */
export function arithmetic(op: string, a: number, b: number): number | undefined {
  let r: number;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/': if (b === 0) return undefined; r = a / b; break;
    case '//': if (b === 0) return undefined; r = Math.floor(a / b); break;
    case '%': if (b === 0) return undefined; r = a - b * Math.floor(a / b); break;
    case '**': if (a === 0 && b < 0) return undefined; r = a ** b; break;
    default: return undefined;
  }
  return Number.isFinite(r) ? r : undefined;
}
