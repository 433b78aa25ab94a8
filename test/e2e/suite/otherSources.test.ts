// TF.js code and saved configs are read too (issue 4): a hover on a TF.js layer factory, and a
// preview of a pipeline found in a TF.js model.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activatedApi, COMMAND, fixtureUri, renderCausedBy } from './previewApi';

const TFJS = `import * as tf from '@tensorflow/tfjs';

export const model = tf.sequential({
  layers: [
    tf.layers.rescaling({scale: 1 / 255, inputShape: [64, 64, 3]}),
    tf.layers.conv2d({filters: 8, kernelSize: 3}),
  ],
});
`;

const MODEL_JSON = {
  format: 'layers-model',
  modelTopology: {
    keras_version: '3.5.0',
    model_config: {
      class_name: 'Sequential',
      config: {
        name: 'augment',
        layers: [
          { class_name: 'InputLayer', config: { batch_shape: [null, 96, 96, 3], name: 'input' } },
          { class_name: 'RandomFlip', config: { name: 'random_flip', mode: 'vertical', seed: null } },
          { class_name: 'RandomRotation', config: { name: 'random_rotation', factor: 0.05, fill_mode: 'reflect', interpolation: 'bilinear', seed: null, fill_value: 0 } },
        ],
      },
    },
  },
  weightsManifest: [],
};

describe('TF.js code and saved configs', () => {
  let dir: string;

  before(async () => {
    await activatedApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'augprev-e2e-sources-'));
    fs.writeFileSync(path.join(dir, 'model.ts'), TFJS);
    fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(MODEL_JSON));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hovering tf.layers.rescaling in TypeScript explains Rescaling with its numbers', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'model.ts')));
    const at = doc.positionAt(doc.getText().indexOf('rescaling') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(md, /Rescaling/);
    assert.match(md, /\[0, 1\]/, `values in [0, 255] come out in [0, 1]: ${md.slice(0, 300)}`);
  });

  it('a pipeline in a TF.js model.json previews with the parameters its layers draw', async () => {
    const api = await activatedApi();
    const image = fixtureUri('images', 'coffee.jpg');
    await renderCausedBy(api, () => vscode.commands.executeCommand(COMMAND, image), (s) => s.image === 'coffee.jpg', 'coffee.jpg');
    const file = vscode.Uri.file(path.join(dir, 'model.json'));
    const s = await renderCausedBy(
      api,
      () => vscode.commands.executeCommand('augmentationPreview.previewPipeline', file.toString(), 'augment'),
      (r) => r.pipeline === 'augment' || !!r.error,
      'augment from model.json',
    );
    assert.equal(s.error, undefined, String(s.error));
    assert.equal(s.training.length, 9);
    const angles = s.training.map((t) => t.params.find((p) => p.layer === 'RandomRotation')?.params.angle_degrees as number);
    assert.ok(angles.every((a) => Math.abs(a) <= 18 + 1e-6), `factor 0.05 → within ±18°: ${angles.join(', ')}`);
    assert.ok(s.training.every((t) => typeof t.params.find((p) => p.layer === 'RandomFlip')?.params.flip_vertical === 'boolean'));
  });
});
