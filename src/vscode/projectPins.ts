// The Keras version a project pins (requirements*.txt, pyproject.toml, setup.cfg, environment.yml,
// Pipfile): read from the file's folder and its parents up to the workspace folder, cached until
// a pin file changes.
import * as vscode from 'vscode';
import { isPinFile, kerasVersionFromPins } from '../parse';
import type { KerasVersionChoice } from '../pipeline/model';

const cache = new Map<string, Promise<KerasVersionChoice | undefined>>();

/** Watches pin files; `changed` runs after the cache is dropped (parses that used it are stale too). */
export function watchPinFiles(changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/{requirements*.txt,requirements*.in,pyproject.toml,setup.cfg,setup.py,Pipfile,environment.yml,environment.yaml}');
  const clear = () => {
    cache.clear();
    changed();
  };
  return vscode.Disposable.from(watcher, watcher.onDidChange(clear), watcher.onDidCreate(clear), watcher.onDidDelete(clear));
}

async function pinsIn(folder: vscode.Uri): Promise<{ path: string; text: string }[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const files: { path: string; text: string }[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !isPinFile(name)) continue;
    try {
      files.push({ path: name, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))) });
    } catch {
      // an unreadable pin file says nothing
    }
  }
  return files;
}

/** The nearest folder (from the file's own up to its workspace folder) whose pins decide a version. */
export function projectKerasVersion(file: vscode.Uri): Promise<KerasVersionChoice | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(file)?.uri;
  let folder = vscode.Uri.joinPath(file, '..');
  const key = folder.toString();
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      for (let depth = 0; depth < 32; depth++) {
        const found = kerasVersionFromPins(await pinsIn(folder));
        if (found) return found;
        if (!root || folder.toString() === root.toString() || !folder.path.startsWith(root.path)) return undefined;
        folder = vscode.Uri.joinPath(folder, '..');
      }
      return undefined;
    })();
    cache.set(key, hit);
  }
  return hit;
}
