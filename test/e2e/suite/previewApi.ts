// The extension's test API as agreed with it (what activate() returns), and a way to wait for
// the render a test caused rather than an earlier one.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'augmentation-preview.augmentation-preview';
export const COMMAND = 'augmentationPreview.preview';

/** What the webview reports having drawn (or the error it showed). */
export interface RenderSummary {
  image: string;
  pipeline: string;
  seed: number;
  training: { params: { layer: string; params: Record<string, unknown> }[]; label?: string }[];
  inference: { activeLayers: string[]; label?: string };
  epochs: number;
  /** The layer list as shown: whether each ran, the notes on assumed values, the argument it asks for. */
  layers?: { className: string; applied: boolean; notes: string[]; asks?: string }[];
  error?: string;
}

export interface PreviewApi {
  /** The next completed render or error, or the last one if it completed a few seconds ago. */
  waitForRender(timeoutMs?: number): Promise<RenderSummary>;
  /** Strictly the next render reported after the call. */
  nextRender(timeoutMs?: number): Promise<RenderSummary>;
  /** Strictly the next training grid drawn ahead of its epoch strip (after the frame showing it). */
  nextGridDrawn(timeoutMs?: number): Promise<RenderSummary>;
  /** Types a value for an unresolved argument into the open preview of `image`, as its form does. */
  supplyArgument(image: vscode.Uri, layer: number, arg: string, text: string): Promise<void>;
  /** A document's augmentation diagnostics once they are up to date. */
  diagnostics(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
}

export async function activatedApi(): Promise<PreviewApi> {
  const ext = vscode.extensions.getExtension<PreviewApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  const api = await ext.activate();
  for (const f of ['waitForRender', 'nextRender', 'nextGridDrawn', 'supplyArgument', 'diagnostics'] as const) {
    if (typeof api?.[f] !== 'function') throw new Error(`activate() did not return the test API (${f} is missing)`);
  }
  return api;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for a render report that `wanted` accepts. waitForRender() may hand back the previous
 * render when it finished moments ago, so reports of an earlier preview are skipped; on time-out
 * the last report seen is part of the error, since it usually says what went wrong.
 */
export async function renderWhere(api: PreviewApi, wanted: (s: RenderSummary) => boolean, what: string, timeoutMs = 45_000): Promise<RenderSummary> {
  const deadline = Date.now() + timeoutMs;
  let last: RenderSummary | undefined;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    try {
      last = await api.waitForRender(left);
    } catch {
      break; // waitForRender's own time-out
    }
    if (wanted(last)) return last;
    await sleep(200);
  }
  throw new Error(`no render of ${what} within ${timeoutMs} ms; last report: ${last ? JSON.stringify(last).slice(0, 600) : 'none'}`);
}

/** The editor tab of a webview panel with this title, if open. */
export function webviewTab(label: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === label && t.input instanceof vscode.TabInputWebview);
}

/**
 * Runs `action` and waits for the renders it causes until one that `wanted` accepts. Listening
 * starts before the action, so a fast render is not missed, and a render from before is never taken.
 */
export async function renderCausedBy(api: PreviewApi, action: () => unknown, wanted: (s: RenderSummary) => boolean, what: string, timeoutMs = 45_000): Promise<RenderSummary> {
  const deadline = Date.now() + timeoutMs;
  let next = api.nextRender(timeoutMs);
  await action();
  let last: RenderSummary | undefined;
  for (;;) {
    try {
      last = await next;
    } catch {
      break;
    }
    if (wanted(last)) return last;
    if (Date.now() >= deadline) break;
    next = api.nextRender(deadline - Date.now());
  }
  throw new Error(`no render of ${what} within ${timeoutMs} ms; last report: ${last ? JSON.stringify(last).slice(0, 600) : 'none'}`);
}

/** A file of the fixture workspace (test/e2e/workspace), the folder the suite runs in. */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}
