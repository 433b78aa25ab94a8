// Where a name used in the code got its value, found statically: the assignment, import,
// parameter, loop variable... that binds it, following Python's scoping rules closely enough
// that a constant is only resolved when control flow cannot change it.
//
// Bindings are found lazily per name: a text search for the word, confirmed against the tree
// (which is what rules out strings and comments), so a lookup costs what the name's
// occurrences cost, not a walk of the whole file.
import type { Node } from '@vscode/tree-sitter-wasm';
import { mayBindAt } from './relevance';
import { SyntaxIndex } from './syntaxIndex';
import { contains, meaningfulChildren, sameNode } from './syntaxNodes';

export type BindingSite =
  /** `name = value`, possibly through unpacking: `path` indexes into the value's evaluation. */
  | { readonly kind: 'assignment'; readonly value: Node; readonly path: readonly number[]; readonly common: SiteCommon }
  /** `import a.b as name`, `from a import name`: `module` is the dotted path the name stands for. */
  | { readonly kind: 'import'; readonly module: string; readonly common: SiteCommon }
  /** `name += value`: changes the value bound before (a list grown in place, a number). */
  | { readonly kind: 'augmented'; readonly statement: Node; readonly common: SiteCommon }
  /** Parameters, loop variables, `with … as`, `def`, `del`...: a value we do not follow. */
  | { readonly kind: 'other'; readonly common: SiteCommon };

export interface SiteCommon {
  readonly name: string;
  readonly identifier: Node;
  /** The function, lambda, class, comprehension or module the name is bound in. */
  readonly scope: Node;
  /** The statement list directly holding the binding: a `block` or the module. */
  readonly block: Node;
  /** Offset after which the binding is in effect. */
  readonly effectiveAt: number;
}

export type Resolution =
  | { readonly kind: 'bound'; readonly site: BindingSite }
  /** No binding is visible: a builtin, a wildcard import, or a global from elsewhere (a notebook). */
  | { readonly kind: 'free' }
  /** Bound, but which binding applies depends on control flow (or happens after the use). */
  | { readonly kind: 'ambiguous' };

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern']);
const PARAMETER_LISTS = new Set(['parameters', 'lambda_parameters']);

export class NameResolver {
  private readonly sites = new Map<string, BindingSite[]>();
  /** Resolutions by identifier node id (×2, +1 when skipping `+=`): the same names are asked about often. */
  private readonly resolved = new Map<number, Resolution>();
  private readonly chains = new Map<number, Node[]>();

  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly index: SyntaxIndex,
    private readonly text: string,
  ) {}

  /** A per-file cache for results derived from names (callee descriptions...), keyed by kind and node. */
  memo<T>(kind: string, id: number): { readonly has: boolean; readonly value: T; set(v: T): T } {
    const key = `${kind}:${id}`;
    const memos = this.memos;
    return { has: memos.has(key), value: memos.get(key) as T, set: (v: T) => (memos.set(key, v), v) };
  }

  /**
   * Which binding gives `identifier` its value at that point of the program. With
   * `skipAugmented`, `x += ...` counts as changing x's value rather than binding it anew (the
   * caller then reads those changes itself).
   */
  resolve(identifier: Node, skipAugmented = false): Resolution {
    const key = identifier.id * 2 + (skipAugmented ? 1 : 0);
    let r = this.resolved.get(key);
    if (!r) {
      r = this.resolveUncached(identifier, skipAugmented);
      this.resolved.set(key, r);
    }
    return r;
  }

  private resolveUncached(identifier: Node, skipAugmented: boolean): Resolution {
    const name = identifier.text;
    const all = this.bindingsOf(name);
    const sites = skipAugmented ? all.filter((s) => s.kind !== 'augmented') : all;
    if (sites.length === 0) return { kind: 'free' };
    // The common case (`import tensorflow as tf`, `IMG = 180` once at module level, used later):
    // one unconditional module binding before the use, and none anywhere else to shadow it.
    const only = sites[0];
    if (sites.length === 1 && sameNode(only.common.block, this.index.root) && only.common.effectiveAt <= identifier.startIndex) {
      return { kind: 'bound', site: only };
    }
    const scopes = this.scopesOf(identifier);
    const byScope = this.sitesByScope(name, skipAugmented, sites);
    for (let k = 0; k < scopes.length; k++) {
      const scope = scopes[k];
      // Names bound in a class body are invisible to the functions inside it.
      if (k > 0 && scope.type === 'class_definition') continue;
      const here = byScope.get(scope.id);
      if (!here) continue;
      if (k === 0) {
        // Same scope: program order decides. The last binding before the use applies only
        // if its statement list also holds the use (otherwise an `if` or a loop may skip it).
        const last = lastBefore(here, identifier.startIndex);
        if (!last) return { kind: 'ambiguous' };
        return contains(last.common.block, identifier) ? { kind: 'bound', site: last } : { kind: 'ambiguous' };
      }
      // An enclosing scope is read when the function runs, later: only a single,
      // unconditional binding is certain.
      if (here.length === 1 && sameNode(here[0].common.block, scopeBody(scope))) return { kind: 'bound', site: here[0] };
      return { kind: 'ambiguous' };
    }
    return { kind: 'free' };
  }

  /**
   * Where the next binding of the same name in the same scope takes effect (Infinity if none):
   * occurrences after it cannot refer to `site` from that scope, so searches can stop there.
   */
  nextBindingAfter(site: BindingSite): number {
    const group = this.sitesByScope(site.common.name, true, this.bindingsOf(site.common.name).filter((s) => s.kind !== 'augmented')).get(site.common.scope.id) ?? [];
    const next = group.find((s) => s.common.effectiveAt > site.common.effectiveAt);
    return next ? next.common.effectiveAt : Infinity;
  }

  /** A name's sites grouped by scope, each group ordered by when it takes effect (once per name). */
  private sitesByScope(name: string, skipAugmented: boolean, sites: readonly BindingSite[]): Map<number, BindingSite[]> {
    const memo = this.memo<Map<number, BindingSite[]>>(`byScope:${skipAugmented}:${name}`, 0);
    if (memo.has) return memo.value;
    const groups = new Map<number, BindingSite[]>();
    for (const site of sites) {
      const g = groups.get(site.common.scope.id);
      if (g) g.push(site);
      else groups.set(site.common.scope.id, [site]);
    }
    for (const g of groups.values()) g.sort((a, b) => a.common.effectiveAt - b.common.effectiveAt);
    return memo.set(groups);
  }

  /** scopeChain(node), remembered for every node on the way up so neighbours share the walk. */
  private scopesOf(node: Node): Node[] {
    const ix = this.index;
    const path: Node[] = [];
    let chain: Node[] = [];
    for (let n: Node | null = node; n; n = ix.parentOf(n)) {
      const known = this.chains.get(n.id);
      if (known) {
        chain = known;
        break;
      }
      path.push(n);
    }
    // Down again: a node sees its parent's scopes, plus the parent when the parent scopes it.
    for (let i = path.length - 1; i >= 0; i--) {
      const p = ix.parentOf(path[i]);
      chain = p ? (isScopeOf(p, path[i]) ? [p, ...chain] : chain) : [];
      this.chains.set(path[i].id, chain);
    }
    return chain.length === 0 ? [ix.root] : chain;
  }

  /** Every place in the file that binds `name`, in source order. */
  bindingsOf(name: string): readonly BindingSite[] {
    let found = this.sites.get(name);
    if (!found) {
      found = [];
      for (const offset of this.index.offsetsOf(this.text, name)) {
        // Most occurrences are uses (`layers.RandomFlip`): the text around says so without the tree.
        if (!mayBindAt(this.text, offset, offset + name.length)) continue;
        const id = this.index.identifierAt(offset, name.length);
        const site = id && bindingAt(id, this.index);
        if (site) found.push(site);
      }
      this.sites.set(name, found);
    }
    return found;
  }
}

/** The last site taking effect at or before `offset` in a list ordered by effectiveAt. */
function lastBefore(sites: readonly BindingSite[], offset: number): BindingSite | undefined {
  let lo = 0;
  let hi = sites.length - 1;
  let found: BindingSite | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sites[mid].common.effectiveAt <= offset) {
      found = sites[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The scopes a use sees, innermost first, ending with the module. */
export function scopeChain(node: Node, ix: SyntaxIndex, onlyInnermost = false): Node[] {
  const chain: Node[] = [];
  let child: Node = node;
  for (let n = ix.parentOf(node); n; child = n, n = ix.parentOf(n)) {
    if (isScopeOf(n, child)) {
      chain.push(n);
      if (onlyInnermost) break;
    }
  }
  if (chain.length === 0) chain.push(ix.root);
  return chain;
}

function isScopeOf(n: Node, child: Node): boolean {
  const type = n.type;
  if (type === 'module' || COMPREHENSIONS.has(type)) return true;
  // Default values, decorators and base classes are evaluated in the enclosing scope.
  if (type === 'function_definition' || type === 'class_definition' || type === 'lambda') return sameNode(n.childForFieldName('body'), child);
  return false;
}

/** The statement list that runs unconditionally when a scope runs. */
function scopeBody(scope: Node): Node | null {
  return scope.type === 'module' || COMPREHENSIONS.has(scope.type) ? scope : scope.childForFieldName('body');
}

/** The nearest statement list (or scope node) holding `node`. */
function blockOf(node: Node, ix: SyntaxIndex): Node {
  for (let n = ix.parentOf(node); n; n = ix.parentOf(n)) {
    if (n.type === 'block' || n.type === 'module' || COMPREHENSIONS.has(n.type)) return n;
  }
  return ix.root;
}

function common(identifier: Node, scopeFrom: Node, block: Node, effectiveAt: number, ix: SyntaxIndex): SiteCommon {
  let scope = scopeChain(scopeFrom, ix, true)[0];
  // `global NAME` in a function: its assignments bind the module's NAME (whenever it runs).
  if (scope.type === 'function_definition' && declaresGlobal(scope, identifier.text)) scope = ix.root;
  return { name: identifier.text, identifier, scope, block, effectiveAt };
}

function declaresGlobal(fn: Node, name: string): boolean {
  const text = fn.text;
  if (!text.includes('global')) return false;
  const escaped = name.replace(/[$]/g, '\\$&');
  return new RegExp(`(^|\\n)[ \\t]*global[ \\t]+([\\w \\t,]*,[ \\t]*)?${escaped}\\b`).test(text);
}

function other(identifier: Node, ix: SyntaxIndex, effectiveAt = identifier.endIndex): BindingSite {
  return { kind: 'other', common: common(identifier, identifier, blockOf(identifier, ix), effectiveAt, ix) };
}

/** The outermost of a chain `a = b = value`, whose end is when every name in it is bound. */
function statementOf(assignment: Node, ix: SyntaxIndex): Node {
  let n = assignment;
  for (let p = ix.parentOf(n); p && p.type === 'assignment' && sameNode(p.childForFieldName('right'), n); p = ix.parentOf(n)) n = p;
  return n;
}

/** The value assigned by `a = b = value`: the last right-hand side. */
function finalValue(node: Node): Node {
  let n = node;
  for (let right = n.childForFieldName('right'); n.type === 'assignment' && right; right = n.childForFieldName('right')) n = right;
  return n;
}

/** If `identifier` is bound at this occurrence, how. */
export function bindingAt(identifier: Node, ix: SyntaxIndex): BindingSite | undefined {
  const parent = ix.parentOf(identifier);
  if (!parent) return undefined;
  const field = (name: string) => sameNode(parent.childForFieldName(name), identifier);
  switch (parent.type) {
    case 'assignment': {
      if (!field('left')) return undefined;
      const right = parent.childForFieldName('right');
      if (!right) return undefined; // `x: int` annotates, it does not bind
      const stmt = statementOf(parent, ix);
      return { kind: 'assignment', value: finalValue(right), path: [], common: common(identifier, identifier, blockOf(stmt, ix), stmt.endIndex, ix) };
    }
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
      return unpackingBinding(identifier, ix);
    case 'augmented_assignment':
      if (!field('left')) return undefined;
      return { kind: 'augmented', statement: parent, common: other(identifier, ix, parent.endIndex).common };
    case 'named_expression':
      return field('name') ? other(identifier, ix, parent.endIndex) : undefined;
    case 'for_statement':
    case 'for_in_clause':
      return field('left') ? other(identifier, ix) : undefined;
    case 'as_pattern_target':
    case 'delete_statement':
      return other(identifier, ix);
    case 'function_definition':
    case 'class_definition':
      if (!field('name')) return undefined;
      return { kind: 'other', common: common(identifier, parent, blockOf(parent, ix), parent.endIndex, ix) };
    case 'aliased_import':
      return field('alias') ? importBinding(identifier, parent, parent.childForFieldName('name'), ix) : undefined;
    case 'dotted_name':
      return dottedImportBinding(identifier, parent, ix);
    default:
      return parameterBinding(identifier, parent, ix);
  }
}

/** `a, (b, c) = 1, (2, 3)`: the element of the value this name receives. */
function unpackingBinding(identifier: Node, ix: SyntaxIndex): BindingSite | undefined {
  const path: number[] = [];
  let n: Node = identifier;
  for (let p = ix.parentOf(n); p && PATTERNS.has(p.type); p = ix.parentOf(n)) {
    const siblings = meaningfulChildren(p);
    if (siblings.some((c) => c.type === 'list_splat_pattern')) return other(identifier, ix);
    path.unshift(siblings.findIndex((c) => sameNode(c, n)));
    n = p;
  }
  const holder = ix.parentOf(n);
  if (!holder) return undefined;
  if (holder.type === 'assignment' && sameNode(holder.childForFieldName('left'), n)) {
    const right = holder.childForFieldName('right');
    if (!right) return undefined;
    const stmt = statementOf(holder, ix);
    return { kind: 'assignment', value: finalValue(right), path, common: common(identifier, identifier, blockOf(stmt, ix), stmt.endIndex, ix) };
  }
  if (holder.type === 'for_statement' || holder.type === 'for_in_clause' || holder.type === 'as_pattern_target'
    || holder.type === 'augmented_assignment' || holder.type === 'delete_statement') {
    return other(identifier, ix);
  }
  return undefined;
}

function importBinding(identifier: Node, nameHolder: Node, imported: Node | null, ix: SyntaxIndex): BindingSite | undefined {
  const stmt = nameHolder.type === 'aliased_import' ? ix.parentOf(nameHolder) : nameHolder;
  if (!stmt || !imported) return undefined;
  let module = imported.text;
  if (stmt.type === 'import_from_statement') {
    const from = stmt.childForFieldName('module_name');
    if (!from) return undefined;
    // `from . import x` is `.x`, `from a import x` is `a.x`.
    module = from.text.endsWith('.') ? `${from.text}${module}` : `${from.text}.${module}`;
  } else if (stmt.type !== 'import_statement') return undefined;
  return { kind: 'import', module: module.replace(/\s+/g, ''), common: common(identifier, stmt, blockOf(stmt, ix), stmt.endIndex, ix) };
}

/** `import a.b.c` binds `a`; `from m import a` binds `a`. The module path never binds. */
function dottedImportBinding(identifier: Node, dotted: Node, ix: SyntaxIndex): BindingSite | undefined {
  const stmt = ix.parentOf(dotted);
  if (!stmt) return undefined;
  const isName = stmt.childrenForFieldName('name').some((c) => sameNode(c, dotted));
  if (!isName) return undefined;
  if (stmt.type === 'import_statement') {
    if (!sameNode(dotted.namedChild(0), identifier)) return undefined;
    return { kind: 'import', module: identifier.text, common: common(identifier, stmt, blockOf(stmt, ix), stmt.endIndex, ix) };
  }
  if (stmt.type === 'import_from_statement') return importBinding(identifier, stmt, dotted, ix);
  return undefined;
}

/** Parameters shadow everything outside their function, whatever their default. */
function parameterBinding(identifier: Node, parent: Node, ix: SyntaxIndex): BindingSite | undefined {
  let holder: Node | null = parent;
  if (holder.type === 'default_parameter' || holder.type === 'typed_default_parameter') {
    if (!sameNode(holder.childForFieldName('name'), identifier)) return undefined;
    holder = ix.parentOf(holder);
  } else if (holder.type === 'typed_parameter' || holder.type === 'list_splat_pattern' || holder.type === 'dictionary_splat_pattern') {
    if (!sameNode(holder.namedChild(0), identifier)) return undefined;
    holder = ix.parentOf(holder);
    if (holder && holder.type === 'typed_parameter') holder = ix.parentOf(holder);
    // `a, *rest = ...` and `for *xs in ...`: bound, to a value we do not follow.
    if (holder && (PATTERNS.has(holder.type) || holder.type === 'assignment' || holder.type === 'for_statement')) return other(identifier, ix);
  }
  if (!holder || !PARAMETER_LISTS.has(holder.type)) return undefined;
  const fn = ix.parentOf(holder);
  const body = fn?.childForFieldName('body');
  if (!fn || !body) return undefined;
  return { kind: 'other', common: { name: identifier.text, identifier, scope: fn, block: body, effectiveAt: body.startIndex } };
}
