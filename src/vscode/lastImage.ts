// The image hovers and CodeLens previews use: the one last previewed in this window, or the
// sample photo shipped with the extension (media/sample.png, CC0, scikit-image's "chelsea").
import * as vscode from 'vscode';

let last: vscode.Uri | undefined;

export function rememberPreviewedImage(uri: vscode.Uri): void {
  last = uri;
}

export function lastPreviewedImage(): vscode.Uri | undefined {
  return last;
}

export interface HoverImage {
  /** Changes when the image does, for caches. */
  readonly key: string;
  readonly name: string;
  bytes(): Promise<Uint8Array>;
}

export async function previewImageForHovers(extensionUri: vscode.Uri): Promise<HoverImage> {
  const uri = last ?? vscode.Uri.joinPath(extensionUri, 'media', 'sample.png');
  let mtime = 0;
  try {
    mtime = (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    if (last) {
      last = undefined; // deleted since: fall back to the sample
      return previewImageForHovers(extensionUri);
    }
  }
  return {
    key: `${uri.toString()}@${mtime}`,
    name: uri.path.split('/').pop() ?? 'image',
    bytes: async () => vscode.workspace.fs.readFile(uri),
  };
}
