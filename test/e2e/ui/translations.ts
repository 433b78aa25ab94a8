// The extension's own zh-cn translations (l10n/bundle.l10n.zh-cn.json for vscode.l10n strings,
// package.nls.zh-cn.json for the manifest's), so the flow expects exactly what a Chinese user
// should see, with the numbers filled in as vscode.l10n.t does.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Translations {
  /** The translation of an English l10n string, `{n}` replaced by the arguments. */
  t(english: string, ...args: (string | number)[]): string;
  /** The translation of a package.nls key, e.g. "command.preview.title". */
  manifest(key: string): string;
}

function readJson(file: string): Record<string, string> {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the zh-cn translations are part of issue 5`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

export function zhCnTranslations(extensionFolder: string): Translations {
  const bundle = readJson(path.join(extensionFolder, 'l10n', 'bundle.l10n.zh-cn.json'));
  const nls = readJson(path.join(extensionFolder, 'package.nls.zh-cn.json'));
  const pick = (table: Record<string, string>, key: string, where: string) => {
    const v = table[key];
    if (typeof v !== 'string' || v.length === 0) throw new Error(`no zh-cn translation of "${key}" in ${where}`);
    return v;
  };
  return {
    t: (english, ...args) => pick(bundle, english, 'bundle.l10n.zh-cn.json').replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)]))),
    manifest: (key) => pick(nls, key, 'package.nls.zh-cn.json'),
  };
}

/**
 * Runs of two or more English words left in a text meant to be Chinese ("zoom height", "scaled
 * to fit"). Code is not prose: identifiers, calls, file names, keyword arguments and numbers
 * (RandomRotation, model.predict(), fill_mode="reflect", chelsea.png, Keras 3) are removed first.
 */
export function englishProse(text: string): string[] {
  // Removed code becomes a bar, so the words on either side of it do not join into a run.
  const prose = text
    .replace(/\S*[._=()/\\\d]\S*/g, ' | ') // anything with code punctuation or digits
    .replace(/\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/g, ' | '); // CamelCase class names
  return [...prose.matchAll(/\b[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,})+\b/g)].map((m) => m[0]);
}
