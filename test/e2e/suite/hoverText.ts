// The markdown text of the hovers VS Code's hover providers returned, joined.
import * as vscode from 'vscode';

export function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n\n');
}
