// The images a preview feeds to the pipeline. An image: that image (copies of it fill the batch),
// plus, for layers that mix the images of a batch (MixUp, CutMix), other images of its folder as
// partners, as in training. A folder: its images form the batch, like a training step.
import * as vscode from 'vscode';
import type { PipelineSpec } from '../engine/previewTypes';
import { isImageFileName } from '../images/imageFormats';
import { BATCH_MIXING_LAYERS } from '../pipeline/catalog';

const MAX_PARTNER_BYTES = 20 * 1024 * 1024;

export interface EncodedImage {
  readonly bytes: Uint8Array;
  readonly name: string;
}

export interface PreviewImages {
  readonly target: EncodedImage;
  readonly partners: readonly EncodedImage[];
}

export function mixesBatch(spec: PipelineSpec): boolean {
  return spec.layers.some((l) => BATCH_MIXING_LAYERS.has(l.className));
}

export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory;
  } catch {
    return false;
  }
}

async function imagesIn(folder: vscode.Uri): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  return entries.filter(([name, type]) => type === vscode.FileType.File && isImageFileName(name)).map(([name]) => name).sort();
}

async function readAll(folder: vscode.Uri, names: readonly string[]): Promise<EncodedImage[]> {
  const out: EncodedImage[] = [];
  for (const name of names) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name));
      if (bytes.byteLength <= MAX_PARTNER_BYTES) out.push({ bytes, name });
    } catch {
      // an unreadable neighbour is simply left out
    }
  }
  return out;
}

export async function previewImages(subject: vscode.Uri, spec: PipelineSpec, samples: number): Promise<PreviewImages> {
  if (await isFolder(subject)) {
    const names = await imagesIn(subject);
    const folderName = subject.path.split('/').pop() ?? subject.path;
    if (names.length === 0) throw new Error(vscode.l10n.t('The folder {0} has no PNG, JPEG, BMP, GIF or TIFF images.', folderName));
    const [target, ...partners] = await readAll(subject, names.slice(0, Math.max(1, samples)));
    if (!target) throw new Error(vscode.l10n.t('No image in the folder {0} could be read.', folderName));
    return { target, partners };
  }
  const target = { bytes: await vscode.workspace.fs.readFile(subject), name: subject.path.split('/').pop() ?? 'image' };
  if (samples <= 1 || !mixesBatch(spec)) return { target, partners: [] };
  const folder = vscode.Uri.joinPath(subject, '..');
  let names: string[];
  try {
    names = (await imagesIn(folder)).filter((n) => n !== target.name);
  } catch {
    return { target, partners: [] };
  }
  return { target, partners: await readAll(folder, names.slice(0, samples - 1)) };
}
