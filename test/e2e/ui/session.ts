// What both UI flows start from: code-server with the extension (installed from the VSIX, or
// loaded from a development folder), and chromium on its workbench for a folder, with the
// page's errors collected for the run's logs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, newWorkbenchPage, remoteUri, workbenchUrl } from '../harness/browser';
import { installVsix, startCodeServer, type CodeServer } from '../harness/codeServer';
import { EXTENSION_ID, repoRoot, vsixPath } from '../harness/paths';
import type { RunDir } from '../harness/runDir';
import { webviewContent } from './workbench';

export type Mode = 'vsix' | 'devpath';

export interface UiSession {
  readonly server: CodeServer;
  readonly browser: Browser;
  readonly page: Page;
  /** The preview webview's content frame. */
  readonly view: FrameLocator;
  readonly browserErrors: string[];
}

export async function openUiSession(run: RunDir, mode: Mode, folder: string): Promise<UiSession> {
  if (mode === 'vsix') installVsix(run, process.env.E2E_VSIX ?? vsixPath);
  const server = await startCodeServer(run);
  const browser = await launchBrowser();
  const page = await newWorkbenchPage(browser);
  const browserErrors: string[] = [];
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => browserErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') browserErrors.push(`console: ${m.text()}`);
  });
  const extensionFolder = process.env.E2E_EXTENSION_PATH ?? repoRoot;
  const payload: [string, string][] = mode === 'devpath' ? [['extensionDevelopmentPath', remoteUri(server, extensionFolder)]] : [];
  await page.goto(workbenchUrl(server, folder, payload));
  return { server, browser, page, view: webviewContent(page, EXTENSION_ID), browserErrors };
}

/** Writes the page's errors to the run's logs; the browser closes before the server (a workbench whose server vanishes logs reconnect errors). */
export async function closeUiSession(session: UiSession | undefined, run: RunDir | undefined): Promise<void> {
  if (run && session) fs.writeFileSync(path.join(run.logsDir, 'browser-errors.txt'), session.browserErrors.join('\n'));
  await session?.browser.close().catch(() => undefined);
  await session?.server.stop();
}
