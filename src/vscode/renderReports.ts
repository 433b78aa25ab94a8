// What the webview last reported drawing, for the extension's test API: integration tests
// assert on what the user sees, not on what the host meant to send.
import type { RenderSummary } from '../protocol';

const RECENT_MS = 5000;

export class RenderReports {
  private last: { summary: RenderSummary; at: number } | undefined;
  private waiters: ((s: RenderSummary) => void)[] = [];

  report(summary: RenderSummary): void {
    this.last = { summary, at: Date.now() };
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w(summary);
  }

  /** The next render (or error) reported, or one reported within the last few seconds. */
  waitForRender(timeoutMs = 60_000): Promise<RenderSummary> {
    if (this.last && Date.now() - this.last.at < RECENT_MS) return Promise.resolve(this.last.summary);
    return this.next(timeoutMs);
  }

  /** Strictly the next render reported after this call. */
  next(timeoutMs = 60_000): Promise<RenderSummary> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new Error(`no preview was rendered within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (s: RenderSummary) => {
        clearTimeout(timer);
        resolve(s);
      };
      this.waiters.push(done);
    });
  }
}
