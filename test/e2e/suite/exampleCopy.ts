// A private copy of the repository's example/ workspace (augment.py, model.py, images/) for
// tests that edit files: the fixtures under example/ and test/e2e/workspace stay untouched,
// and each test file starts from the example as shipped. Edits stay unsaved: a save would make
// VS Code's local history copy the file, racing the copy's removal.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot } from '../harness/paths';

export interface ExampleCopy {
  readonly root: string;
  uri(...segments: string[]): vscode.Uri;
  /** Opens a file of the copy as a text document (not shown in an editor). */
  open(...segments: string[]): Promise<vscode.TextDocument>;
  remove(): void;
}

export function copyExample(label: string): ExampleCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `augprev-e2e-${label}-`));
  fs.cpSync(path.join(repoRoot, 'example'), root, { recursive: true });
  const uri = (...segments: string[]) => vscode.Uri.file(path.join(root, ...segments));
  return {
    root,
    uri,
    open: (...segments) => Promise.resolve(vscode.workspace.openTextDocument(uri(...segments))),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** The position of the `nth` occurrence of `needle` in a document, plus `within` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, within = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth + 1}) is not in ${document.uri.fsPath}`);
  }
  return document.positionAt(at + within);
}
