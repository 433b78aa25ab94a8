// An argument the code reads from elsewhere (a config module) is not a literal: the panel says so,
// asks for a value for a required one, and previews with the value typed, while an optional one
// is previewed with Keras's default and says that too. Asserted on what the webview reports.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { copyExample, positionOf, type ExampleCopy } from './exampleCopy';
import { markdownOf } from './hoverText';
import { activatedApi, COMMAND, renderCausedBy, type PreviewApi } from './previewApi';

const CONFIGURED = `from tensorflow import keras
from tensorflow.keras import layers
import config

aug = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomRotation(config.ROTATION, fill_mode=config.FILL),
], name="configured")
`;

describe('unresolved arguments in the panel', () => {
  let api: PreviewApi;
  let example: ExampleCopy;
  let image: vscode.Uri;

  before(async () => {
    api = await activatedApi();
    example = copyExample('unresolved');
    fs.writeFileSync(path.join(example.root, 'configured.py'), CONFIGURED);
    image = example.uri('images', 'coffee.jpg');
    await renderCausedBy(api, () => vscode.commands.executeCommand(COMMAND, image), (s) => s.image === 'coffee.jpg', 'coffee.jpg');
  });

  after(() => example.remove());

  it('the hover on the config-driven RandomRotation says why it cannot preview it, and that the panel asks', async () => {
    const doc = await example.open('configured.py');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'RandomRotation(', 3));
    const md = markdownOf(hovers);
    assert.match(md, /Cannot preview/, md.slice(0, 600));
    // Markdown-escaped in the hover: \( \. \).
    assert.match(md.replace(/\\([().])/g, '$1'), /argument 'factor' is not a literal \(config\.ROTATION\)/);
    assert.match(md, /the panel asks for one/);
  });

  it('asks for the required factor, then previews with the typed value and says which values were assumed', async () => {
    const file = example.uri('configured.py').toString();
    const asked = await renderCausedBy(api, () => vscode.commands.executeCommand('augmentationPreview.previewPipeline', file, 'aug'),
      (s) => s.pipeline === 'aug' && s.image === 'coffee.jpg', 'aug on coffee.jpg');
    assert.deepEqual(asked.layers?.map((l) => [l.className, l.applied, l.asks]), [['RandomFlip', true, undefined], ['RandomRotation', false, 'factor']]);

    const given = await renderCausedBy(api, () => api.supplyArgument(image, 1, 'factor', '(0.25, 0.25)'),
      (s) => s.pipeline === 'aug' && !!s.layers?.[1]?.applied, 'aug with factor (0.25, 0.25)');
    const rotation = given.layers![1];
    assert.equal(rotation.asks, undefined);
    assert.deepEqual(rotation.notes, [
      'factor = config.ROTATION is not a literal: previewed with your value (0.25, 0.25)',
      "fill_mode = config.FILL is not a literal: previewed with Keras's default 'reflect'",
    ]);
    for (const [i, t] of given.training.entries()) {
      const angle = t.params.find((p) => p.layer === 'RandomRotation')?.params.angle_degrees;
      assert.ok(typeof angle === 'number' && Math.abs(angle - 90) < 1e-3, `tile ${i + 1} is turned by the typed quarter turn: ${angle}`);
    }
  });
});
