// Debian's chromium, headless, driven by playwright-core (which downloads no browser itself).
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './paths';
import type { CodeServer } from './codeServer';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', // we run as root in CI
      '--disable-gpu',
      '--disable-dev-shm-usage',
      // No traffic of chromium's own (updates, sync, field trials) ...
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
      // ... and no name resolution at all except loopback: a request that would leave the
      // machine fails here instead of going out. (Webview resources on *.vscode-cdn.net are
      // answered by the webview's service worker, never resolved.)
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

export async function newWorkbenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

/** A path on the server's machine as the remote URI the web workbench understands. */
export function remoteUri(server: CodeServer, absPath: string): string {
  return `vscode-remote://${server.authority}${absPath}`;
}

/**
 * The workbench URL for a folder. `payload` (pairs, as the desktop's CLI flags) is how the web
 * workbench receives extensionDevelopmentPath / extensionTestsPath: code-server rejects those
 * as command-line flags, but the browser workbench reads them from the URL.
 */
export function workbenchUrl(server: CodeServer, folder: string, payload: [string, string][] = []): string {
  const q = new URLSearchParams({ folder });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.baseUrl}/?${q.toString()}`;
}
