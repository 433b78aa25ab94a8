// Runs an extension-host test suite (the @vscode/test-electron pattern: a module exporting
// run()) inside code-server, for run-ext-tests.js, the stand-in VS Code executable.
//
// code-server refuses --extensionDevelopmentPath / --extensionTestsPath on its command line;
// the web workbench takes them from the URL `payload` instead, as vscode-remote:// URIs, and
// then loads the suite in the remote (node) extension host exactly as desktop VS Code does.
// When run() settles, the workbench calls window.codeAutomationExit(code, logs); log lines
// (mocha's reporter among them) arrive through window.codeAutomationLog(level, message).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, newWorkbenchPage, remoteUri, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { createRunDir } from './runDir';

export interface ExtTestArgs {
  extensionDevelopmentPaths: string[];
  extensionTestsPath: string;
  folder?: string;
  ignored: string[];
}

// Flags that take a value as the next argument when written `--flag value`. Every other flag
// is a switch, so a folder after e.g. `--disable-extensions` stays a positional argument.
const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale', 'log', 'logsPath', 'folder-uri', 'file-uri']);

/** Parses the command line that @vscode/test-electron's runTests() gives VS Code. */
export function parseArgs(argv: string[]): ExtTestArgs {
  const out: ExtTestArgs = { extensionDevelopmentPaths: [], extensionTestsPath: '', ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      if (out.folder === undefined) out.folder = path.resolve(a);
      else out.ignored.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    let value: string | undefined = eq < 0 ? undefined : a.slice(eq + 1);
    if (value === undefined && VALUE_FLAGS.has(name) && i + 1 < argv.length) value = argv[++i];
    if (name === 'extensionDevelopmentPath' && value) out.extensionDevelopmentPaths.push(path.resolve(value));
    else if (name === 'extensionTestsPath' && value) out.extensionTestsPath = path.resolve(value);
    // Electron-only switches, and the profile dirs: each run gets a fresh profile of its own.
    else out.ignored.push(value === undefined ? a : `--${name}=${value}`);
  }
  if (!out.extensionTestsPath) throw new Error('--extensionTestsPath is required');
  if (out.extensionDevelopmentPaths.length === 0) throw new Error('--extensionDevelopmentPath is required');
  return out;
}

// The workbench's own start-up messages come through the same log as the suite's output; they
// stay in logs/automation.log (and on screen with E2E_VERBOSE=1) so the suite's lines stand out.
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
];
const verbose = !!process.env.E2E_VERBOSE;

export async function runExtensionTests(args: ExtTestArgs, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  const since = () => `[+${((Date.now() - t0) / 1000).toFixed(1)}s]`;
  const run = createRunDir('exthost');
  const server = await startCodeServer(run);
  console.log(`${since()} code-server ${server.baseUrl} (run folder ${path.relative(process.cwd(), run.root)})`);
  const browser = await launchBrowser();
  let code = 1;
  try {
    const page = await newWorkbenchPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });

    let settle!: (c: number) => void;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    const automationLog = fs.openSync(path.join(run.logsDir, 'automation.log'), 'a');
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      // Console calls arrive as their argument list ("%s passing", 3), so format them as node would.
      const text = Array.isArray(message) ? format(...(message as unknown[])) : String(message);
      fs.writeSync(automationLog, `${level} ${text}\n`);
      if (!verbose && WORKBENCH_CHATTER.some((re) => re.test(text))) return;
      (level === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (exitCode: number, logs?: { relativePath: string; contents: string }[]) => {
      // The workbench's own log files, kept for looking into a failure.
      for (const l of logs ?? []) {
        const file = path.join(run.logsDir, 'workbench', l.relativePath);
        if (!file.startsWith(run.logsDir)) continue;
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, l.contents);
      }
      settle(exitCode);
    });

    const payload: [string, string][] = [
      ...args.extensionDevelopmentPaths.map((p): [string, string] => ['extensionDevelopmentPath', remoteUri(server, p)]),
      ['extensionTestsPath', remoteUri(server, args.extensionTestsPath)],
    ];
    await page.goto(workbenchUrl(server, args.folder ?? process.cwd(), payload));
    console.log(`${since()} workbench loading; waiting for the suite`);

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      await page.screenshot({ path: path.join(run.logsDir, 'timeout.png') }).catch(() => undefined);
      console.error(`${since()} the suite did not finish within ${timeoutMs} ms (screenshot and logs in ${run.logsDir})`);
      code = 1;
    } else {
      code = result;
    }
    fs.writeFileSync(path.join(run.logsDir, 'browser-errors.txt'), errors.join('\n'));
    fs.closeSync(automationLog);
  } finally {
    // Browser first: a server that goes away under a live workbench fills the logs with reconnects.
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  console.log(`${since()} extension tests finished: exit code ${code}`);
  if (code !== 0) console.log(`logs: ${run.logsDir}`);
  return code;
}
