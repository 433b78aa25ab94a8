// Bundles the CLI the way scripts/build.mjs does (esbuild, Node, CommonJS, wasm beside it), into
// a temporary folder, so the tests run the real bundle of the current sources without touching
// dist/ (which other work builds and uses at the same time).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..', '..');

let bundled: string | undefined;
const temporary: string[] = [];

/** A fresh temporary folder, removed by removeTemporaries(). */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

export function removeTemporaries(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  bundled = undefined;
}

export async function bundleCli(): Promise<string> {
  if (bundled) return bundled;
  const dir = temporaryDir('ap-cli-');
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: REPO,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    logLevel: 'error',
  });
  mkdirSync(join(dir, 'wasm'));
  for (const f of ['tree-sitter.wasm', 'tree-sitter-python.wasm', 'tree-sitter-javascript.wasm', 'tree-sitter-typescript.wasm', 'tree-sitter-tsx.wasm']) {
    copyFileSync(join(REPO, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm', f), join(dir, 'wasm', f));
  }
  bundled = join(dir, 'cli.js');
  return bundled;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(cli: string, args: string[], cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
