// The extension in a real VS Code, against test/e2e/workspace (model.py with the tutorial's
// RandomFlip("horizontal") + Rescaling(1./255) model, images/, notes.txt). Runs the same on
// desktop VS Code and in code-server; see test/e2e/runTest.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedApi, COMMAND, EXTENSION_ID, fixtureUri, renderWhere, webviewTab, type PreviewApi } from './previewApi';

const endsWithName = (name: string) => (s: { image: string }) => s.image.endsWith(name);

describe('Augmentation Preview in a real VS Code', () => {
  let api: PreviewApi;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates and registers augmentationPreview.preview', async () => {
    api = await activatedApi();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMMAND), `${COMMAND} is registered`);
  });

  it('previews chelsea.png: 9 training tiles, Rescaling at inference, 8 epochs, RandomFlip params', async () => {
    await vscode.commands.executeCommand(COMMAND, fixtureUri('images', 'chelsea.png'));
    const s = await renderWhere(api, (r) => endsWithName('chelsea.png')(r) || !!r.error, 'chelsea.png');

    assert.equal(s.error, undefined, `no error (got: ${s.error})`);
    assert.ok(webviewTab('Augmentations: chelsea.png'), 'a webview panel titled "Augmentations: chelsea.png" is open');
    assert.ok(s.pipeline.length > 0, 'the summary names the pipeline');
    assert.equal(typeof s.seed, 'number');

    assert.equal(s.training.length, 9, 'nine training tiles');
    for (const [i, tile] of s.training.entries()) {
      const flip = tile.params.find((p) => p.layer === 'RandomFlip');
      assert.ok(flip, `tile ${i + 1} reports what RandomFlip drew: ${JSON.stringify(tile.params)}`);
      assert.equal(typeof flip.params.flip_horizontal, 'boolean', `tile ${i + 1}: flip_horizontal is a boolean: ${JSON.stringify(flip.params)}`);
    }

    // Training off: RandomFlip does nothing, Rescaling still scales.
    assert.ok(s.inference.activeLayers.includes('Rescaling'), `Rescaling is active at inference: ${s.inference.activeLayers}`);
    assert.ok(!s.inference.activeLayers.includes('RandomFlip'), `RandomFlip is not active at inference: ${s.inference.activeLayers}`);

    assert.equal(s.epochs, 8, 'eight epoch tiles');
  });

  it('shows an error for a corrupt image instead of crashing, and still previews afterwards', async () => {
    await vscode.commands.executeCommand(COMMAND, fixtureUri('images', 'broken.png'));
    // The chelsea render just before is skipped: it has neither an error nor this name.
    const broken = await renderWhere(api, (r) => !!r.error || endsWithName('broken.png')(r), 'broken.png');
    assert.ok(broken.error && broken.error.trim().length > 0, `the panel shows an error message: ${JSON.stringify(broken)}`);
    assert.match(broken.error, /broken\.png/, 'the message names the file');
    assert.equal(broken.training.length, 0, 'no tiles are drawn for an image that cannot be decoded');
    assert.ok(webviewTab('Augmentations: broken.png'), 'the panel for broken.png is open and titled');
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true, 'the extension is still active');

    await vscode.commands.executeCommand(COMMAND, fixtureUri('images', 'coffee.jpg'));
    const coffee = await renderWhere(api, endsWithName('coffee.jpg'), 'coffee.jpg after the error');
    assert.equal(coffee.error, undefined);
    assert.equal(coffee.training.length, 9);
  });
});
