// Layers that mix the images of a batch (MixUp, CutMix) need other images in it, as in training:
// the preview takes them from the previewed image's folder.
import * as vscode from 'vscode';
import type { PipelineSpec } from '../engine/previewTypes';
import { isImageFileName } from '../images/imageFormats';
import { BATCH_MIXING_LAYERS } from '../pipeline/catalog';

const MAX_PARTNER_BYTES = 20 * 1024 * 1024;

export function mixesBatch(spec: PipelineSpec): boolean {
  return spec.layers.some((l) => BATCH_MIXING_LAYERS.has(l.className));
}

export async function partnerImages(image: vscode.Uri, spec: PipelineSpec, count: number): Promise<{ bytes: Uint8Array; name: string }[]> {
  if (count <= 0 || !mixesBatch(spec)) return [];
  const folder = vscode.Uri.joinPath(image, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const self = image.path.split('/').pop();
  const names = entries
    .filter(([name, type]) => type === vscode.FileType.File && name !== self && isImageFileName(name))
    .map(([name]) => name)
    .sort()
    .slice(0, count);
  const partners: { bytes: Uint8Array; name: string }[] = [];
  for (const name of names) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name));
      if (bytes.byteLength <= MAX_PARTNER_BYTES) partners.push({ bytes, name });
    } catch {
      // an unreadable neighbour is simply not a partner
    }
  }
  return partners;
}
