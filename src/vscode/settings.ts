// The extension's settings, read in one place with their bounds enforced.
import * as vscode from 'vscode';

export interface PreviewSettings {
  readonly samples: number;
  readonly seed: number;
  readonly previewSize: number;
  readonly kerasVersion: 'auto' | 2 | 3;
}

function clampInt(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.min(max, Math.max(min, n));
}

export function readSettings(scope?: vscode.Uri): PreviewSettings {
  const c = vscode.workspace.getConfiguration('augmentationPreview', scope);
  const keras = c.get<string>('kerasVersion', 'auto');
  return {
    samples: clampInt(c.get('samples'), 9, 1, 64),
    seed: clampInt(c.get('seed'), 42, 0, 2 ** 31 - 1),
    previewSize: clampInt(c.get('previewSize'), 256, 16, 1024),
    kerasVersion: keras === '2' ? 2 : keras === '3' ? 3 : 'auto',
  };
}
