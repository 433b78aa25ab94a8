// The project's parser as compiled by `npm run compile` (out/src/parse), loaded at run time: the
// quick-fix test checks that a rewritten file parses to the same pipeline, with the parser itself
// rather than the extension's reading of it. Loaded by path, not imported, so compiling this
// suite (tsc -p test/e2e) does not compile the parser, which others may be changing meanwhile.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/paths';

/** The part of the parser's result these tests compare. */
export interface ParsedPipelines {
  kerasVersion: { version: number; reason: string };
  pipelines: { name: string; layers: { className: string; args: Record<string, unknown> }[]; inputSize?: { height: number; width: number } }[];
}

interface ParserModule {
  initParser(): Promise<void>;
  parsePythonSource(text: string, fileName: string): ParsedPipelines;
}

const entry = path.join(repoRoot, 'out', 'src', 'parse', 'index.js');

export async function compiledParser(): Promise<ParserModule> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run compile\` (tsc -p .) first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parser = require(entry) as ParserModule;
  // Unbundled, initParser() finds the tree-sitter wasm files in node_modules/@vscode/tree-sitter-wasm.
  await parser.initParser();
  return parser;
}

/** Pipelines as names, layers and their arguments: what "the same pipeline" means here. */
export function pipelineShape(parsed: ParsedPipelines): { name: string; layers: { className: string; args: Record<string, unknown> }[] }[] {
  return parsed.pipelines.map((p) => ({ name: p.name, layers: p.layers.map((l) => ({ className: l.className, args: l.args })) }));
}
