// TF.js code (JavaScript or TypeScript, read with tree-sitter) → pipelines:
// `tf.sequential({layers: [...]})`, `model.add(tf.layers.rescaling({...}))`, functional
// `tf.layers.x({...}).apply(input)` chains, and functions calling `tf.image.*` ops. Layer factory
// names and camelCase configs are mapped to Keras's class and parameter names.
import type { Node, Parser } from '@vscode/tree-sitter-wasm';
import { layerKind } from '../../pipeline/catalog';
import type { ArgValue, Diagnostic, KerasVersionChoice, LayerCall, ParsedFile, Pipeline, SourceRange } from '../../pipeline/model';
import { because, phrase, said, statedBy } from '../phrases';
import { sizeFromShape } from '../python/inputSize';
import { JsEvaluator, snakeCase, unwrap } from './jsValues';

/** TF.js 4.22's preprocessing layer factories (tfjs-notes §1). */
const TFJS_IMAGE_FACTORIES = new Set(['rescaling', 'centerCrop', 'resizing', 'randomWidth']);

/** tf.image ops and their parameters after the image, snake_cased. */
const TFJS_IMAGE_OPS: Readonly<Record<string, readonly string[]>> = {
  flipLeftRight: [],
  rotateWithOffset: ['radians', 'fill_value', 'center'],
  resizeBilinear: ['size', 'align_corners', 'half_pixel_centers'],
  resizeNearestNeighbor: ['size', 'align_corners', 'half_pixel_centers'],
  cropAndResize: ['boxes', 'box_ind', 'crop_size', 'method', 'extrapolation_value'],
  transform: ['transforms', 'interpolation', 'fill_mode', 'fill_value', 'output_shape'],
  grayscaleToRGB: [],
  rgbToGrayscale: [],
};

const TFJS_PACKAGE = /^@tensorflow\/tfjs(-node(-gpu)?|-layers|-core)?$/;

/** `centerCrop` → CenterCrop, `conv2d` → Conv2D, `maxPooling2d` → MaxPooling2D. */
export function kerasClassName(factory: string): string {
  return (factory[0]?.toUpperCase() ?? '') + factory.slice(1).replace(/(\d)d(?=[A-Z]|$)/g, '$1D');
}

interface Step {
  readonly layer: LayerCall;
  readonly image: boolean;
}

export function parseTfjsWith(parser: Parser, text: string, file: string, language: 'javascript' | 'typescript', keras?: KerasVersionChoice): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const pipelines: Pipeline[] = [];
  const kerasVersion: KerasVersionChoice = keras ?? { version: 3, ...because(phrase('TF.js layers follow Keras names; version not applicable')) };
  let tree = null;
  try {
    tree = parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    new TfjsFile(tree.rootNode, file, diagnostics).collect(pipelines);
    if (tree.rootNode.hasError) {
      diagnostics.push({ severity: 'error', code: 'syntax-error', ...said(phrase('syntax error: the file does not parse completely; what parses is read')), range: range(tree.rootNode) });
    }
  } catch (err) {
    diagnostics.push({ severity: 'error', code: 'internal-error', ...said(phrase('the parser failed on this file: {0}', err instanceof Error ? err.message : String(err))) });
  } finally {
    tree?.delete();
  }
  return { file, language, kerasVersion, pipelines: pipelines.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column), diagnostics };
}

function range(node: Node): SourceRange {
  return {
    start: { line: node.startPosition.row + 1, column: node.startPosition.column + 1 },
    end: { line: node.endPosition.row + 1, column: node.endPosition.column + 1 },
  };
}

class TfjsFile {
  /** Local names standing for the tf namespace, and names imported from it (`layers` → "layers"). */
  private readonly namespaces = new Set<string>();
  private readonly imported = new Map<string, string>();
  private readonly declarations = new Map<string, Node[]>();
  private readonly calls: Node[] = [];
  private readonly parents = new Map<number, Node>();
  private readonly evaluator: JsEvaluator;
  private readonly steps = new Map<number, Step[]>();

  constructor(private readonly root: Node, private readonly file: string, private readonly diagnostics: Diagnostic[]) {
    this.index(root);
    if (this.namespaces.size === 0 && this.imported.size === 0) this.namespaces.add('tf'); // a <script> using the global tf
    this.evaluator = new JsEvaluator((id) => this.constantValue(id));
  }

  collect(out: Pipeline[]): void {
    const inSequential = new Set<number>();
    const imageGroups = new Map<number, { scope: Node | undefined; steps: Step[] }>();
    const applications: Node[] = [];
    for (const call of this.calls) {
      const path = this.path(call.childForFieldName('function'));
      if (path === 'tf.sequential') {
        const steps = this.sequentialSteps(call);
        steps.forEach((s) => inSequential.add(s.layer.range.start.line * 100000 + s.layer.range.start.column));
        this.push(out, this.nameOf(call, 'sequential'), call, steps, this.declaredSize(steps));
      } else if (path?.startsWith('tf.image.')) {
        const op = path.slice('tf.image.'.length);
        if (!(op in TFJS_IMAGE_OPS)) continue;
        const scope = this.functionOf(call);
        const key = scope?.id ?? -1;
        let g = imageGroups.get(key);
        if (!g) imageGroups.set(key, (g = { scope, steps: [] }));
        g.steps.push({ image: true, layer: this.imageOp(call, op), end: call.endIndex } as Step);
      } else if (path?.startsWith('tf.layers.')) {
        const parent = this.parents.get(call.id);
        const grand = parent && this.parents.get(parent.id);
        if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.text === 'apply' && grand?.type === 'call_expression') applications.push(grand);
      }
    }
    this.chains(applications, out);
    for (const g of imageGroups.values()) {
      // Evaluation order: a call ends after the calls nested in its arguments.
      g.steps.sort((a, b) => ((a as { end?: number }).end ?? 0) - ((b as { end?: number }).end ?? 0));
      const name = (g.scope && this.functionName(g.scope)) ?? `<tf.image>@${g.steps[0].layer.range.start.line}`;
      this.push(out, name, g.scope ?? this.root, g.steps, undefined, 'tfjs');
    }
  }

  private push(out: Pipeline[], name: string, node: Node, steps: Step[], inputSize: Pipeline['inputSize'], kind: Pipeline['kind'] = 'tfjs'): void {
    const layers = steps.filter((s) => s.image).map((s) => s.layer);
    if (layers.length === 0) return;
    out.push({ name, file: this.file, range: range(node), layers, otherLayers: steps.filter((s) => !s.image).map((s) => s.layer), kind, ...(inputSize ? { inputSize } : {}), uses: [] });
  }

  /** The layers of `tf.sequential({layers: [...]})` plus the `.add(...)` calls on its variable. */
  private sequentialSteps(call: Node): Step[] {
    const known = this.steps.get(call.id);
    if (known) return known;
    this.steps.set(call.id, []); // a cycle reads as empty
    const steps: Step[] = [];
    const config = this.args(call)[0];
    const layers = config && unwrap(config).type === 'object' ? this.property(unwrap(config), 'layers') : undefined;
    if (layers && unwrap(layers).type === 'array') {
      for (const el of unwrap(layers).namedChildren) if (el && el.type !== 'comment') steps.push(...this.element(el));
    }
    const variable = this.assignedName(call);
    if (variable) {
      for (const c of this.calls) {
        const fn = c.childForFieldName('function');
        if (fn?.type === 'member_expression' && fn.childForFieldName('property')?.text === 'add' && unwrap(fn.childForFieldName('object')!).text === variable && c.startIndex > call.startIndex) {
          const arg = this.args(c)[0];
          if (arg) steps.push(...this.element(arg));
        }
      }
    }
    this.steps.set(call.id, steps);
    return steps;
  }

  /** `seen`: the names already followed, so `const a = b; const b = a;` cannot loop. */
  private element(node: Node, seen: ReadonlySet<string> = new Set()): Step[] {
    const n = unwrap(node);
    if (n.type === 'identifier') {
      const value = seen.has(n.text) ? undefined : this.constantValue(n);
      if (!value) return [];
      const inner = unwrap(value);
      if (inner.type === 'call_expression' && this.path(inner.childForFieldName('function')) === 'tf.sequential') {
        return this.sequentialSteps(inner).map((s) => ({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? n.text } }));
      }
      return this.element(inner, new Set([...seen, n.text]));
    }
    if (n.type !== 'call_expression') return [];
    const path = this.path(n.childForFieldName('function'));
    if (path === 'tf.sequential') return this.sequentialSteps(n).map((s) => ({ image: s.image, layer: { ...s.layer, from: s.layer.from ?? this.nameOf(n, 'sequential') } }));
    if (!path?.startsWith('tf.layers.')) return [];
    return [this.layerStep(n, path.slice('tf.layers.'.length))];
  }

  private layerStep(call: Node, factory: string): Step {
    const className = kerasClassName(factory);
    const config = this.args(call)[0];
    const value = config ? this.evaluator.evaluate(config) : {};
    const args: Record<string, ArgValue> = value && typeof value === 'object' && !Array.isArray(value) && !('unresolved' in value) ? { ...value } : config ? { config: value } : {};
    const image = layerKind(className) === 'image';
    const r = range(call);
    if (image && !TFJS_IMAGE_FACTORIES.has(factory)) {
      this.diagnostics.push({ severity: 'warning', code: 'unavailable-layer', ...said(phrase('TF.js 4.22 has no tf.layers.{0}; {1} exists only in Keras', factory, className)), range: r });
    }
    return { image, layer: { className, callee: `tf.layers.${factory}`, range: r, args, kind: 'tfjs' } };
  }

  private imageOp(call: Node, op: string): LayerCall {
    const names = TFJS_IMAGE_OPS[op];
    const args: Record<string, ArgValue> = {};
    this.args(call).slice(1).forEach((a, i) => {
      if (i < names.length) args[names[i]] = this.evaluator.evaluate(a);
    });
    return { className: `tf.image.${op}`, callee: `tf.image.${op}`, range: range(call), args, kind: 'tfjs' };
  }

  /** `layer.apply(x)` calls linked through their inputs; each chain with an image layer is a pipeline. */
  private chains(applications: Node[], out: Pipeline[]): void {
    const byId = new Map(applications.map((a) => [a.id, a]));
    const consumed = new Set<number>();
    const previous = (app: Node): Node | undefined => {
      const input = this.args(app)[0];
      let n: Node | undefined = input && unwrap(input);
      if (n?.type === 'identifier') {
        const value = this.constantValue(n);
        n = value && unwrap(value);
      }
      return n && byId.has(n.id) ? n : undefined;
    };
    for (const app of applications) {
      const p = previous(app);
      if (p) consumed.add(p.id);
    }
    for (const last of applications.filter((a) => !consumed.has(a.id))) {
      const chain: Node[] = [];
      for (let a: Node | undefined = last; a && chain.length < 500 && !chain.includes(a); a = previous(a)) chain.unshift(a);
      const steps = chain.map((a) => {
        const factoryCall = unwrap(a.childForFieldName('function')!.childForFieldName('object')!);
        return this.layerStep(factoryCall, this.path(factoryCall.childForFieldName('function'))!.slice('tf.layers.'.length));
      });
      const scope = this.functionOf(chain[0]);
      this.push(out, (scope && this.functionName(scope)) ?? `<functional>@${range(chain[0]).start.line}`, chain[0], steps, this.declaredSize(steps));
    }
  }

  private declaredSize(steps: Step[]): Pipeline['inputSize'] {
    for (const { layer } of steps) {
      const size = sizeFromShape(layer.args.input_shape) ?? sizeFromShape(layer.args.batch_input_shape, true);
      if (size) return { ...size, ...statedBy(phrase('inputShape of {0} (line {1})', layer.className, layer.range.start.line)), range: layer.range };
    }
    return undefined;
  }

  /** "tf.layers.rescaling" for `tf.layers.rescaling`, `layers.rescaling` (imported), `L.rescaling` (L = tf.layers). */
  /** `seen`: the names already followed, so `const m = m.add` (in broken code) cannot loop. */
  private path(fn: Node | null, seen: ReadonlySet<string> = new Set()): string | undefined {
    if (!fn) return undefined;
    const parts: string[] = [];
    let n: Node | null = unwrap(fn);
    while (n && n.type === 'member_expression') {
      parts.unshift(n.childForFieldName('property')?.text ?? '');
      n = n.childForFieldName('object');
      n = n && unwrap(n);
    }
    if (!n || n.type !== 'identifier') return undefined;
    if (this.namespaces.has(n.text)) return ['tf', ...parts].join('.');
    const imported = this.imported.get(n.text);
    if (imported) return ['tf', imported, ...parts].join('.');
    if (seen.has(n.text)) return undefined;
    const alias = this.constantValue(n);
    if (alias && parts.length > 0 && (unwrap(alias).type === 'member_expression' || unwrap(alias).type === 'identifier') && unwrap(alias).id !== n.id) {
      const base = this.path(alias, new Set([...seen, n.text]));
      return base ? [base, ...parts].join('.') : undefined;
    }
    return undefined;
  }

  private args(call: Node): Node[] {
    const list = call.childForFieldName('arguments');
    return list ? (list.namedChildren.filter((c) => c && c.type !== 'comment') as Node[]) : [];
  }

  private property(object: Node, key: string): Node | undefined {
    for (const pair of object.namedChildren) {
      if (pair?.type === 'pair' && pair.childForFieldName('key')?.text.replace(/['"]/g, '') === key) return pair.childForFieldName('value') ?? undefined;
    }
    return undefined;
  }

  /** The value of a name declared once (`const`, or a `let`/`var` never assigned again). */
  private constantValue(id: Node): Node | undefined {
    const decls = this.declarations.get(id.text);
    if (!decls || decls.length !== 1) return undefined;
    return decls[0].childForFieldName('value') ?? undefined;
  }

  private assignedName(call: Node): string | undefined {
    const parent = this.parents.get(call.id);
    if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
    if (parent?.type === 'assignment_expression') return parent.childForFieldName('left')?.text;
    return undefined;
  }

  private nameOf(call: Node, what: string): string {
    const variable = this.assignedName(call);
    if (variable) return variable;
    const config = this.args(call)[0];
    const name = config && unwrap(config).type === 'object' ? this.property(unwrap(config), 'name') : undefined;
    const v = name && this.evaluator.evaluate(name);
    if (typeof v === 'string') return v;
    return `<${what}>@${range(call).start.line}`;
  }

  private functionOf(node: Node): Node | undefined {
    for (let n = this.parents.get(node.id); n; n = this.parents.get(n.id)) {
      if (n.type === 'function_declaration' || n.type === 'method_definition' || n.type === 'function_expression' || n.type === 'function' || n.type === 'arrow_function' || n.type === 'generator_function_declaration') {
        // An arrow inside a named function (tf.tidy(() => ...)) belongs to that function.
        const outer = this.functionOf(n);
        if (n.type === 'arrow_function' && outer && !this.functionName(n)) return outer;
        return n;
      }
    }
    return undefined;
  }

  private functionName(fn: Node): string | undefined {
    const own = fn.childForFieldName('name');
    if (own) return own.text;
    const parent = this.parents.get(fn.id);
    if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
    if (parent?.type === 'pair') return parent.childForFieldName('key')?.text;
    return undefined;
  }

  /** One walk: parents, calls, declarations and the imports of TF.js. */
  private index(root: Node): void {
    const stack: Node[] = [root];
    let visited = 0;
    while (stack.length > 0 && visited++ < 2_000_000) {
      const n = stack.pop()!;
      switch (n.type) {
        case 'call_expression':
          this.calls.push(n);
          this.requireOf(n);
          break;
        case 'variable_declarator': {
          const name = n.childForFieldName('name');
          if (name?.type === 'identifier') this.declarations.set(name.text, [...(this.declarations.get(name.text) ?? []), n]);
          break;
        }
        case 'assignment_expression': {
          const left = n.childForFieldName('left');
          // A reassigned `let` is no constant: record a second declaration to say so.
          if (left?.type === 'identifier') this.declarations.set(left.text, [...(this.declarations.get(left.text) ?? []), n]);
          break;
        }
        case 'import_statement':
          this.importOf(n);
          break;
      }
      for (let i = n.namedChildCount - 1; i >= 0; i--) {
        const c = n.namedChild(i);
        if (c) {
          this.parents.set(c.id, n);
          stack.push(c);
        }
      }
    }
    this.calls.sort((a, b) => a.startIndex - b.startIndex);
  }

  private importOf(stmt: Node): void {
    const source = stmt.childForFieldName('source');
    const from = source?.text.replace(/^['"]|['"]$/g, '') ?? '';
    if (!TFJS_PACKAGE.test(from)) return;
    const clause = stmt.namedChildren.find((c) => c?.type === 'import_clause');
    for (const part of clause?.namedChildren ?? []) {
      if (!part) continue;
      if (part.type === 'namespace_import' || part.type === 'identifier') {
        const id = part.type === 'identifier' ? part : part.namedChildren.find((c) => c?.type === 'identifier');
        if (id) this.namespaces.add(id.text);
      } else if (part.type === 'named_imports') {
        for (const spec of part.namedChildren) {
          if (spec?.type !== 'import_specifier') continue;
          const name = spec.childForFieldName('name')?.text;
          const alias = spec.childForFieldName('alias')?.text ?? name;
          if (name && alias) this.imported.set(alias, name);
        }
      }
    }
  }

  /** `const tf = require('@tensorflow/tfjs')`, `const {layers} = require(...)`. */
  private requireOf(call: Node): void {
    if (call.childForFieldName('function')?.text !== 'require') return;
    const arg = this.args(call)[0];
    if (!arg || !TFJS_PACKAGE.test(arg.text.replace(/^['"`]|['"`]$/g, ''))) return;
    const decl = this.parents.get(call.id);
    const name = decl?.type === 'variable_declarator' ? decl.childForFieldName('name') : null;
    if (name?.type === 'identifier') this.namespaces.add(name.text);
    else if (name?.type === 'object_pattern') {
      for (const p of name.namedChildren) {
        if (p?.type === 'shorthand_property_identifier_pattern') this.imported.set(p.text, p.text);
        else if (p?.type === 'pair_pattern') {
          const key = p.childForFieldName('key')?.text;
          const value = p.childForFieldName('value')?.text;
          if (key && value) this.imported.set(value, key);
        }
      }
    }
  }
}

export { snakeCase };
