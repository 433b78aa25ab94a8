// No false alarms on the parser's labelled corpus: every diagnostic the editor would show on a
// corpus file (the static rules and Keras's own argument checks from the engine) is one its labels
// list, each reviewed as true of that code (see test/corpus/README.md), and every labelled one
// fires. Notebooks are linted cell by cell, as the editor shows them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineValidationFindings } from '../../../src/diagnostics/engineValidation';
import type { Finding } from '../../../src/diagnostics/finding';
import { lintParsedFile } from '../../../src/diagnostics/lint';
import { validatePipelines } from '../../../src/engine/layerInfo';
import { initParser, parseFile } from '../../../src/parse';
import { cellView } from '../../../src/parse/notebook/cellView';
import { cellsFromIpynb } from '../../../src/parse/notebook/notebookProgram';
import type { ParsedFile } from '../../../src/pipeline/model';
import { REPO } from '../parse/cliBundle';

const CORPUS = join(REPO, 'test', 'corpus');

interface LabelledDiagnostic { code: string; line: number; cell?: number }

async function editorFindings(text: string, parsed: ParsedFile): Promise<Finding[]> {
  const findings = lintParsedFile(text, parsed);
  return [...findings, ...(await engineValidationFindings(parsed, findings, async (request) => validatePipelines(request)))];
}

async function findingsOf(group: string, name: string): Promise<string[]> {
  const bytes = readFileSync(join(CORPUS, group, name));
  const parsed = parseFile(name, bytes);
  const key = (f: Finding, cell?: number) => `${f.code}@${cell !== undefined ? `${cell}:` : ''}${f.range.start.line}`;
  if (group !== 'notebooks') return (await editorFindings(bytes.toString('utf8'), parsed)).map((f) => key(f));
  const cells = cellsFromIpynb(bytes.toString('utf8'));
  assert.ok(Array.isArray(cells), `${name} reads as a notebook`);
  const out: string[] = [];
  for (const [i, cell] of cells.entries()) {
    if (cell.kind !== 'code') continue;
    out.push(...(await editorFindings(cell.text, cellView(parsed, i))).map((f) => key(f, i)));
  }
  return out;
}

describe('diagnostics: the labelled corpus', () => {
  before(() => initParser());

  it('shows exactly the reviewed diagnostics on every corpus file, and nothing else', async () => {
    const problems: string[] = [];
    let shown = 0;
    for (const group of ['python', 'notebooks', 'tfjs', 'configs']) {
      for (const name of readdirSync(join(CORPUS, group)).filter((f) => !f.endsWith('.labels.json')).sort()) {
        const labels = JSON.parse(readFileSync(join(CORPUS, group, `${name.replace(/\.[^.]+$/, '')}.labels.json`), 'utf8')) as { diagnostics?: LabelledDiagnostic[] };
        const expected = (labels.diagnostics ?? []).map((d) => `${d.code}@${d.cell !== undefined ? `${d.cell}:` : ''}${d.line}`).sort();
        const found = (await findingsOf(group, name)).sort();
        shown += found.length;
        const extra = found.filter((f, i) => found.indexOf(f) !== i || !expected.includes(f));
        const missing = expected.filter((e) => !found.includes(e));
        if (extra.length) problems.push(`${group}/${name}: unexpected ${extra.join(', ')}`);
        if (missing.length) problems.push(`${group}/${name}: missing ${missing.join(', ')}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(shown > 20, `the corpus does exercise the rules (${shown} diagnostics)`);
  });
});
