// A pipeline in a notebook is read through VS Code's notebook API, as one program across cells:
// the constant defined in one cell reaches the layer in another, and hovers, CodeLens and
// diagnostics work in the cell where the layer is (issue 4, notebooks).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatedApi } from './previewApi';

const NOTEBOOK = {
  cells: [
    { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['from tensorflow import keras\n', 'from tensorflow.keras import layers\n', 'ANGLE = 0.2\n'] },
    { cell_type: 'markdown', metadata: {}, source: ['Not code: layers.RandomZoom(0.5) is only mentioned here.'] },
    {
      cell_type: 'code', metadata: {}, execution_count: null, outputs: [],
      source: ['aug = keras.Sequential([\n', '    layers.RandomFlip("horizantal"),\n', '    layers.RandomRotation(ANGLE),\n', '])\n'],
    },
  ],
  metadata: { language_info: { name: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
};

describe('notebooks', () => {
  let dir: string;
  let notebook: vscode.NotebookDocument;
  let cell: vscode.TextDocument;

  before(async () => {
    await activatedApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'augprev-e2e-notebook-'));
    const file = path.join(dir, 'augment.ipynb');
    fs.writeFileSync(file, JSON.stringify(NOTEBOOK));
    notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
    // Shown in an editor, as a user has it: CodeLens and code actions need the cells' editor models.
    await vscode.window.showNotebookDocument(notebook);
    cell = notebook.cellAt(2).document;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hovering RandomRotation in the third cell uses ANGLE from the first: -72° to 72°', async () => {
    const at = cell.positionAt(cell.getText().indexOf('RandomRotation') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.uri, at);
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.ok(md.includes('-72° to 72°'), `hover in the cell: ${md.slice(0, 400)}`);
  });

  it('CodeLens sits on the cell that builds the pipeline, and none on the markdown mention', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cell.uri);
    assert.equal(lenses.filter((l) => l.command?.command === 'augmentationPreview.previewPipeline').length, 1);
    assert.equal(lenses[0].range.start.line, 0, 'on the line of keras.Sequential in that cell');
    const first = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', notebook.cellAt(0).document.uri);
    assert.equal(first.length, 0, 'the cell with the constant has no pipeline');
  });

  it('diagnostics land in the cell, with the fix for the misspelt mode', async () => {
    const api = await activatedApi();
    const diagnostics = await api.diagnostics(cell);
    const mode = diagnostics.find((d) => d.code === 'unknown-argument-value');
    assert.ok(mode, `a diagnostic on "horizantal": ${diagnostics.map((d) => d.message).join(' | ')}`);
    assert.equal(mode.range.start.line, 1, 'on the second line of the cell');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', cell.uri, mode.range);
    assert.ok(actions.some((a) => a.title === 'Change to "horizontal"'), actions.map((a) => a.title).join(', '));
  });
});
