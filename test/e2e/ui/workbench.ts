// What a user touches in the VS Code workbench, as playwright locators. Selectors checked
// against code-server 4.100.3 (VS Code 1.100.3).
import type { FrameLocator, Locator, Page } from 'playwright-core';

export function explorerRow(page: Page, name: string): Locator {
  // aria-label of an Explorer row is the bare file or folder name.
  return page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
}

export function editorTab(page: Page, titleStart: string): Locator {
  return page.locator(`.tabs-container .tab[aria-label^="${titleStart}"]`);
}

const MENU = '.context-view .monaco-menu';

/** Right-clicks an Explorer row and returns the entries of the menu that opens. */
export async function contextMenuOf(page: Page, name: string): Promise<string[]> {
  await explorerRow(page, name).click({ button: 'right' });
  await page.locator(MENU).waitFor({ state: 'visible' });
  // The menu fades in; until that ends a screenshot shows it greyed and a click may be dropped.
  await page.locator('.context-view.monaco-menu-container').evaluate((el: any) => Promise.all(el.getAnimations({ subtree: true }).map((a: any) => a.finished)));
  const labels = await page.locator(`${MENU} .action-item .action-label`).allInnerTexts();
  return labels.map((l) => l.trim()).filter((l) => l.length > 0); // separators have no text
}

export async function closeContextMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(MENU).waitFor({ state: 'hidden' });
}

export function contextMenuEntry(page: Page, label: string): Locator {
  return page.locator(`${MENU} .action-item .action-label`).filter({ hasText: new RegExp(`^${label}$`) });
}

/**
 * Clicks a menu entry. A click that lands while the menu is still settling is sometimes
 * ignored and the menu stays open, so the click is repeated until the menu closes.
 */
export async function chooseContextMenuEntry(page: Page, label: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await contextMenuEntry(page, label).click();
    try {
      await page.locator(MENU).waitFor({ state: 'hidden', timeout: 1500 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/**
 * A webview's content: the outer iframe belongs to the extension (extensionId= in its src),
 * the page itself is its inner frame #active-frame. Selected by CSS id, not frame name: the
 * frame is created as "pending-frame" and renamed later.
 */
export function webviewOuterFrame(page: Page, extensionId: string): Locator {
  return page.locator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`).last();
}

export function webviewContent(page: Page, extensionId: string): FrameLocator {
  return webviewOuterFrame(page, extensionId).contentFrame().locator('#active-frame').contentFrame();
}
