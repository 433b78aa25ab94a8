// The live preview: an open preview follows edits of its pipeline's file. Measured here from the
// edit to the frame that shows the redrawn grid, and to the report of the whole redraw (grid and
// epoch strip), and logged; the latency bound itself is in `npm run bench`, not in a test on a
// shared machine.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyExample, positionOf, type ExampleCopy } from './exampleCopy';
import { activatedApi, COMMAND, renderCausedBy, type PreviewApi, type RenderSummary } from './previewApi';

const rotations = (s: RenderSummary) => s.training.map((t) => t.params.find((p) => p.layer === 'RandomRotation')?.params.angle_degrees);

describe('live preview', () => {
  let api: PreviewApi;
  let example: ExampleCopy;
  let augment: vscode.TextDocument;

  before(async () => {
    api = await activatedApi();
    example = copyExample('live');
    augment = await example.open('augment.py');
    const image = example.uri('images', 'rocket.jpg');
    await renderCausedBy(api, () => vscode.commands.executeCommand(COMMAND, image), (s) => s.image === 'rocket.jpg', 'rocket.jpg');
    await renderCausedBy(
      api,
      () => vscode.commands.executeCommand('augmentationPreview.previewPipeline', augment.uri.toString(), 'data_augmentation'),
      (s) => s.pipeline === 'data_augmentation' && s.image === 'rocket.jpg',
      'data_augmentation on rocket.jpg',
    );
  });

  after(() => example.remove());

  it('an edit of RandomRotation\'s factor redraws the open preview with the new angles', async () => {
    // (0.25, 0.25): a fixed quarter turn, so every tile must report exactly 90°.
    const factor = positionOf(augment, 'RandomRotation(0.2)', 'RandomRotation('.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(augment.uri, new vscode.Range(factor, factor.translate(0, '0.2'.length)), '(0.25, 0.25)');
    let editedAt = 0;
    let gridAt = 0;
    const grid = api.nextGridDrawn(45_000).then((g) => ((gridAt = Date.now()), g));
    const s = await renderCausedBy(
      api,
      async () => {
        editedAt = Date.now();
        assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
      },
      (r) => r.pipeline === 'data_augmentation' || !!r.error,
      'data_augmentation after the edit',
    );
    const latency = Date.now() - editedAt;
    const drawn = await grid;
    console.log(`live preview: edit → redrawn grid on screen in ${gridAt - editedAt} ms (${drawn.training.length} tiles); whole redraw reported in ${latency} ms (${s.training.length} training tiles, ${s.epochs} epoch tiles)`);
    assert.equal(drawn.pipeline, 'data_augmentation');
    assert.ok(gridAt <= Date.now() && rotations(drawn).every((a) => typeof a === 'number' && Math.abs(a - 90) < 1e-3), `the grid drawn first already has the edit's 90°: ${rotations(drawn)}`);
    assert.equal(s.error, undefined, `no error: ${s.error}`);
    assert.match(augment.getText(), /RandomRotation\(\(0\.25, 0\.25\)\)/);
    const angles = rotations(s);
    assert.equal(angles.length, 9);
    for (const [i, a] of angles.entries()) assert.ok(typeof a === 'number' && Math.abs(a - 90) < 1e-3, `tile ${i + 1}: rotated by 90° after the edit, got ${a}`);
  });
});
