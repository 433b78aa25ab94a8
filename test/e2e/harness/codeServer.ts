// Starts and stops code-server on 127.0.0.1, and installs VSIX files into a run's profile.
// Everything it writes stays in the run folder; with EXTENSIONS_GALLERY='{}' the workbench
// does not look up open-vsx.org, so nothing leaves loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { codeServerHome } from './paths';
import type { RunDir } from './runDir';

export interface CodeServer {
  /** e.g. "127.0.0.1:41234": also the remote authority in vscode-remote:// URIs. */
  authority: string;
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

function serverEnv(run: RunDir): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Variables of an enclosing VS Code (its terminal's IPC hooks, Electron-as-node) would make
  // the nested server or its CLI talk to the outer editor.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete env[k];
  return {
    ...env,
    XDG_DATA_HOME: run.xdg.data,
    XDG_CONFIG_HOME: run.xdg.config,
    XDG_CACHE_HOME: run.xdg.cache,
    // '{}' = no extension gallery: otherwise the workbench queries open-vsx.org at start.
    EXTENSIONS_GALLERY: '{}',
  };
}

function cliArgs(run: RunDir): string[] {
  return [path.join(codeServerHome(), 'out', 'node', 'entry.js'), '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir];
}

/** `code-server --install-extension file.vsix` into the run's extensions folder (~1.5 s). */
export function installVsix(run: RunDir, vsix: string): void {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run \`npm run package\` first`);
  const r = spawnSync(process.execPath, [...cliArgs(run), '--install-extension', vsix], { env: serverEnv(run), encoding: 'utf8', timeout: 60_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  fs.writeFileSync(path.join(run.logsDir, 'install-extension.log'), out);
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${path.basename(vsix)} failed (exit ${r.status}):\n${out}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startCodeServer(run: RunDir, timeoutMs = 30_000, fixedPort?: number): Promise<CodeServer> {
  const port = fixedPort ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  // Our own config file: code-server would otherwise create one (with a password) in ~/.config.
  const config = path.join(run.root, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const logFile = path.join(run.logsDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    ...cliArgs(run),
    '--config', config,
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // detached = its own process group, so stop() also ends the extension, pty and file-watcher
  // hosts it forks, and nothing else.
  const proc: ChildProcess = spawn(process.execPath, args, { env: serverEnv(run), detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited: string | undefined;
  const exitPromise = new Promise<void>((resolve) => proc.once('exit', (code, signal) => {
    exited = `exit code ${code ?? signal}`;
    resolve();
  }));

  const baseUrl = `http://${authority}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(`${baseUrl}/healthz`))) {
    if (exited) throw new Error(`code-server quit before it was ready (${exited}); see ${logFile}`);
    if (Date.now() > deadline) {
      await killGroup(proc, exitPromise);
      throw new Error(`code-server was not healthy within ${timeoutMs} ms; see ${logFile}`);
    }
    await sleep(100);
  }

  // If this process ends without stop() (a failure, Ctrl+C, a closed pipe), the detached server
  // would live on: end its group on the way out. 'exit' handlers must be synchronous.
  const killOnExit = () => {
    try {
      process.kill(-proc.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  exitOnSignals();
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await killGroup(proc, exitPromise);
  };
  return { authority, baseUrl, logFile, stop };
}

let signalsHooked = false;
/** Turns SIGINT/SIGTERM/SIGHUP into a normal exit, so the 'exit' handlers above run. */
function exitOnSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => process.exit(sig === 'SIGINT' ? 130 : 143));
  }
}

async function killGroup(proc: ChildProcess, exited: Promise<void>): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, s);
    } catch {
      // the group is already gone
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
  // Forked hosts may outlive the server's own exit; make sure the whole group is gone.
  signal('SIGKILL');
  if (timedOut) await exited;
}
