// Collects every user-visible English string into l10n/bundle.l10n.json, the key list that
// translations (l10n/bundle.l10n.<lang>.json) must cover: vscode.l10n.t(...) / t(...) in the
// extension, and phrase(...) / { message: ... } texts the engine, the diagnostics and the parser
// produce (the extension localises those by their English message).
//   node scripts/l10n-extract.mjs           writes l10n/bundle.l10n.json
//   node scripts/l10n-extract.mjs --check   exits 1 when the file is out of date
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src/vscode', 'src/engine/layers', 'src/engine/preview.ts', 'src/engine/paramLabels.ts', 'src/diagnostics', 'src/parse', 'src/pipeline', 'src/extension.ts'];
const CALLEES = new Set(['t', 'vscode.l10n.t', 'l10n.t', 'phrase']);

function files(path) {
  const full = join(root, path);
  if (full.endsWith('.ts')) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : e.name.endsWith('.ts') ? [join(full, e.name)] : []));
}

function literal(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

export function extract() {
  const keys = new Set();
  for (const file of SOURCES.flatMap(files)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && CALLEES.has(node.expression.getText(sf))) {
        const text = literal(node.arguments[0]);
        if (text !== undefined) keys.add(text);
      }
      // Findings and phrases written as object literals: { message: '...' }.
      if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'message' && ts.isObjectLiteralExpression(node.parent)) {
        const text = literal(node.initializer);
        if (text !== undefined && /\{\d\}|\s/.test(text)) keys.add(text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return Object.fromEntries([...keys].sort().map((k) => [k, k]));
}

const target = join(root, 'l10n', 'bundle.l10n.json');
const next = JSON.stringify(extract(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== next) {
    console.error('l10n/bundle.l10n.json is out of date: run `node scripts/l10n-extract.mjs` and translate the new strings');
    process.exit(1);
  }
} else {
  writeFileSync(target, next);
  console.log(`wrote ${Object.keys(JSON.parse(next)).length} strings to l10n/bundle.l10n.json`);
}
