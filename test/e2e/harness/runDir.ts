// One folder per run under .e2e/: a fresh VS Code profile (user data, extensions), private
// XDG dirs (code-server otherwise writes ~/.config/code-server and ~/.local/share/code-server)
// and the logs. A fresh profile means no restored editors or state from an earlier run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runsRoot } from './paths';

export interface RunDir {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  xdg: { data: string; config: string; cache: string };
  logsDir: string;
}

/** Settings that keep the workbench quiet and deterministic for tests. */
const USER_SETTINGS = {
  // No trust dialog, no welcome page, no walkthrough on install.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  // Nothing phoning home; no update or recommendation checks.
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  // The fixture lives inside this repository: keep the git extension out of the picture.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  // Hovers appear quickly, so a test does not wait the default 300 ms each time.
  'editor.hover.delay': 150,
};

/**
 * For test runs only (not `npm start`'s profile): VS Code in the browser saves edited files after
 * a delay by default, so a test that edits a temporary copy would have it written again after
 * removing it. Tests save when they mean to.
 */
const TEST_RUN_SETTINGS = { 'files.autoSave': 'off' };

const KEEP_RUNS = 6;

export function createRunDir(label: string): RunDir {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const dir = createProfile(path.join(runsRoot, `run-${label}-${stamp}-${process.pid}`), TEST_RUN_SETTINGS);
  pruneOldRuns();
  return dir;
}

/** A profile folder at `root` (made if missing, reused otherwise), with the quiet settings. */
export function createProfile(root: string, settings: Record<string, unknown> = {}): RunDir {
  const dir: RunDir = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    xdg: { data: path.join(root, 'xdg', 'data'), config: path.join(root, 'xdg', 'config'), cache: path.join(root, 'xdg', 'cache') },
    logsDir: path.join(root, 'logs'),
  };
  for (const d of [dir.extensionsDir, dir.xdg.data, dir.xdg.config, dir.xdg.cache, dir.logsDir, path.join(dir.userDataDir, 'User')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const settingsFile = path.join(dir.userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  return dir;
}

/** Keeps the newest few run folders for looking into failures; the rest only fill the disk. */
function pruneOldRuns(): void {
  const runs = fs
    .readdirSync(runsRoot)
    .filter((n) => n.startsWith('run-'))
    .map((n) => ({ n, t: fs.statSync(path.join(runsRoot, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of runs.slice(KEEP_RUNS)) fs.rmSync(path.join(runsRoot, n), { recursive: true, force: true });
}
