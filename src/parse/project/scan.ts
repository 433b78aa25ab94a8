// A workspace scan: files that mention no pipeline word are skipped with one regex test, the
// rest are parsed; WorkspacePipelines keeps results per path so file changes update it
// incrementally. Pure: the glue reads files (or open documents) and passes their contents.
import { KERAS_CV_LAYERS, TF_IMAGE_FUNCTIONS } from '../../pipeline/augmentationCatalog';
import { ALL_IMAGE_LAYERS } from '../../pipeline/catalog';
import type { ParsedFile } from '../../pipeline/model';
import { fileKind, parseFile } from '../index';
import type { PythonParseOptions } from '../python/parsePython';
import type { ExclusionFilter } from './exclusion';

const WORDS = [...new Set(['Sequential', 'sequential', 'class_name', 'tf.image', 'tf.layers', ...ALL_IMAGE_LAYERS, 'CLAHE', ...KERAS_CV_LAYERS, ...TF_IMAGE_FUNCTIONS])];
const MENTIONS = new RegExp(WORDS.map((w) => w.replace(/\./g, '\\.')).join('|'));

/** True when a text could hold a pipeline: it mentions a layer, container or tf.image name. */
export function mentionsPipelineWords(text: string): boolean {
  return MENTIONS.test(text);
}

export interface ScanInput {
  /** Workspace-relative path with '/' (what the exclusion filter and the results use). */
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface ScanResult {
  /** Parsed files that have pipelines or diagnostics, in input order. */
  readonly parsed: ParsedFile[];
  readonly read: number;
  readonly skipped: number;
  readonly excluded: number;
}

export interface ScanOptions extends PythonParseOptions {
  readonly exclude?: ExclusionFilter;
  /** Bigger files are skipped (minified bundles, data dumps); 2 MiB when omitted. */
  readonly maxBytes?: number;
}

export function scanFiles(files: Iterable<ScanInput>, options: ScanOptions = {}): ScanResult {
  const parsed: ParsedFile[] = [];
  let read = 0;
  let skipped = 0;
  let excluded = 0;
  for (const f of files) {
    if (options.exclude?.isExcluded(f.path) || !fileKind(f.path)) {
      excluded++;
      continue;
    }
    const result = parseOne(f, options);
    if (result === undefined) skipped++;
    else {
      read++;
      if (result.pipelines.length > 0 || result.diagnostics.length > 0) parsed.push(result);
    }
  }
  return { parsed, read, skipped, excluded };
}

/** The file's pipelines, or undefined when it was skipped cheaply. */
function parseOne(f: ScanInput, options: ScanOptions): ParsedFile | undefined {
  const size = typeof f.content === 'string' ? f.content.length : f.content.byteLength;
  if (size > (options.maxBytes ?? 2 * 1024 * 1024)) return undefined;
  if (fileKind(f.path) === 'keras') return parseFile(f.path, f.content, options);
  const text = typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);
  if (!mentionsPipelineWords(text)) return undefined;
  return parseFile(f.path, text, options);
}

/** Scan results kept per path, updated as files change, are created and are deleted. */
export class WorkspacePipelines {
  private readonly byPath = new Map<string, ParsedFile>();

  constructor(private options: ScanOptions = {}) {}

  /** New options (a changed setting, new pins): re-scan what you have with update(). */
  setOptions(options: ScanOptions): void {
    this.options = options;
  }

  /** A created or changed file; returns its result (undefined when skipped or excluded). */
  update(file: ScanInput): ParsedFile | undefined {
    const r = this.options.exclude?.isExcluded(file.path) || !fileKind(file.path) ? undefined : parseOne(file, this.options);
    if (r && (r.pipelines.length > 0 || r.diagnostics.length > 0)) this.byPath.set(file.path, r);
    else this.byPath.delete(file.path);
    return r;
  }

  remove(path: string): void {
    this.byPath.delete(path);
  }

  /** Every file's result, by path order. */
  results(): ParsedFile[] {
    return [...this.byPath.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
  }
}
