// Recall and precision of the parser on the labelled corpus (test/corpus, see its README): on
// pipelines (by name), layers (by pipeline, class, cell and line) and argument values (by layer
// and argument name). The goal is 95 % for each; the test fails below it and prints the figures.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../src/parse';
import type { ParsedFile } from '../../../src/pipeline/model';
import { REPO } from './cliBundle';
import './helpers';

interface LabelLayer { class_name: string; line: number; cell?: number; args: Record<string, unknown> }
interface LabelPipeline { name: string; kind?: string; cell?: number; input_size?: [number, number]; uses?: { kind: string; training: boolean | null; line: number }[]; layers: LabelLayer[] }
interface Labels { keras_version?: 2 | 3; pipelines: LabelPipeline[] }

const CORPUS = join(REPO, 'test', 'corpus');
const GOAL = 0.95;

/** Stable text for a value: numbers to 12 significant digits, object keys sorted. */
function norm(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : Number(v.toPrecision(12)).toString();
  if (Array.isArray(v)) return `[${v.map(norm).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${norm((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

interface Counts { expected: string[]; found: string[] }

function keysOf(pipelines: { name: string; layers: { class_name: string; line: number; cell?: number; args: Record<string, unknown> }[] }[], file: string) {
  const p: string[] = [];
  const l: string[] = [];
  const a: string[] = [];
  for (const pipe of pipelines) {
    p.push(`${file}|${pipe.name}`);
    for (const layer of pipe.layers) {
      const lk = `${file}|${pipe.name}|${layer.class_name}|${layer.cell ?? ''}|${layer.line}`;
      l.push(lk);
      for (const [k, v] of Object.entries(layer.args)) a.push(`${lk}|${k}=${norm(v)}`);
    }
  }
  return { p, l, a };
}

function found(parsed: ParsedFile) {
  return parsed.pipelines.map((p) => ({
    name: p.name,
    layers: p.layers.map((l) => ({ class_name: l.className, line: l.range.start.line, ...(l.range.cell !== undefined ? { cell: l.range.cell } : {}), args: l.args as Record<string, unknown> })),
  }));
}

/** Multiset matching: how many of `found` are in `expected`. */
function matched(expected: string[], got: string[]): number {
  const pool = new Map<string, number>();
  for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
  let m = 0;
  for (const g of got) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      m++;
      pool.set(g, n - 1);
    }
  }
  return m;
}

describe('parse: the labelled corpus', function () {
  this.timeout(60000);

  it(`finds pipelines, layers and argument values with recall and precision of at least ${GOAL * 100} %`, () => {
    const totals: Record<'pipelines' | 'layers' | 'args', Counts> = {
      pipelines: { expected: [], found: [] }, layers: { expected: [], found: [] }, args: { expected: [], found: [] },
    };
    const attributes = { checked: 0, agreed: 0, misses: [] as string[] };
    const files: Record<string, number> = {};
    for (const group of ['python', 'notebooks', 'tfjs', 'configs']) {
      for (const name of readdirSync(join(CORPUS, group)).filter((f) => !f.endsWith('.labels.json')).sort()) {
        const base = name.replace(/\.[^.]+$/, '');
        const labels = JSON.parse(readFileSync(join(CORPUS, group, `${base}.labels.json`), 'utf8')) as Labels;
        files[group] = (files[group] ?? 0) + 1;
        const parsed = parseFile(name, readFileSync(join(CORPUS, group, name)));
        const e = keysOf(labels.pipelines, name);
        const f = keysOf(found(parsed), name);
        totals.pipelines.expected.push(...e.p); totals.pipelines.found.push(...f.p);
        totals.layers.expected.push(...e.l); totals.layers.found.push(...f.l);
        totals.args.expected.push(...e.a); totals.args.found.push(...f.a);
        // Pipeline attributes (kind, input size, uses, Keras version): reported, not part of the goal.
        const check = (what: string, ok: boolean) => {
          attributes.checked++;
          if (ok) attributes.agreed++;
          else attributes.misses.push(`${name}: ${what}`);
        };
        if (labels.keras_version) check('keras_version', parsed.kerasVersion.version === labels.keras_version);
        for (const lp of labels.pipelines) {
          const fp = parsed.pipelines.find((p) => p.name === lp.name);
          if (!fp) continue;
          if (lp.kind) check(`${lp.name} kind`, (fp.kind ?? 'keras') === lp.kind);
          if (lp.input_size) check(`${lp.name} input_size`, fp.inputSize?.height === lp.input_size[0] && fp.inputSize?.width === lp.input_size[1]);
          if (lp.uses) check(`${lp.name} uses`, norm(lp.uses) === norm((fp.uses ?? []).map((u) => ({ kind: u.kind, training: u.training, line: u.range.start.line }))));
        }
      }
    }
    assert.ok((files.python ?? 0) >= 30 && (files.notebooks ?? 0) >= 5 && (files.tfjs ?? 0) >= 5 && (files.configs ?? 0) >= 3, JSON.stringify(files));
    const lines: string[] = [];
    const figures: Record<string, { recall: number; precision: number }> = {};
    for (const [what, c] of Object.entries(totals)) {
      const m = matched(c.expected, c.found);
      const recall = m / c.expected.length;
      const precision = c.found.length === 0 ? 1 : matched(c.found, c.expected) / c.found.length;
      figures[what] = { recall, precision };
      lines.push(`${what.padEnd(10)} recall ${(recall * 100).toFixed(1)} % (${m}/${c.expected.length})   precision ${(precision * 100).toFixed(1)} % (${matched(c.found, c.expected)}/${c.found.length})`);
      const missing = c.expected.filter((k) => !c.found.includes(k));
      const extra = c.found.filter((k) => !c.expected.includes(k));
      if (process.env.CORPUS_VERBOSE) lines.push(...missing.map((k) => `  missed ${k}`), ...extra.map((k) => `  extra  ${k}`));
    }
    lines.push(`attributes agreed ${attributes.agreed}/${attributes.checked}${attributes.misses.length ? ': ' + attributes.misses.join('; ') : ''}`);
    console.log(`      corpus: ${JSON.stringify(files)}\n      ${lines.join('\n      ')}`);
    for (const [what, f] of Object.entries(figures)) {
      assert.ok(f.recall >= GOAL, `${what} recall ${f.recall} below ${GOAL}`);
      assert.ok(f.precision >= GOAL, `${what} precision ${f.precision} below ${GOAL}`);
    }
  });
});
