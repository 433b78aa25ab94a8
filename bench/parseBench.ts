// Parser timings against the targets, side by side with CPython's own ast.parse:
//   - a 10,000-line Python file parsed fully in at most half of ast.parse's time on it;
//   - a re-parse after an edit in at most 50 ms (DocumentParser: tree.edit + incremental parse);
//   - a workspace scan of 1,000 files (read from disk) in at most 2 s.
// The 10,000-line file is real code (CPython's own _pydecimal.py and friends, from the local
// Python) with the corpus's augmentation scripts placed between its top-level statements, so
// the parser meets the shape of a large project file. Run: `npm run bench:parse`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentParser, initParser, parsePythonSource, scanFiles } from '../src/parse';

const ROOT = join(__dirname, '..', '..');
const PYTHON = process.env.PYTHON ?? 'python3';
const RUNS = 15;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs = RUNS, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function python(code: string, input = ''): string {
  const r = spawnSync(PYTHON, ['-c', code], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${PYTHON} failed: ${r.stderr}`);
  return r.stdout;
}

/** Large real modules of the local CPython, as filler. */
function stdlibFiller(): string[] {
  const files = python(`import _pydecimal, argparse, typing, inspect, json; print("\\n".join(m.__file__ for m in (_pydecimal, argparse, typing, inspect)))`).trim().split('\n');
  return files.map((f) => readFileSync(f, 'utf8'));
}

function corpusScripts(): string[] {
  const dir = join(ROOT, 'test', 'corpus', 'python');
  return readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** `lines` lines of filler with the corpus scripts spread between top-level statements. */
function largeFile(filler: string[], scripts: string[], lines: number): string {
  const fillerLines = filler.join('\n').split('\n');
  const out: string[] = [];
  let next = 0;
  const every = Math.floor(lines / (scripts.length + 1));
  for (let i = 0; out.length < lines && i < fillerLines.length; i++) {
    const l = fillerLines[i];
    // Only at a top-level statement start (not inside a def, a string, or a bracket) is it safe.
    if (next < scripts.length && out.length >= every * (next + 1) && /^(def |class |[A-Za-z_]\w* = )/.test(l) && !/^\s/.test(fillerLines[i - 1] ?? '')) {
      out.push(...scripts[next++].split('\n'));
    }
    out.push(l);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** A text ast.parse accepts: cut at the last top-level statement boundary it can parse. */
function validPrefix(text: string): string {
  return python(`import ast, sys
src = sys.stdin.read()
lines = src.split("\\n")
for n in range(len(lines), 0, -1):
    if lines[n - 1][:1] not in ("", " ", "\\t", ")", "]", "}", "#"):
        try:
            ast.parse("\\n".join(lines[:n - 1]))
            sys.stdout.write("\\n".join(lines[:n - 1]) + "\\n")
            break
        except SyntaxError:
            pass
`, text);
}

function astParseMs(text: string): number {
  const out = python(`import ast, sys, time
src = sys.stdin.read()
for _ in range(3): ast.parse(src)
ts = []
for _ in range(${RUNS}):
    t = time.perf_counter(); ast.parse(src); ts.append(time.perf_counter() - t)
ts.sort(); print(ts[len(ts) // 2] * 1000)
`, text);
  return Number(out.trim());
}

function report(what: string, ms: number, target: number, detail = ''): boolean {
  const ok = ms <= target;
  console.log(`${what.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms   target ≤ ${target.toFixed(1).padStart(7)} ms   ${ok ? 'met' : 'MISSED'}${detail ? '   ' + detail : ''}`);
  return ok;
}

async function main(): Promise<void> {
  await initParser();
  const scripts = corpusScripts();
  const text = validPrefix(largeFile(stdlibFiller(), scripts, 10_150));
  const lineCount = text.split('\n').length - 1;
  // The machine is shared: alternate the two measurements and keep each one's best median, so a
  // burst of load during one of them does not decide the ratio.
  let ast = Infinity;
  let ours = Infinity;
  for (let round = 0; round < 3; round++) {
    ast = Math.min(ast, astParseMs(text));
    ours = Math.min(ours, time(() => parsePythonSource(text, 'large.py')));
  }
  const parsed = parsePythonSource(text, 'large.py');
  console.log(`10,000-line file: ${lineCount} lines, ${text.length} characters, ${parsed.pipelines.length} pipelines found`);
  let ok = report('full parse (parsePythonSource)', ours, ast / 2, `ast.parse ${ast.toFixed(1)} ms, ratio ${(ours / ast).toFixed(2)}`);

  // A typical large file, for information: three augmentation scripts in 10,000 lines.
  const typical = validPrefix(largeFile(stdlibFiller(), scripts.slice(0, 3), 10_150));
  const typicalAst = astParseMs(typical);
  const typicalOurs = time(() => parsePythonSource(typical, 'typical.py'));
  console.log(`(information) 10,000 lines with 3 augmentation scripts: ${typicalOurs.toFixed(1)} ms, ast.parse ${typicalAst.toFixed(1)} ms, ratio ${(typicalOurs / typicalAst).toFixed(2)}`);

  // Dense worst case, for information: every statement is augmentation code, so all is parsed.
  const dense = Array.from({ length: Math.ceil(10_000 / scripts.join('\n').split('\n').length) }, () => scripts.join('\n')).join('\n').split('\n').slice(0, 10_000).join('\n');
  const denseText = validPrefix(dense);
  const denseAst = astParseMs(denseText);
  const denseOurs = time(() => parsePythonSource(denseText, 'dense.py'), 5, 1);
  console.log(`(information) dense 10,000 lines of augmentation code only: ${denseOurs.toFixed(1)} ms, ast.parse ${denseAst.toFixed(1)} ms, ratio ${(denseOurs / denseAst).toFixed(2)}`);

  // Re-parse after typing one character inside a layer's argument.
  const doc = new DocumentParser('large.py');
  doc.update(text);
  const at = text.indexOf('RandomRotation(') + 'RandomRotation('.length;
  let k = 0;
  const edit = time(() => {
    const digit = String(k++ % 10);
    doc.update(text.slice(0, at) + digit + text.slice(at));
  });
  doc.dispose();
  ok = report('re-parse after an edit (DocumentParser)', edit, 50) && ok;

  // Workspace scan: 1,000 files on disk, 10 % of them augmentation scripts.
  const dir = mkdtempSync(join(tmpdir(), 'ap-scan-'));
  try {
    const fillerFiles = text.split(/\n(?=def |class )/).filter((c) => c.length > 200);
    for (let i = 0; i < 1000; i++) {
      const sub = join(dir, `pkg${i % 20}`);
      mkdirSync(sub, { recursive: true });
      const body = i % 10 === 0 ? scripts[(i / 10) % scripts.length] : fillerFiles[i % fillerFiles.length];
      writeFileSync(join(sub, `module${i}.py`), body);
    }
    const scan = time(() => {
      const files = [];
      for (const sub of readdirSync(dir)) {
        for (const f of readdirSync(join(dir, sub))) files.push({ path: `${sub}/${f}`, content: readFileSync(join(dir, sub, f)) });
      }
      const r = scanFiles(files);
      if (r.read + r.skipped !== 1000) throw new Error(`scanned ${r.read + r.skipped} files`);
    }, 5, 1);
    ok = report('workspace scan of 1,000 files (read + scanFiles)', scan, 2000) && ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
