// Engine, parser and diagnostics texts are phrases: English messages with {0} placeholders, written
// as literals where they are made (scripts/l10n-extract.mjs collects them there). Here they are
// looked up in the l10n bundle by that English message.
import * as vscode from 'vscode';
import { formatNumber } from '../engine/layers/description';
import type { Phrase } from '../pipeline/model';

/** A phrase in the display language, its numbers formatted and nested phrases localised too. */
export function localise(p: Phrase): string {
  const args = (p.args ?? []).map((a) => (typeof a === 'number' ? formatNumber(a) : typeof a === 'string' ? a : localise(a)));
  return vscode.l10n.t(p.message, ...args);
}

/** A phrase's template in the display language, its placeholders left for the webview to fill. */
export function localiseTemplate(p: Phrase): string {
  return vscode.l10n.t(p.message);
}
