// Shared by the parser's tests: one init for the whole run, and small accessors.
import { initParser, parsePythonSource, PythonParseOptions } from '../../../src/parse';
import type { KerasVersionChoice, LayerCall, ParsedFile, Pipeline } from '../../../src/pipeline/model';

before(async () => {
  await initParser();
});

/** Strips the common indentation, so test sources can be indented with the test code. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function parse(source: string, options: PythonParseOptions = {}): ParsedFile {
  return parsePythonSource(dedent(source), 'test.py', options);
}

export function onlyPipeline(parsed: ParsedFile): Pipeline {
  if (parsed.pipelines.length !== 1) {
    throw new Error(`expected one pipeline, got ${parsed.pipelines.length}: ${parsed.pipelines.map((p) => p.name).join(', ')}`);
  }
  return parsed.pipelines[0];
}

/** The single layer of the single pipeline. */
export function onlyLayer(parsed: ParsedFile): LayerCall {
  const p = onlyPipeline(parsed);
  if (p.layers.length !== 1) throw new Error(`expected one layer, got ${p.layers.map((l) => l.className).join(', ')}`);
  return p.layers[0];
}

/** The args of the only layer in `Sequential([<call>])`, with `prelude` before it. */
export function argsOf(call: string, prelude = ''): LayerCall['args'] {
  return onlyLayer(parse(`${prelude}\nm = Sequential([${call}])\n`)).args;
}

export function codes(parsed: ParsedFile): string[] {
  return parsed.diagnostics.map((d) => d.code);
}

/** A Keras version choice as the CLI prints it: the version and the English reason (not its phrase). */
export function versionAndReason(choice: KerasVersionChoice | undefined): { version: number; reason: string } | undefined {
  return choice && { version: choice.version, reason: choice.reason };
}
