// CodeLens above each pipeline: "Preview augmentations (N layers)" and "Inference view", and
// what clicking them does (VS Code runs the lens's command with its arguments).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { copyExample, positionOf, type ExampleCopy } from './exampleCopy';
import { activatedApi, COMMAND, renderCausedBy, webviewTab, type PreviewApi } from './previewApi';

const PREVIEW_PIPELINE = 'augmentationPreview.previewPipeline';
const INFERENCE_VIEW = 'augmentationPreview.inferenceView';

async function ourLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.filter((l) => l.command && [PREVIEW_PIPELINE, INFERENCE_VIEW].includes(l.command.command));
}

// Two pipelines in one file: a list of layers and a chain of .add() calls.
const TWO_PIPELINES = `from tensorflow import keras
from tensorflow.keras import layers

flips = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomFlip("vertical"),
])

colour = keras.Sequential(name="colour")
colour.add(layers.RandomContrast(0.2))
colour.add(layers.RandomBrightness(0.1))
colour.add(layers.Rescaling(1 / 255))
`;

describe('CodeLens above each pipeline', () => {
  let api: PreviewApi;
  let example: ExampleCopy;
  let augment: vscode.TextDocument;

  before(async () => {
    api = await activatedApi();
    example = copyExample('codelens');
    augment = await example.open('augment.py');
  });

  after(() => example.remove());

  it('augment.py: "Preview augmentations (4 layers)" and "Inference view" on the line of data_augmentation', async () => {
    const lenses = await ourLenses(augment.uri);
    assert.equal(lenses.length, 2, `two lenses for the one pipeline: ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    const line = positionOf(augment, 'data_augmentation = keras.Sequential(').line;
    const [preview, inference] = [lenses.find((l) => l.command!.command === PREVIEW_PIPELINE), lenses.find((l) => l.command!.command === INFERENCE_VIEW)];
    assert.ok(preview && inference, 'one lens of each kind');
    assert.match(preview.command!.title, /Preview augmentations \(4 layers\)/);
    assert.match(inference.command!.title, /Inference view/);
    for (const lens of lenses) {
      assert.equal(lens.range.start.line, line, `the lens sits on the pipeline's first line (${line + 1})`);
      assert.deepEqual(lens.command!.arguments, [augment.uri.toString(), 'data_augmentation'], 'the command gets the file and the pipeline name');
    }
  });

  it('one pair of lenses per pipeline, each with its own layer count', async () => {
    const file = path.join(example.root, 'two_pipelines.py');
    fs.writeFileSync(file, TWO_PIPELINES);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const lenses = await ourLenses(doc.uri);
    const titles = lenses.map((l) => `${l.range.start.line + 1}: ${l.command!.title} ${JSON.stringify(l.command!.arguments)}`).sort();
    assert.equal(lenses.length, 4, `four lenses: ${JSON.stringify(titles)}`);
    const previewTitle = (name: string) => lenses.find((l) => l.command!.command === PREVIEW_PIPELINE && l.command!.arguments?.[1] === name)?.command!.title ?? '';
    assert.match(previewTitle('flips'), /\(2 layers\)/, `flips has 2 layers: ${JSON.stringify(titles)}`);
    assert.match(previewTitle('colour'), /\(3 layers\)/, `colour has 3 layers: ${JSON.stringify(titles)}`);
    assert.equal(lenses.filter((l) => l.command!.command === INFERENCE_VIEW).length, 2, 'an "Inference view" lens for each');
  });

  it('clicking "Preview augmentations" opens a preview that renders data_augmentation', async () => {
    // From code, the preview uses the image previewed last (a quick pick only when there is none,
    // which the UI flow covers): preview one of the copy's images first.
    const astronaut = example.uri('images', 'astronaut.jpg');
    await renderCausedBy(api, () => vscode.commands.executeCommand(COMMAND, astronaut), (s) => s.image === 'astronaut.jpg', 'astronaut.jpg');

    const lens = (await ourLenses(augment.uri)).find((l) => l.command!.command === PREVIEW_PIPELINE)!;
    const s = await renderCausedBy(
      api,
      () => vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])),
      (r) => r.pipeline === 'data_augmentation' || !!r.error,
      'data_augmentation',
    );
    assert.equal(s.error, undefined, `no error: ${s.error}`);
    assert.equal(s.image, 'astronaut.jpg', 'on the image previewed last');
    assert.ok(webviewTab('Augmentations: astronaut.jpg'), 'the preview panel is open');
    assert.equal(s.training.length, 9, 'nine training tiles');
    for (const [i, tile] of s.training.entries()) {
      const layers = tile.params.map((p) => p.layer);
      for (const name of ['RandomFlip', 'RandomRotation', 'RandomZoom']) assert.ok(layers.includes(name), `tile ${i + 1} reports what ${name} drew: ${JSON.stringify(layers)}`);
      const angle = tile.params.find((p) => p.layer === 'RandomRotation')!.params.angle_degrees;
      assert.ok(typeof angle === 'number' && Math.abs(angle) <= 72, `tile ${i + 1}: rotation within ±72°: ${angle}`);
    }
    assert.deepEqual(s.inference.activeLayers, ['Rescaling'], 'only Rescaling acts at inference');
  });

  it('clicking "Inference view" renders the same pipeline', async () => {
    const lens = (await ourLenses(augment.uri)).find((l) => l.command!.command === INFERENCE_VIEW)!;
    const s = await renderCausedBy(
      api,
      () => vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])),
      (r) => r.pipeline === 'data_augmentation' || !!r.error,
      'data_augmentation (inference view)',
    );
    assert.equal(s.error, undefined, `no error: ${s.error}`);
    assert.deepEqual(s.inference.activeLayers, ['Rescaling'], 'the inference path: only Rescaling acts');
  });
});
