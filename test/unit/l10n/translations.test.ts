// The l10n bundle is extracted from the sources, and every translation covers it exactly:
// each key translated, no stale keys, the same {0}-style placeholders, nothing left in English
// unless the string is only code. Runs the extractor itself (scripts/l10n-extract.mjs --check).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const repo = path.resolve(__dirname, '../../../..');

function readJson(relative: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(repo, relative), 'utf8')) as Record<string, string>;
}

function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

// Words that may stay as they are in any language: product and library names.
const PROPER_NAMES = new Set(['Keras', 'TensorFlow', 'TF', 'Augmentation', 'Preview']);

/**
 * True when the English text holds nothing to translate: placeholders, punctuation, numbers and
 * code (identifiers with _ . = or inner capitals, such as value_range, layers.RandomFlip,
 * factor=(0.1, 0.1)). Such strings may be identical in the translation.
 */
function onlyCode(english: string): boolean {
  const rest = english.replace(/\{\d+\}/g, ' ');
  const words = rest.match(/[A-Za-z_][\w.]*(?:=\S*)?/g) ?? [];
  return words.every((w) => /[_.=]/.test(w) || /^.[a-z0-9]*[A-Z]/.test(w) || PROPER_NAMES.has(w));
}

function checkTranslation(english: Record<string, string>, translated: Record<string, string>, label: string): void {
  const missing = Object.keys(english).filter((k) => !(k in translated));
  assert.deepEqual(missing, [], `${label}: keys without a translation`);
  const stale = Object.keys(translated).filter((k) => !(k in english));
  assert.deepEqual(stale, [], `${label}: keys that are no longer in the English`);
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const text = translated[key];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`empty: ${key}`);
      continue;
    }
    if (placeholders(text).join() !== placeholders(source).join()) {
      problems.push(`placeholders differ: ${key}\n    ${source}\n    ${text}`);
    }
    if (text === source && !onlyCode(source)) problems.push(`left in English: ${key}`);
  }
  assert.deepEqual(problems, [], `${label}:\n  ${problems.join('\n  ')}`);
}

// The extractor collects only string literals. A t()/phrase() whose text is built at run time
// (a template with ${...}, a conditional, a variable) never reaches the bundle, so it shows in
// English in every language. Pass-throughs of texts that are extracted elsewhere are fine; the
// rest are known gaps, listed so that no new one appears unnoticed.
const SOURCES = ['src/vscode', 'src/engine/layers', 'src/engine/preview.ts', 'src/diagnostics', 'src/parse', 'src/pipeline', 'src/extension.ts'];
const CALLEES = new Set(['t', 'vscode.l10n.t', 'l10n.t', 'phrase']);
const PASS_THROUGH = new Set([
  // phrases (engine, parser, diagnostics, tile labels) are localised here; their texts are
  // extracted where they are written
  'src/vscode/localise.ts: p.message',
  // the parser's diagnostics carry phrases written as literals in src/parse, extracted there
  // (test/unit/parse/phrases.test.ts checks each one has one); the English message is only the
  // fallback for a diagnostic from elsewhere
  'src/diagnostics/parserFindings.ts: d.phrase ?? { message: d.message }',
  'src/diagnostics/parserFindings.ts: d.message',
]);
// Texts built at run time that are known to stay in English; empty, and it should stay so.
const KNOWN_GAPS = new Set<string>([]);

function sourceFiles(relative: string): string[] {
  const full = path.join(repo, relative);
  if (full.endsWith('.ts')) return [relative];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(relative, e.name)) : e.name.endsWith('.ts') ? [path.join(relative, e.name)] : [],
  );
}

/** Every localised call (and diagnostics { message }) whose text is not a plain string literal. */
function nonLiteralTexts(): string[] {
  const found: string[] = [];
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const sf = ts.createSourceFile(file, readFileSync(path.join(repo, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const isLiteral = (n: ts.Node) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && CALLEES.has(node.expression.getText(sf)) && node.arguments[0] && !isLiteral(node.arguments[0])) {
        found.push(`${file.split(path.sep).join('/')}: ${node.arguments[0].getText(sf).replace(/\s+/g, ' ')}`);
      }
      if (file.startsWith('src/diagnostics') && ts.isPropertyAssignment(node) && node.name.getText(sf) === 'message' && ts.isObjectLiteralExpression(node.parent)) {
        const value = node.initializer;
        if (!isLiteral(value) && !ts.isCallExpression(value) && !ts.isObjectLiteralExpression(value) && !ts.isConditionalExpression(value)) {
          found.push(`${file.split(path.sep).join('/')}: ${value.getText(sf)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('localisation', () => {
  it('onlyCode tells code from prose', () => {
    assert.equal(onlyCode('Write factor=({0}, {0})'), false);
    assert.equal(onlyCode('Use layers.{0}'), false);
    assert.equal(onlyCode('{0}. {1}:'), true);
    assert.equal(onlyCode('Keras {0} ({1})'), true);
    assert.equal(onlyCode('Set value_range=({0}, {1})'), false);
    assert.equal(onlyCode('value_range=({0}, {1})'), true);
  });

  it('l10n/bundle.l10n.json is up to date with the sources (scripts/l10n-extract.mjs --check)', function () {
    this.timeout(60_000);
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'l10n-extract.mjs'), '--check'], { cwd: repo, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stderr}${run.stdout}`);
  });

  it('no new localised text is built at run time, out of the extractor\'s reach', () => {
    const fresh = nonLiteralTexts().filter((k) => !PASS_THROUGH.has(k) && !KNOWN_GAPS.has(k));
    assert.deepEqual(fresh, [], 'write these as string literals (one per variant), or they stay in English in every translation');
  });

  it('bundle keys map to themselves in the English bundle', () => {
    const bundle = readJson('l10n/bundle.l10n.json');
    assert.ok(Object.keys(bundle).length > 0);
    for (const [k, v] of Object.entries(bundle)) assert.equal(v, k);
  });

  it('the zh-cn bundle translates every key of l10n/bundle.l10n.json, and nothing else', () => {
    checkTranslation(readJson('l10n/bundle.l10n.json'), readJson('l10n/bundle.l10n.zh-cn.json'), 'l10n/bundle.l10n.zh-cn.json');
  });

  it('package.nls.zh-cn.json translates every key of package.nls.json, and nothing else', () => {
    checkTranslation(readJson('package.nls.json'), readJson('package.nls.zh-cn.json'), 'package.nls.zh-cn.json');
  });

  it('every %key% the manifest uses is in package.nls.json', () => {
    const manifest = readFileSync(path.join(repo, 'package.json'), 'utf8');
    const nls = readJson('package.nls.json');
    const used = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 0);
    assert.deepEqual(used.filter((k) => !(k in nls)), []);
  });

  it('the zh-cn texts quote with “” only (not 「」) and use full-width punctuation in prose', () => {
    const texts = [...Object.values(readJson('l10n/bundle.l10n.zh-cn.json')), ...Object.values(readJson('package.nls.zh-cn.json'))];
    assert.deepEqual(texts.filter((t) => /[「」『』]/.test(t)), []);
    // A Chinese character directly followed by an ASCII comma or full stop means half-width prose punctuation.
    assert.deepEqual(texts.filter((t) => /[\u4e00-\u9fff][,;]|[\u4e00-\u9fff]\.(\s|$)/.test(t)), []);
  });

  it('every other translation present covers the bundle too', () => {
    for (const file of readdirSync(path.join(repo, 'l10n')).filter((f) => /^bundle\.l10n\.[\w-]+\.json$/.test(f))) {
      checkTranslation(readJson('l10n/bundle.l10n.json'), readJson(`l10n/${file}`), `l10n/${file}`);
    }
    for (const file of readdirSync(repo).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f))) {
      checkTranslation(readJson('package.nls.json'), readJson(file), file);
    }
  });
});
