// The user's way in, in a real VS Code (code-server) driven through chromium: open the fixture
// workspace, right-click images in the Explorer, choose "Preview Augmentations", look at the
// preview. Two ways to get the extension in:
//   vsix    - the packaged extension (npm run package), installed with --install-extension
//   devpath - the unpackaged folder, as an extension development host (URL payload)
// E2E_UI_MODES picks them (comma-separated, default "vsix"); test/e2e/ui/run.ts sets it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { artifactsDir, EXTENSION_ID, fixtureWorkspace } from '../harness/paths';
import { createRunDir, type RunDir } from '../harness/runDir';
import { closeUiSession, openUiSession, type Mode, type UiSession } from './session';
import { chooseContextMenuEntry, closeContextMenu, contextMenuOf, editorTab, explorerRow, webviewOuterFrame } from './workbench';

const ENTRY = 'Preview Augmentations';

/** What a tile label says about the horizontal flip: "flipped"/"not flipped", "flip: yes/no". */
function flipInLabel(label: string): boolean | undefined {
  if (/\bnot flipped\b|\bflip(ped)?:?\s*no\b/i.test(label)) return false;
  if (/\bflipped\b|\bflip(ped)?:?\s*yes\b/i.test(label)) return true;
  return undefined;
}

/**
 * For each training tile, whether its pixels are closer to the mirror image of the inference
 * tile than to the inference tile itself (both show the same image at the same size).
 */
async function mirroredTiles(view: FrameLocator): Promise<boolean[]> {
  const reference = await view.locator('#inference .tile canvas').evaluate((c: any) => ({ w: c.width, h: c.height, px: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data as number[]) }));
  return view.locator('#training .tile canvas').evaluateAll((cs: any[], ref: { w: number; h: number; px: number[] }) =>
    cs.map((c) => {
      if (c.width !== ref.w || c.height !== ref.h) throw new Error(`tile is ${c.width}x${c.height}, inference tile ${ref.w}x${ref.h}`);
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let same = 0;
      let mirror = 0;
      for (let y = 0; y < ref.h; y++) {
        for (let x = 0; x < ref.w; x++) {
          for (let k = 0; k < 3; k++) {
            const v = px[(y * ref.w + x) * 4 + k];
            same += Math.abs(v - ref.px[(y * ref.w + x) * 4 + k]!);
            mirror += Math.abs(v - ref.px[(y * ref.w + (ref.w - 1 - x)) * 4 + k]!);
          }
        }
      }
      return mirror < same;
    }), reference);
}

function defineFlow(mode: Mode): void {
  describe(`UI flow (${mode}): Explorer → Preview Augmentations → webview`, function () {
    // Each step builds on the one before: after a failure the rest would only fail again.
    this.bail(true);
    this.timeout(60_000);

    const shots = path.join(artifactsDir, mode);
    let run: RunDir;
    let session: UiSession | undefined;
    let page: Page;
    let view: FrameLocator;

    before(async () => {
      fs.rmSync(shots, { recursive: true, force: true });
      fs.mkdirSync(shots, { recursive: true });
      run = createRunDir(`ui-${mode}`);
      session = await openUiSession(run, mode, fixtureWorkspace);
      ({ page, view } = session);
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed' && page) {
        const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`;
        await page.screenshot({ path: path.join(shots, name) }).catch(() => undefined);
      }
    });

    after(() => closeUiSession(session, run));

    it('opens the fixture workspace in the workbench', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 45_000 });
      await explorerRow(page, 'images').waitFor({ timeout: 45_000 });
      await explorerRow(page, 'model.py').waitFor();
      if (mode === 'devpath') assert.match(await page.title(), /^\[Extension Development Host\]/, 'the window is an extension development host');
    });

    it('expands images/', async () => {
      await explorerRow(page, 'images').click();
      await explorerRow(page, 'chelsea.png').waitFor();
      await explorerRow(page, 'broken.png').waitFor();
    });

    it(`offers "${ENTRY}" on coffee.jpg`, async () => {
      // Menu contributions arrive once the extension host has scanned the extension; until then
      // no image offers the entry. Waiting here keeps the notes.txt check below meaningful.
      const deadline = Date.now() + 30_000;
      let labels: string[] = [];
      for (;;) {
        labels = await contextMenuOf(page, 'coffee.jpg');
        await closeContextMenu(page);
        if (labels.includes(ENTRY) || Date.now() > deadline) break;
        await page.waitForTimeout(500);
      }
      assert.ok(labels.includes(ENTRY), `coffee.jpg's menu offers "${ENTRY}": ${JSON.stringify(labels)}`);
    });

    it(`does not offer "${ENTRY}" on notes.txt`, async () => {
      const labels = await contextMenuOf(page, 'notes.txt');
      await closeContextMenu(page);
      assert.ok(labels.length > 0, 'a context menu opened for notes.txt');
      assert.ok(!labels.includes(ENTRY), `notes.txt's menu has no "${ENTRY}": ${JSON.stringify(labels)}`);
    });

    it(`offers "${ENTRY}" on chelsea.png and opens the preview panel`, async () => {
      const labels = await contextMenuOf(page, 'chelsea.png');
      assert.ok(labels.includes(ENTRY), `chelsea.png's menu offers "${ENTRY}": ${JSON.stringify(labels)}`);
      await page.screenshot({ path: path.join(shots, '1-context-menu.png') });
      await chooseContextMenuEntry(page, ENTRY);
      await editorTab(page, 'Augmentations: chelsea.png').waitFor();
    });

    it('draws 9 training tiles, the inference tile with Rescaling, 8 epoch tiles', async () => {
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });

      const training = view.locator('#training .tile');
      assert.equal(await training.count(), 9, 'nine training tiles');
      const trainingLabels = await view.locator('#training .tile .tile-label').allInnerTexts();
      assert.equal(trainingLabels.length, 9, 'each training tile has a label');
      // RandomFlip("horizontal") drew a yes or a no for each tile; the label must say which, and
      // say it truthfully: a flipped tile is the mirror image of the inference tile (Rescaling only).
      const mirrored = await mirroredTiles(view);
      for (const [i, label] of trainingLabels.entries()) {
        assert.ok(label.trim().length > 0, `training tile ${i + 1} has a non-empty label`);
        const said = flipInLabel(label);
        assert.ok(said !== undefined, `training tile ${i + 1}'s label says whether it flipped: "${label}"`);
        assert.equal(said, mirrored[i], `training tile ${i + 1}: label "${label}" matches the picture (mirrored: ${mirrored[i]})`);
      }

      const inference = view.locator('#inference .tile');
      assert.equal(await inference.count(), 1, 'one inference tile');
      assert.match(await inference.locator('.tile-label').innerText(), /Rescaling/, 'Rescaling is active at inference');

      assert.equal(await view.locator('#epochs .tile').count(), 8, 'eight epoch tiles');

      // Every tile shows a picture: a canvas with a size, and not left blank.
      const canvases = await view.locator('#training .tile canvas, #inference .tile canvas, #epochs .tile canvas').evaluateAll((cs: any[]) =>
        cs.map((c) => {
          const blank = c.ownerDocument.createElement('canvas');
          blank.width = c.width;
          blank.height = c.height;
          return { w: c.width as number, h: c.height as number, drawn: c.toDataURL() !== blank.toDataURL() };
        }),
      );
      assert.equal(canvases.length, 18, 'every tile has a canvas');
      for (const [i, c] of canvases.entries()) assert.ok(c.w > 0 && c.h > 0 && c.drawn, `canvas ${i + 1} has pixels: ${JSON.stringify(c)}`);
      assert.ok((await view.locator('#value-range').innerText()).trim().length > 0, 'the value range is shown');

      await webviewOuterFrame(page, EXTENSION_ID).screenshot({ path: path.join(shots, '2-webview.png') });
      await page.screenshot({ path: path.join(shots, '3-workbench.png') });
    });

    it('resamples with a new seed when asked', async () => {
      const seed = view.locator('#seed');
      const before = await seed.inputValue();
      await view.locator('#resample').click();
      const deadline = Date.now() + 30_000;
      while ((await seed.inputValue()) === before && Date.now() < deadline) await page.waitForTimeout(100);
      assert.notEqual(await seed.inputValue(), before, 'the seed changed');
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });
      assert.equal(await view.locator('#training .tile').count(), 9, 'still nine training tiles');
    });

    it('shows an error in the panel for a corrupt image', async () => {
      // One webview at a time keeps the frame lookup unambiguous.
      await editorTab(page, 'Augmentations: chelsea.png').locator('.codicon-close').click();
      await editorTab(page, 'Augmentations: chelsea.png').waitFor({ state: 'detached' });
      const labels = await contextMenuOf(page, 'broken.png');
      assert.ok(labels.includes(ENTRY), `broken.png's menu offers "${ENTRY}"`);
      await chooseContextMenuEntry(page, ENTRY);
      await editorTab(page, 'Augmentations: broken.png').waitFor();
      await view.locator('body[data-state="error"]').waitFor({ timeout: 45_000 });
      const message = (await view.locator('#error').innerText()).trim();
      assert.ok(message.length > 0, 'an error message is shown');
      assert.match(message, /broken\.png/, `the message names the file: "${message}"`);
      assert.equal(await view.locator('#training .tile:visible').count(), 0, 'no tiles are shown for an image that cannot be decoded');
      await page.screenshot({ path: path.join(shots, '4-error.png') });
    });
  });
}

const modes = (process.env.E2E_UI_MODES ?? 'vsix').split(',').map((m) => m.trim()).filter(Boolean);
for (const m of modes) {
  if (m !== 'vsix' && m !== 'devpath') throw new Error(`unknown UI mode '${m}' (vsix | devpath)`);
  defineFlow(m);
}
