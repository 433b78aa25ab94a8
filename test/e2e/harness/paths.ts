// Where things are: the repository, the installed code-server, the fixture workspace, the
// artifacts folder. Found from the repository root, so the compiled files (out/test/e2e/…)
// and any working directory give the same answers.
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const name = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'augmentation-preview') return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no augmentation-preview package.json above ${start}`);
  }
}

export const repoRoot = findRepoRoot(__dirname);

export const EXTENSION_ID = 'augmentation-preview.augmentation-preview';

/** The fixture folder the tests open (model.py, images/, notes.txt). */
export const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'workspace');

/** Per-run profiles, logs and server state; git-ignored. */
export const runsRoot = path.join(repoRoot, '.e2e');

/** Screenshots meant for people; git-ignored. */
export const artifactsDir = path.join(repoRoot, 'test-artifacts', 'e2e');

export const vsixPath = path.join(repoRoot, 'dist', 'augmentation-preview.vsix');

/** The compiled extension-host suite entry (exports run()). */
export const suiteEntry = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

/** The stand-in "VS Code executable" that @vscode/test-electron spawns here. */
export const standInExecutable = path.join(repoRoot, 'test', 'e2e', 'harness', 'run-ext-tests.js');

/** Installed by scripts/install-code-server.sh; CODE_SERVER_HOME overrides. */
export function codeServerHome(): string {
  const home = process.env.CODE_SERVER_HOME ?? path.join(repoRoot, '.cache', 'code-server', 'current');
  if (!fs.existsSync(path.join(home, 'out', 'node', 'entry.js'))) {
    throw new Error(`code-server is not installed in ${home}: run \`npm run e2e:setup\` (scripts/install-code-server.sh)`);
  }
  return fs.realpathSync(home);
}

export function chromiumPath(): string {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(exe)) throw new Error(`chromium not found at ${exe}: run \`npm run e2e:setup\` (it apt-installs it)`);
  return exe;
}
