// `augmentation-preview parse FILE... [--json] [--keras 2|3]`: the pipelines found in Python
// files, as JSON (docs/parse-format.md) or as a short summary for people.
import { readFileSync } from 'node:fs';
import { initParser, parsePythonSource } from '../parse';
import { activeAtInference } from '../pipeline/catalog';
import type { ArgValue, KerasVersionChoice, ParsedFile } from '../pipeline/model';
import { isUnresolved } from '../pipeline/model';
import { parseArgs } from './args';
import { CliError } from './errors';
import { fileToJson, ParseOutputJson } from './parseJson';

export async function runParse(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['keras'], flags: ['json'] });
  const files = args.positional;
  if (files.length === 0) throw new CliError('parse needs at least one FILE (usage: parse FILE... [--json] [--keras 2|3])');
  const keras = kerasOption(args.options.get('keras'));
  // Read everything first, so a missing file fails before any output.
  const sources = files.map((file) => ({ file, text: readSource(file) }));
  await initParser();
  const parsed = sources.map(({ file, text }) => parsePythonSource(text, file, keras ? { kerasVersion: keras } : {}));
  if (args.flags.has('json')) {
    const out: ParseOutputJson = { files: parsed.map(fileToJson) };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(parsed.map(summary).join('\n'));
  }
}

function kerasOption(raw: string | undefined): KerasVersionChoice | undefined {
  if (raw === undefined) return undefined;
  if (raw !== '2' && raw !== '3') throw new CliError(`--keras must be 2 or 3, got '${raw}'`);
  return { version: raw === '2' ? 2 : 3, reason: `--keras ${raw}` };
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new CliError(`cannot read '${file}': ${why}`);
  }
}

function summary(parsed: ParsedFile): string {
  const version = parsed.kerasVersion.version;
  const lines = [`${parsed.file}: Keras ${version} (${parsed.kerasVersion.reason})`];
  if (parsed.pipelines.length === 0) lines.push('  no augmentation pipeline found');
  for (const p of parsed.pipelines) {
    lines.push(`  ${p.name} (line ${p.range.start.line})`);
    for (const l of p.layers) {
      const args = Object.entries(l.args).map(([k, v]) => `${k}=${formatValue(v)}`).join(', ');
      const when = activeAtInference(l.className, version) ? 'training and inference' : 'training only';
      lines.push(`    line ${l.range.start.line}: ${l.className}(${args})  [${when}]`);
    }
    if (p.otherLayers.length > 0) {
      lines.push(`    not preprocessing, skipped: ${p.otherLayers.map((l) => l.className).join(', ')}`);
    }
  }
  for (const d of parsed.diagnostics) {
    const where = d.range ? `line ${d.range.start.line}, column ${d.range.start.column}` : 'file';
    lines.push(`  ${d.severity} (${where}) [${d.code}]: ${d.message}`);
  }
  return lines.join('\n') + '\n';
}

function formatValue(v: ArgValue): string {
  if (isUnresolved(v)) return `<unresolved: ${v.unresolved}>`;
  if (typeof v === 'number') return String(Number.isInteger(v) ? v : Number(v.toPrecision(6)));
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${formatValue(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}
