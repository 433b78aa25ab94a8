// `augmentation-preview parse FILE... [--json] [--keras 2|3]`: the pipelines found in Python
// files, notebooks, TF.js code and saved model configs, as JSON (docs/parse-format.md) or as a
// short summary for people. Values are checked with the engine's own validation (loaded only
// when there is a layer to check), and the Keras version weighs the project's pin files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { initParser, isPinFile, kerasVersionFromPins, parseFile, type LayerValidator } from '../parse';
import { layerActiveAtInference } from '../pipeline/layerConfig';
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
  const sources = files.map((file) => ({ file, bytes: readSource(file) }));
  await initParser();
  const validateLayer = engineValidator();
  const parsed = sources.map(({ file, bytes }) => {
    const pins = keras ? undefined : projectPins(file);
    return parseFile(file, bytes, { ...(keras ? { kerasVersion: keras } : {}), ...(pins ? { projectKerasVersion: pins } : {}), validateLayer });
  });
  if (args.flags.has('json')) {
    const out: ParseOutputJson = { files: parsed.map(fileToJson) };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(parsed.map(summary).join('\n'));
  }
}

/** The engine's createLayer as a validator; TF.js is loaded on the first layer to check. */
function engineValidator(): LayerValidator {
  let registry: typeof import('../engine/registry') | undefined;
  return (className, args, version) => {
    registry ??= require('../engine/registry') as typeof import('../engine/registry');
    try {
      registry.createLayer(className, args, version);
      return undefined;
    } catch (err) {
      if (err instanceof registry.UnsupportedLayerError) return undefined; // not implemented is not invalid
      if (err instanceof Error && err.name === 'LayerConfigError') return err.message;
      throw err;
    }
  };
}

/** The nearest folder (from the file's up) holding pin files decides, if any. */
function projectPins(file: string): KerasVersionChoice | undefined {
  for (let dir = dirname(resolve(file)), k = 0; k < 40; dir = dirname(dir), k++) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter(isPinFile);
    } catch {
      // an unreadable folder holds no pins we can see
    }
    if (names.length > 0) {
      const texts = names.map((n) => ({ path: n, text: safeRead(join(dir, n)) }));
      const v = kerasVersionFromPins(texts);
      if (v) return v;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  return undefined;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function kerasOption(raw: string | undefined): KerasVersionChoice | undefined {
  if (raw === undefined) return undefined;
  if (raw !== '2' && raw !== '3') throw new CliError(`--keras must be 2 or 3, got '${raw}'`);
  return { version: raw === '2' ? 2 : 3, reason: `--keras ${raw}` };
}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
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
    const cell = p.range.cell !== undefined ? `cell ${p.range.cell}, ` : '';
    lines.push(`  ${p.name} (${cell}line ${p.range.start.line})`);
    for (const l of p.layers) {
      const args = Object.entries(l.args).map(([k, v]) => `${k}=${formatValue(v)}`).join(', ');
      const when = layerActiveAtInference(l, version) ? 'training and inference' : 'training only';
      const lc = l.range.cell !== undefined ? `cell ${l.range.cell}, ` : '';
      lines.push(`    ${lc}line ${l.range.start.line}: ${l.className}(${args})  [${when}]${l.from ? `  (from ${l.from})` : ''}`);
    }
    if (p.otherLayers.length > 0) {
      lines.push(`    not preprocessing, skipped: ${p.otherLayers.map((l) => l.className).join(', ')}`);
    }
  }
  for (const d of parsed.diagnostics) {
    const where = d.range ? `${d.range.cell !== undefined ? `cell ${d.range.cell}, ` : ''}line ${d.range.start.line}, column ${d.range.start.column}` : 'file';
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
