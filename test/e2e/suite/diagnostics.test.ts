// Diagnostics and quick fixes as the editor offers them (VS Code's code-action command), on a copy
// of the example's tutorial model.py and on a file with a misspelt RandomFlip mode.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { compiledParser, pipelineShape } from './compiledParser';
import { copyExample, positionOf, type ExampleCopy } from './exampleCopy';
import { activatedApi, type PreviewApi } from './previewApi';

const FIX_ALL = 'Use keras.layers for every deprecated preprocessing layer in this file';

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

const TYPO = `from tensorflow import keras
from tensorflow.keras import layers

augment = keras.Sequential([
    layers.RandomFlip("horizantal"),
    layers.RandomRotation(0.1),
])
`;

describe('diagnostics and quick fixes', () => {
  let api: PreviewApi;
  let example: ExampleCopy;

  before(async () => {
    api = await activatedApi();
    example = copyExample('diagnostics');
  });

  after(() => example.remove());

  it('the tutorial model: a deprecated-namespace warning on each layers.experimental.preprocessing line', async () => {
    const model = await example.open('model.py');
    const found = (await api.diagnostics(model)).filter((d) => d.code === 'deprecated-namespace');
    const lines = ['RandomFlip("horizontal"', 'Rescaling(1./255)'].map((t) => positionOf(model, t).line);
    assert.equal(found.length, 2, `two warnings: ${JSON.stringify(found.map((d) => `${d.range.start.line + 1}: ${d.message}`))}`);
    for (const d of found) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `a warning: ${d.message}`);
      assert.match(d.message, /experimental\.preprocessing/, 'the message names the deprecated namespace');
      assert.match(d.source ?? '', /Keras \d/, `the source cites the Keras version: ${d.source}`);
    }
    assert.deepEqual(found.map((d) => d.range.start.line).sort(), lines.sort(), 'on the RandomFlip and Rescaling lines');
  });

  it('the preferred quick fix rewrites the file to keras.layers, and it parses to the same pipeline', async () => {
    const model = await example.open('model.py');
    const before = model.getText();
    const [first] = (await api.diagnostics(model)).filter((d) => d.code === 'deprecated-namespace');
    assert.ok(first, 'a deprecated-namespace diagnostic to fix');
    const fixes = await quickFixes(model, first);
    const preferred = fixes.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix: ${JSON.stringify(fixes.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`))}`);
    assert.equal(preferred[0]!.title, FIX_ALL);
    assert.ok(preferred[0]!.edit, 'the fix carries an edit');

    assert.ok(await vscode.workspace.applyEdit(preferred[0]!.edit!), 'the edit applies');
    const after = model.getText();
    assert.ok(!after.includes('experimental'), `no "experimental" left:\n${after}`);
    assert.match(after, /layers\.RandomFlip\("horizontal", input_shape=\(img_height, img_width, 3\)\)/);
    assert.match(after, /layers\.Rescaling\(1\.\/255\)/);

    const parser = await compiledParser();
    const was = parser.parsePythonSource(before, model.uri.fsPath);
    const now = parser.parsePythonSource(after, model.uri.fsPath);
    assert.ok(was.pipelines.length > 0 && was.pipelines[0]!.layers.length === 2, `the original parses to a 2-layer pipeline: ${JSON.stringify(pipelineShape(was))}`);
    assert.deepEqual(pipelineShape(now), pipelineShape(was), 'the same pipelines: names, layers, arguments');
    assert.deepEqual(now.pipelines[0]!.inputSize && { h: now.pipelines[0]!.inputSize.height, w: now.pipelines[0]!.inputSize.width }, { h: 180, w: 180 }, 'the input size is still known');
    console.log(`quick fix: Keras version before ${JSON.stringify(was.kerasVersion)}, after ${JSON.stringify(now.kerasVersion)}`);

    const left = (await api.diagnostics(model)).filter((d) => d.code === 'deprecated-namespace');
    assert.equal(left.length, 0, 'no deprecated-namespace warning after the fix');
  });

  it('RandomFlip("horizantal"): a diagnostic on the value and the fix Change to "horizontal"', async () => {
    const file = path.join(example.root, 'typo.py');
    fs.writeFileSync(file, TYPO);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const found = (await api.diagnostics(doc)).filter((d) => d.code === 'unknown-argument-value');
    assert.equal(found.length, 1, `one diagnostic on the mode: ${JSON.stringify((await api.diagnostics(doc)).map((d) => `${d.code}: ${d.message}`))}`);
    const d = found[0]!;
    assert.equal(doc.getText(d.range).replace(/"/g, ''), 'horizantal', `the diagnostic marks the misspelt value: ${doc.getText(d.range)}`);
    assert.match(d.message, /horizantal/);

    const fix = (await quickFixes(doc, d)).find((a) => a.title === 'Change to "horizontal"');
    assert.ok(fix?.edit, 'the quick fix "Change to \\"horizontal\\"" is offered');
    assert.equal(fix.isPreferred, true, 'and preferred');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /layers\.RandomFlip\("horizontal"\)/);
    assert.equal((await api.diagnostics(doc)).filter((x) => x.code === 'unknown-argument-value').length, 0, 'the diagnostic is gone');
  });
});
