// Hover on a layer call (issue 5 "Must show": hovering RandomRotation(0.2) shows the concrete
// angle range and the inference behaviour), through VS Code's own hover command, on a copy of
// the example's augment.py.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyExample, positionOf, type ExampleCopy } from './exampleCopy';
import { markdownOf } from './hoverText';
import { decodePng } from './pngDecode';
import { activatedApi } from './previewApi';

describe('hover on a layer call', () => {
  let example: ExampleCopy;
  let augment: vscode.TextDocument;

  before(async () => {
    await activatedApi();
    example = copyExample('hover');
    augment = await example.open('augment.py');
  });

  after(() => example.remove());

  it('RandomRotation(0.2): the angle range in degrees, what happens at inference, links to preview', async () => {
    const at = positionOf(augment, 'RandomRotation(0.2)', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', augment.uri, at);
    const md = markdownOf(hovers);
    assert.ok(md.includes('RandomRotation'), `the hover names the layer: ${md.slice(0, 400)}`);
    // factor 0.2 of a full turn either way: 0.2 × 360° = 72°.
    assert.ok(md.includes('-72° to 72°'), `the hover gives the angle range "-72° to 72°": ${md.slice(0, 600)}`);
    assert.match(md, /At inference/, 'the hover has an "At inference" part');
    assert.match(md, /pass through unchanged/, 'at inference, images pass through unchanged');
    assert.match(md, /Keras 3/, 'the hover says which Keras version it assumes');
    assert.ok(md.includes('command:augmentationPreview.previewPipeline'), 'a "Preview this pipeline" link');
    assert.ok(md.includes('command:augmentationPreview.previewLayer'), 'a "Preview this layer alone" link');
    assert.ok(md.includes('Preview this pipeline') && md.includes('Preview this layer alone'), 'both links are labelled');
  });

  it('RandomRotation(0.2): thumbnails of the layer alone are PNG images that decode, and differ', async () => {
    const at = positionOf(augment, 'RandomRotation(0.2)', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', augment.uri, at);
    const md = markdownOf(hovers);
    const uris = [...md.matchAll(/data:image\/png;base64,([A-Za-z0-9+/=]+)/g)].map((m) => m[1]!);
    assert.ok(uris.length >= 2, `several thumbnails (data:image/png) in the hover, found ${uris.length}`);
    const images = uris.map((b64, i) => {
      try {
        return decodePng(Buffer.from(b64, 'base64'));
      } catch (e) {
        throw new Error(`thumbnail ${i + 1} does not decode: ${(e as Error).message}`);
      }
    });
    for (const [i, img] of images.entries()) {
      assert.ok(img.width > 0 && img.height > 0 && Math.max(img.width, img.height) <= 128, `thumbnail ${i + 1} is small: ${img.width}x${img.height}`);
      assert.ok(img.pixels.some((v) => v !== img.pixels[0]), `thumbnail ${i + 1} is not a flat colour`);
    }
    // Each sample draws its own angle, so the pictures are not all the same.
    const distinct = new Set(images.map((img) => Buffer.from(img.pixels).toString('base64')));
    assert.ok(distinct.size > 1, `the ${images.length} thumbnails show different rotations`);
  });

  it('no hover away from a layer call', async () => {
    const at = positionOf(augment, 'name="data_augmentation"', 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', augment.uri, at);
    assert.ok(!markdownOf(hovers).includes('At inference'), 'the keyword argument name= gets no layer hover');
  });
});
