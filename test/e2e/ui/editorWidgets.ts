// The editor's own widgets as playwright locators: command palette, quick pick, hover, CodeLens,
// the quick-fix menu, editor text. Selectors checked against code-server 4.100.3 (VS Code 1.100.3).
import type { Locator, Page } from 'playwright-core';
import { explorerRow } from './workbench';

export const QUICK_INPUT = '.quick-input-widget';

export function quickPickRows(page: Page): Locator {
  return page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`);
}

/** Runs a command by its title through the command palette (F1), as a user would. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT).waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await quickPickRows(page).filter({ hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a file from the Explorer (double-click pins it) and waits for its editor to show. */
export async function openFromExplorer(page: Page, name: string): Promise<Locator> {
  await explorerRow(page, name).dblclick();
  const lines = editorLines(page, name);
  await lines.waitFor();
  return lines;
}

/** The rendered lines of the visible text editor showing a file (its URI ends with the name). */
export function editorLines(page: Page, fileName: string): Locator {
  return page.locator(`.editor-instance .monaco-editor[data-uri$="/${fileName}"] .view-lines`);
}

/** An editor's visible text, with the non-breaking spaces Monaco renders turned back into spaces. */
export async function editorText(lines: Locator): Promise<string> {
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/**
 * Where a piece of the editor's text is on screen: the centre of the first occurrence of `text`
 * in the rendered lines (found in the text nodes, since Monaco's token spans may hold more or
 * less than one word). The mouse can then hover or click exactly there.
 */
export async function textPoint(lines: Locator, text: string): Promise<{ x: number; y: number }> {
  const point = await lines.evaluate((root: any, wanted: string) => {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`"${text}" is not in the editor's rendered lines`);
  return point;
}

export function visibleHover(page: Page): Locator {
  return page.locator('.monaco-hover-content').filter({ visible: true }).last();
}

/**
 * Hovers a piece of the editor's text until the hover shows `expected`. The mouse leaves the editor before each try,
 * so a retry is a fresh hover (the first one may come while the extension is still starting).
 */
export async function hoverUntil(page: Page, lines: Locator, text: string, expected: string, tries = 3, perTryMs = 10_000): Promise<Locator> {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 5);
    const { x, y } = await textPoint(lines, text);
    await page.mouse.move(x, y);
    const hover = visibleHover(page).filter({ hasText: expected });
    try {
      await hover.waitFor({ timeout: perTryMs });
      await settled(hover);
      return hover;
    } catch (e) {
      if (attempt >= tries) throw new Error(`no hover showing "${expected}" after ${tries} tries; last hover text: ${await visibleHover(page).innerText().catch(() => '(none)')}`, { cause: e });
    }
  }
}

/** Waits for a widget's fade-in to end, so a screenshot shows it as the user sees it. */
export async function settled(widget: Locator): Promise<void> {
  await widget.evaluate((el: any) => {
    const box = el.closest('.monaco-hover') ?? el;
    return Promise.all(box.getAnimations({ subtree: true }).map((a: any) => a.finished));
  });
}

/**
 * Scrolls a hover to its end (thumbnails, links) with the mouse wheel, the mouse moved onto the
 * hover first: the hover stays open while the pointer is on it.
 */
export async function scrollHoverToEnd(page: Page, hover: Locator): Promise<void> {
  const box = await hover.boundingBox();
  if (!box) throw new Error('the hover is not on screen');
  const frame = page.locator('.monaco-hover').filter({ visible: true }).last();
  const link = hover.locator('a').last();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  // Wheel until the last link is wholly inside the hover's frame (Monaco scrolls smoothly).
  for (let i = 0; i < 20; i++) {
    const [f, l] = [await frame.boundingBox(), await link.boundingBox()];
    if (f && l && l.y + l.height <= f.y + f.height - 2) break;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300); // the scrollbar's own fade
}

export function codeLens(page: Page, text: string): Locator {
  return page.locator('.codelens-decoration a').filter({ hasText: text });
}

/** The quick-fix / code-action menu (Ctrl+. or the light bulb) and its entries. */
export function codeActionEntries(page: Page): Locator {
  return page.locator('.action-widget .monaco-list-row.action');
}

/**
 * Chooses an entry of the open code-action menu with the keyboard (arrows, Enter), as a keyboard
 * user does: a mouse click right after the menu opens lands on its pointer-blocking overlay.
 */
export async function chooseCodeAction(page: Page, title: string): Promise<void> {
  const entries = codeActionEntries(page);
  const count = await entries.count();
  for (let i = 0; i <= count; i++) {
    if ((await entries.and(page.locator('.focused')).getAttribute('aria-label').catch(() => null)) === title) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`"${title}" is not in the code-action menu: ${JSON.stringify(await entries.allInnerTexts())}`);
}
