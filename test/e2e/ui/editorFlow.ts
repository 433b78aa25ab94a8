// Issue 5's editor features as a user meets them, in code-server through chromium, on a copy of
// the example workspace: hover RandomRotation(0.2) in augment.py, click the CodeLens to preview
// data_augmentation, apply the deprecated-namespace quick fix in model.py; then switch the
// display language to zh-cn the way a user does (install a language pack, Configure Display
// Language, Restart) and see the hover, the CodeLens, the panel and the menu in Chinese.
// Screenshots in test-artifacts/e2e/editor[-devpath]/. Modes as in flow.ts (E2E_UI_MODES).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { zhCnLanguagePackVsix } from '../harness/languagePack';
import { artifactsDir, EXTENSION_ID, repoRoot } from '../harness/paths';
import { createRunDir, type RunDir } from '../harness/runDir';
import { chooseCodeAction, codeActionEntries, codeLens, editorText, hoverUntil, openFromExplorer, QUICK_INPUT, quickPickRows, runFromPalette, scrollHoverToEnd, textPoint } from './editorWidgets';
import { closeUiSession, openUiSession, type Mode, type UiSession } from './session';
import { englishProse, zhCnTranslations, type Translations } from './translations';
import { closeContextMenu, contextMenuOf, editorTab, explorerRow, webviewOuterFrame } from './workbench';

const FIX_ALL = 'Use keras.layers for every deprecated preprocessing layer in this file';
const ROTATION = 'Each image is rotated by an angle drawn uniformly from {0}° to {1}° (factor × 360°; positive is counter-clockwise).';
const UNCHANGED = 'At inference (training=False) images pass through unchanged: model.predict() never sees this augmentation.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pipeline whose RandomRotation reads its arguments from a config module. */
const CONFIGURED = `from tensorflow import keras
from tensorflow.keras import layers
import config

aug = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(config.ROTATION, fill_mode=config.FILL),
])
`;

/** Every <img> in the hover has finished loading and decoded to a picture. */
async function hoverImages(hover: Locator): Promise<{ w: number; h: number }[]> {
  const imgs = hover.locator('img');
  await imgs.first().waitFor();
  return imgs.evaluateAll((els: any[]) =>
    Promise.all(els.map((img) => (img.complete ? Promise.resolve() : new Promise((r) => img.addEventListener('load', r, { once: true }))).then(() => ({ w: img.naturalWidth, h: img.naturalHeight })))),
  );
}

/** Training tiles drawn with pixels (not left blank). */
async function drawnTrainingTiles(view: FrameLocator): Promise<number> {
  return view.locator('#training .tile canvas').evaluateAll((cs: any[]) =>
    cs.filter((c) => {
      const blank = c.ownerDocument.createElement('canvas');
      blank.width = c.width;
      blank.height = c.height;
      return c.width > 0 && c.height > 0 && c.toDataURL() !== blank.toDataURL();
    }).length,
  );
}

/** Clicks a CodeLens; if the extension asks which image to use, picks `image` in the quick pick. */
async function clickLensAndPickImage(page: Page, lens: Locator, image: string, shot?: string): Promise<{ asked: boolean; placeholder: string }> {
  await lens.click();
  const picker = page.locator(QUICK_INPUT).filter({ visible: true });
  const asked = await picker.waitFor({ timeout: 5000 }).then(() => true, () => false);
  if (!asked) return { asked, placeholder: '' };
  const placeholder = (await picker.locator('input').getAttribute('placeholder')) ?? '';
  const row = quickPickRows(page).filter({ hasText: image });
  await row.first().waitFor();
  if (shot) await page.screenshot({ path: shot });
  await row.first().click();
  await picker.waitFor({ state: 'hidden' });
  return { asked, placeholder };
}

function defineFlow(mode: Mode): void {
  describe(`UI flow (${mode}): hover, CodeLens, quick fix, and all of it in zh-cn`, function () {
    this.bail(true);
    this.timeout(60_000);

    const shots = path.join(artifactsDir, mode === 'vsix' ? 'editor' : 'editor-devpath');
    const shot = (name: string) => path.join(shots, name);
    const extensionFolder = process.env.E2E_EXTENSION_PATH ?? repoRoot;
    let run: RunDir;
    let workspace: string;
    let languagePack: string;
    let session: UiSession | undefined;
    let page: Page;
    let view: FrameLocator;
    const t0 = Date.now();
    const timings: Record<string, number> = {};

    before(async () => {
      fs.rmSync(shots, { recursive: true, force: true });
      fs.mkdirSync(shots, { recursive: true });
      run = createRunDir(`ui-editor-${mode}`);
      workspace = path.join(run.root, 'workspace');
      fs.cpSync(path.join(repoRoot, 'example'), workspace, { recursive: true });
      languagePack = await zhCnLanguagePackVsix();
      session = await openUiSession(run, mode, workspace);
      ({ page, view } = session);
    });

    afterEach(async function () {
      const title = this.currentTest?.title ?? '';
      timings[title] = Date.now() - t0;
      if (this.currentTest?.state === 'failed' && page) {
        await page.screenshot({ path: shot(`failed-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`) }).catch(() => undefined);
      }
    });

    after(async () => {
      if (run) fs.writeFileSync(path.join(shots, 'timings.json'), JSON.stringify({ secondsSinceStart: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v / 1000])) }, null, 2));
      await closeUiSession(session, run);
    });

    it('opens the copy of the example workspace', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 45_000 });
      for (const name of ['augment.py', 'model.py', 'images']) await explorerRow(page, name).waitFor({ timeout: 45_000 });
    });

    it('hovering RandomRotation in augment.py shows the angle range and what happens at inference', async () => {
      const lines = await openFromExplorer(page, 'augment.py');
      // The CodeLens appears once the extension is active and has parsed the file: hovering
      // before that would get no answer and wait out a whole try.
      await codeLens(page, 'Preview augmentations').waitFor({ timeout: 30_000 });
      const hover = await hoverUntil(page, lines, 'RandomRotation', '72°');
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes('-72° to 72°'), `the angle range: ${text}`);
      assert.match(text, /At inference/);
      assert.match(text, /pass through unchanged/, `the inference sentence: ${text}`);
      for (const link of ['Preview this pipeline', 'Preview this layer alone']) assert.ok(text.includes(link), `the "${link}" link`);
      const imgs = await hoverImages(hover);
      assert.ok(imgs.length >= 2 && imgs.every((i) => i.w > 0 && i.h > 0), `thumbnails decoded in the hover: ${JSON.stringify(imgs)}`);
      await page.screenshot({ path: shot('1-hover-RandomRotation.png') });
      await scrollHoverToEnd(page, hover);
      assert.ok(await hover.isVisible(), 'the hover stays open while the pointer is on it');
      await page.screenshot({ path: shot('1b-hover-thumbnails-and-links.png') });
    });

    it('the CodeLens "Preview augmentations (4 layers)" opens a preview of data_augmentation', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      const picked = await clickLensAndPickImage(page, codeLens(page, 'Preview augmentations (4 layers)'), 'chelsea.png', shot('2-codelens-image-pick.png'));
      console.log(`      (the CodeLens ${picked.asked ? 'asked for an image: chose images/chelsea.png' : 'used the last previewed image'})`);
      await editorTab(page, 'Augmentations: chelsea.png').waitFor();
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });
      assert.match(await view.locator('#title').innerText(), /data_augmentation/, 'the panel shows the pipeline of the CodeLens');
      assert.equal(await view.locator('#training .tile').count(), 9, 'nine training tiles');
      assert.equal(await drawnTrainingTiles(view), 9, 'each training tile has pixels');
      assert.match(await view.locator('#inference .tile .tile-label').innerText(), /Rescaling/, 'Rescaling acts at inference');
      await page.screenshot({ path: shot('3-codelens-preview.png') });
    });

    it('the quick fix on a deprecated line of model.py rewrites it to keras.layers', async () => {
      await editorTab(page, 'Augmentations: chelsea.png').locator('.codicon-close').click();
      await editorTab(page, 'Augmentations: chelsea.png').waitFor({ state: 'detached' });
      const lines = await openFromExplorer(page, 'model.py');
      assert.match(await editorText(lines), /layers\.experimental\.preprocessing\.RandomFlip/);
      await page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
      const flip = await textPoint(lines, 'RandomFlip');
      await page.mouse.click(flip.x, flip.y); // the cursor on the deprecated line
      await page.keyboard.press('Control+Period');
      const entry = codeActionEntries(page).filter({ hasText: FIX_ALL });
      await entry.waitFor();
      const offered = (await codeActionEntries(page).allInnerTexts()).map((s) => s.trim());
      await page.screenshot({ path: shot('4-quick-fix-menu.png') });
      await chooseCodeAction(page, FIX_ALL);
      const deadline = Date.now() + 10_000;
      while ((await editorText(lines)).includes('experimental') && Date.now() < deadline) await sleep(100);
      const text = await editorText(lines);
      assert.ok(!text.includes('experimental'), `no "experimental" left in the editor (menu offered ${JSON.stringify(offered)}):\n${text}`);
      assert.match(text, /layers\.RandomFlip\("horizontal", input_shape=\(img_height, img_width, 3\)\)/);
      assert.match(text, /layers\.Rescaling\(1\.\/255\)/);
      await page.keyboard.press('Control+S');
      const file = path.join(workspace, 'model.py');
      while (fs.readFileSync(file, 'utf8').includes('experimental') && Date.now() < deadline + 10_000) await sleep(100);
      assert.ok(!fs.readFileSync(file, 'utf8').includes('experimental'), 'saved: model.py on disk has no "experimental"');
      await page.screenshot({ path: shot('5-quick-fix-applied.png') });
    });

    it('a factor read from a config module: the panel asks for it, and previews the value typed', async () => {
      fs.writeFileSync(path.join(workspace, 'configured.py'), CONFIGURED);
      await explorerRow(page, 'configured.py').waitFor({ timeout: 30_000 });
      await openFromExplorer(page, 'configured.py');
      await clickLensAndPickImage(page, codeLens(page, 'Preview augmentations (2 layers)'), 'chelsea.png');
      await editorTab(page, 'Augmentations: chelsea.png').waitFor();
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });
      const form = view.locator('form.needs-value');
      await form.waitFor({ timeout: 30_000 });
      assert.match(await form.innerText(), /factor = config\.ROTATION is not a literal/);
      assert.match(await view.locator('#notices .notice.skipped').innerText(), /RandomRotation/);
      await webviewOuterFrame(page, EXTENSION_ID).screenshot({ path: shot('5b-unresolved-asked.png') });
      await form.locator('input').fill('(0.25, 0.25)');
      await form.locator('button').click();
      const note = view.locator('#notices .assumed').filter({ hasText: 'previewed with your value (0.25, 0.25)' });
      await note.waitFor({ timeout: 45_000 });
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });
      assert.equal(await form.count(), 0, 'the layer no longer asks');
      const labels = await view.locator('#training .tile .tile-label').allInnerTexts();
      assert.equal(labels.length, 9);
      for (const l of labels) assert.match(l, /90(\.0)?°/, `each tile turned a quarter: ${l}`);
      assert.match(await view.locator('#notices').innerText(), /fill_mode = config\.FILL is not a literal: previewed with Keras's default 'reflect'/);
      await webviewOuterFrame(page, EXTENSION_ID).screenshot({ path: shot('5c-unresolved-typed.png') });
      await editorTab(page, 'Augmentations: chelsea.png').locator('.codicon-close').click();
      await editorTab(page, 'Augmentations: chelsea.png').waitFor({ state: 'detached' });
    });

    it('switches the display language to zh-cn: language pack from VSIX, Configure Display Language, Restart', async () => {
      await runFromPalette(page, 'View: Close All Editors');
      await runFromPalette(page, 'Extensions: Install from VSIX...');
      const input = page.locator(`${QUICK_INPUT} input`).filter({ visible: true });
      // The file dialog fills in its start folder and lists it a moment after it opens, and may
      // overwrite what was typed before: type the path until it stays and the file is listed.
      const file = quickPickRows(page).filter({ hasText: path.basename(languagePack) }).first();
      for (let attempt = 1; ; attempt++) {
        await input.fill(languagePack);
        const listed = await file.waitFor({ timeout: 3000 }).then(() => true, () => false);
        await sleep(300);
        if (listed && (await input.inputValue()) === languagePack) break;
        if (attempt >= 5) assert.fail(`the file dialog does not keep the typed path (it shows "${await input.inputValue()}")`);
      }
      await page.locator(`${QUICK_INPUT} .monaco-button`).filter({ hasText: /^Install$/ }).click();
      await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
      // Installed through the running server, so code-server registers the pack in languagepacks.json.
      const packs = path.join(run.userDataDir, 'languagepacks.json');
      const deadline = Date.now() + 20_000;
      while (!(fs.existsSync(packs) && fs.readFileSync(packs, 'utf8').includes('"zh-cn"')) && Date.now() < deadline) await sleep(200);
      assert.ok(fs.existsSync(packs) && fs.readFileSync(packs, 'utf8').includes('"zh-cn"'), 'code-server lists zh-cn in languagepacks.json');

      await runFromPalette(page, 'Configure Display Language');
      await quickPickRows(page).filter({ hasText: 'zh-cn' }).first().click();
      const restart = page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /^Restart$/ });
      await restart.waitFor();
      await page.screenshot({ path: shot('6-display-language-restart.png') });
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), restart.click()]);
      await page.locator('.monaco-workbench').waitFor({ timeout: 45_000 });
      assert.equal(await page.evaluate(() => (globalThis as any)._VSCODE_NLS_LANGUAGE), 'zh-cn', 'the workbench runs in zh-cn');
      const argv = JSON.parse(fs.readFileSync(path.join(run.userDataDir, 'User', 'argv.json'), 'utf8').replace(/\/\/.*$/gm, '')) as { locale?: string };
      assert.equal(argv.locale, 'zh-cn', 'Configure Display Language wrote the locale to User/argv.json');
    });

    let zh: Translations;
    /** What the zh-cn hover and panel said, checked for English left over at the end. */
    const zhTexts: Record<string, string> = {};

    it('in zh-cn the hover on RandomRotation is in Chinese', async () => {
      zh = zhCnTranslations(extensionFolder);
      await explorerRow(page, 'augment.py').waitFor({ timeout: 45_000 });
      const lines = await openFromExplorer(page, 'augment.py');
      await codeLens(page, zh.t('Preview augmentations ({0} layers)', 4)).waitFor({ timeout: 30_000 });
      const rotation = zh.t(ROTATION, -72, 72);
      const hover = await hoverUntil(page, lines, 'RandomRotation', rotation.slice(0, 12));
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      const squash = (s: string) => s.replace(/\s+/g, '');
      for (const expected of [rotation, zh.t(UNCHANGED), zh.t('Preview this pipeline'), zh.t('Preview this layer alone')]) {
        assert.ok(squash(text).includes(squash(expected)), `the hover shows "${expected}": ${text}`);
      }
      assert.ok(!text.includes('pass through unchanged'), 'and not the English sentence');
      zhTexts.hover = text;
      await page.screenshot({ path: shot('7-zh-cn-hover.png') });
      await scrollHoverToEnd(page, hover);
      await page.screenshot({ path: shot('7b-zh-cn-hover-thumbnails-and-links.png') });
    });

    it('in zh-cn the CodeLens, the image pick and the preview panel are in Chinese', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      const picked = await clickLensAndPickImage(page, codeLens(page, zh.t('Preview augmentations ({0} layers)', 4)), 'chelsea.png');
      if (picked.asked) assert.equal(picked.placeholder, zh.t('Choose an image to preview its augmentations'), 'the image quick pick asks in Chinese');
      await editorTab(page, zh.t('Augmentations: {0}', 'chelsea.png')).waitFor();
      await view.locator('body[data-state="ready"]').waitFor({ timeout: 45_000 });
      assert.equal(await view.locator('html').getAttribute('lang'), 'zh-cn', 'vscode.env.language is zh-cn in the extension host');
      const expected: [string, string][] = [
        ['#training-title', zh.t('Training (training=True)')],
        ['#inference-title', zh.t('Inference (training=False)')],
        ['#resample', zh.t('Resample')],
        ['#stages-title', zh.t('Inference, layer by layer')],
      ];
      for (const [selector, text] of expected) assert.equal((await view.locator(selector).innerText()).trim(), text, `${selector} in Chinese`);
      assert.equal(await drawnTrainingTiles(view), 9, 'the tiles are drawn');
      zhTexts.panel = (await view.locator('body').innerText()).replace(/\s+/g, ' ');
      await webviewOuterFrame(page, EXTENSION_ID).screenshot({ path: shot('8-zh-cn-panel.png') });
      await page.screenshot({ path: shot('8-zh-cn-workbench.png') });
    });

    it('in zh-cn the Explorer menu entry comes from package.nls.zh-cn.json', async () => {
      if (!(await explorerRow(page, 'chelsea.png').isVisible())) await explorerRow(page, 'images').click();
      const entry = zh.manifest('command.preview.title');
      let labels: string[] = [];
      for (let deadline = Date.now() + 20_000; ; ) {
        labels = await contextMenuOf(page, 'chelsea.png');
        if (labels.includes(entry) || Date.now() > deadline) break;
        await closeContextMenu(page);
        await sleep(500);
      }
      await page.screenshot({ path: shot('9-zh-cn-explorer-menu.png') });
      await closeContextMenu(page);
      assert.ok(labels.includes(entry), `chelsea.png's menu offers "${entry}": ${JSON.stringify(labels)}`);
    });

    // Last, so that a string still in English does not hide the checks above (the flow bails).
    it('in zh-cn no English prose is left in the hover or the panel', () => {
      const left = [...new Set(Object.entries(zhTexts).flatMap(([where, text]) => englishProse(text).map((p) => `${where}: "${p}"`)))];
      assert.deepEqual(left, [], `English left in the zh-cn UI: ${left.join(', ')}`);
    });
  });
}

const modes = (process.env.E2E_UI_MODES ?? 'vsix').split(',').map((m) => m.trim()).filter(Boolean);
for (const m of modes) {
  if (m !== 'vsix' && m !== 'devpath') throw new Error(`unknown UI mode '${m}' (vsix | devpath)`);
  defineFlow(m);
}
