// Bundles each target with esbuild into dist/: the extension host, the engine worker and its image
// threads, the CLI (Node, CommonJS) and the webview (browser, IIFE), and copies the wasm files they load.
// Usage: node scripts/build.mjs [--watch] [--dev] [--out DIR]   (DIR defaults to dist/; tests that
// must not disturb a running dist/ build into a folder of their own)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : 'linked',
  logLevel: 'warning',
  // tfjs-backend-cpu's Node entry is marked side-effect free, so a bare import of it
  // would be dropped silently; the ESM entries keep its kernel registrations.
  mainFields: ['module', 'main'],
  // A dropped import is a missing backend at run time: fail the build instead.
  logOverride: { 'ignored-bare-import': 'error' },
};

const node = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
};

const targets = [
  { ...node, entryPoints: { extension: 'src/extension.ts' } },
  { ...node, entryPoints: { worker: 'src/engine/worker.ts' } },
  // The engine's image threads (src/engine/parallel/imagePool.ts starts them from dist/ itself).
  { ...node, entryPoints: { imageThread: 'src/engine/parallel/imageThread.ts' } },
  { ...node, entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { webview: 'src/webview/main.ts' } },
];

const wasmFiles = [
  ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter.wasm', 'tree-sitter.wasm'],
  ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm', 'tree-sitter-python.wasm'],
  // TF.js code (src/parse/tfjs): JavaScript, TypeScript and TSX grammars.
  ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-javascript.wasm', 'tree-sitter-javascript.wasm'],
  ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm', 'tree-sitter-typescript.wasm'],
  ['node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-tsx.wasm', 'tree-sitter-tsx.wasm'],
];

function copyAssets() {
  mkdirSync(join(dist, 'wasm'), { recursive: true });
  for (const [from, to] of wasmFiles) copyFileSync(join(root, from), join(dist, 'wasm', to));
}

mkdirSync(dist, { recursive: true });
copyAssets();
const options = targets.map((t) => ({ ...t, outdir: dist, absWorkingDir: root }));
if (watch) {
  for (const o of options) await (await esbuild.context(o)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(options.map((o) => esbuild.build(o)));
}
