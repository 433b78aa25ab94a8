// Loads web-tree-sitter and the Python grammar once. The wasm files sit in <bundle dir>/wasm/
// when esbuild bundled us (scripts/build.mjs copies them there), or in the installed package
// when we run unbundled from out/ (tests).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';

const RUNTIME_WASM = 'tree-sitter.wasm';
const PYTHON_WASM = 'tree-sitter-python.wasm';
/** TF.js code: JavaScript, TypeScript and TSX grammars, loaded with Python. */
const SCRIPT_WASMS = { javascript: 'tree-sitter-javascript.wasm', typescript: 'tree-sitter-typescript.wasm', tsx: 'tree-sitter-tsx.wasm' } as const;
export type ScriptLanguage = keyof typeof SCRIPT_WASMS;

export interface TreeSitterOptions {
  /** A folder holding tree-sitter.wasm and the grammars' wasm files; found automatically when omitted. */
  readonly wasmDir?: string;
}

export interface LoadedGrammar {
  readonly parser: Parser;
  readonly python: Language;
  /** One parser per script grammar, so each keeps its language set. */
  readonly scripts: Readonly<Record<ScriptLanguage, Parser>>;
}

let loading: Promise<LoadedGrammar> | undefined;
let loaded: LoadedGrammar | undefined;

/** The folders where the wasm files may be, most specific first. */
export function wasmDirCandidates(fromDir: string = __dirname): string[] {
  const dirs = [join(fromDir, 'wasm')];
  // Unbundled, this file is out/src/parse/: walk up to the node_modules that holds the package.
  for (let dir = fromDir; ; dir = dirname(dir)) {
    dirs.push(join(dir, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'));
    if (dirname(dir) === dir) break;
  }
  return dirs;
}

export function findWasmDir(options: TreeSitterOptions = {}): string {
  const candidates = options.wasmDir ? [options.wasmDir] : wasmDirCandidates();
  const found = candidates.find((d) => existsSync(join(d, RUNTIME_WASM)) && existsSync(join(d, PYTHON_WASM)));
  if (!found) throw new Error(`tree-sitter wasm files not found (looked in ${candidates.slice(0, 3).join(', ')}, ...)`);
  return found;
}

async function load(options: TreeSitterOptions): Promise<LoadedGrammar> {
  const dir = findWasmDir(options);
  await Parser.init({ locateFile: (file: string) => join(dir, file) });
  const python = await Language.load(join(dir, PYTHON_WASM));
  const parser = new Parser();
  parser.setLanguage(python);
  const scripts = {} as Record<ScriptLanguage, Parser>;
  for (const [lang, wasm] of Object.entries(SCRIPT_WASMS) as [ScriptLanguage, string][]) {
    const p = new Parser();
    p.setLanguage(await Language.load(join(dir, wasm)));
    scripts[lang] = p;
  }
  return { parser, python, scripts };
}

/** Idempotent: every caller shares one load; a failed load may be retried. */
export function initTreeSitter(options: TreeSitterOptions = {}): Promise<LoadedGrammar> {
  if (!loading) {
    loading = load(options).then(
      (g) => (loaded = g),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    );
  }
  return loading;
}

/** The loaded grammar, or undefined before initTreeSitter() has finished. */
export function loadedGrammar(): LoadedGrammar | undefined {
  return loaded;
}
