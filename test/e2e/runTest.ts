// The one runner for the extension-host suite (test/e2e/suite), on either host:
//   desktop VS Code, downloaded by @vscode/test-electron (the usual way, where it can be had);
//   code-server, through the stand-in executable harness/run-ext-tests.js (these machines
//   cannot download desktop VS Code; code-server comes from npm).
// Host: --host=desktop|code-server|auto, or VSCODE_TEST_HOST; auto (the default) tries the
// desktop download and falls back to code-server when it is impossible.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtureWorkspace, repoRoot, standInExecutable, suiteEntry } from './harness/paths';

type Host = 'desktop' | 'code-server' | 'auto';

function requestedHost(): Host {
  const flag = process.argv.find((a) => a.startsWith('--host='))?.slice('--host='.length);
  const host = flag ?? process.env.VSCODE_TEST_HOST ?? 'auto';
  if (host !== 'desktop' && host !== 'code-server' && host !== 'auto') throw new Error(`unknown host '${host}' (desktop | code-server | auto)`);
  return host;
}

async function executableFor(host: Host): Promise<{ host: 'desktop' | 'code-server'; exe: string | undefined }> {
  if (host === 'code-server') return { host, exe: standInExecutable };
  if (host === 'desktop') return { host, exe: undefined }; // runTests() downloads it
  try {
    return { host: 'desktop', exe: await downloadAndUnzipVSCode({ timeout: 15_000 }) };
  } catch (e) {
    console.log(`desktop VS Code cannot be downloaded here (${(e as Error).message.split('\n')[0]}): running in code-server`);
    return { host: 'code-server', exe: standInExecutable };
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(suiteEntry)) throw new Error(`${suiteEntry} is missing: compile first (npx tsc -p test/e2e)`);
  // E2E_EXTENSION_PATH: run the suite against another folder holding the extension.
  const extensionFolder = path.resolve(process.env.E2E_EXTENSION_PATH ?? repoRoot);
  const entry = (JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8')) as { main?: string }).main ?? '';
  if (!fs.existsSync(path.join(extensionFolder, entry))) throw new Error(`${entry} is missing in ${extensionFolder}: npm run build first`);
  const { host, exe } = await executableFor(requestedHost());
  // test-electron spawns the executable directly; a checkout without file modes loses +x.
  if (host === 'code-server') fs.chmodSync(standInExecutable, 0o755);
  console.log(`extension-host tests on ${host}`);
  return runTests({
    ...(exe ? { vscodeExecutablePath: exe } : {}),
    extensionDevelopmentPath: extensionFolder,
    extensionTestsPath: suiteEntry,
    // The fixture folder; on desktop, other installed extensions stay off.
    launchArgs: [fixtureWorkspace, '--disable-extensions'],
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`extension-host tests failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
