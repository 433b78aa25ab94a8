// `render MODEL_FILE IMAGE`: the preview without an editor. Writes one PNG per training sample,
// the epoch strip, the training-off output and a contact sheet, through the same renderPreview
// the extension's worker runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AssumedArgument, PreviewResult, Tile } from '../engine/previewTypes';
import { initParser, parseFile } from '../parse';
import type { KerasVersion } from '../pipeline/model';
import { pythonText } from '../pipeline/pythonText';
import { withSuppliedValues } from '../pipeline/suppliedValues';
import { toPipelineSpec } from '../pipeline/toPipelineSpec';
import { intOption, parseArgs } from './args';
import { CliError } from './errors';
import { suppliedFromSets } from './setValues';
import { composeSheet } from '../images/contactSheet';

export async function runRender(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['pipeline', 'samples', 'seed', 'out', 'keras', 'epochs', 'size'], flags: ['json'], lists: ['set'] });
  const [modelFile, imageFile, ...extra] = args.positional;
  if (!modelFile || !imageFile) throw new CliError('render needs MODEL_FILE and IMAGE');
  if (extra.length) throw new CliError(`unexpected argument '${extra[0]}'`);
  const samples = intOption(args, 'samples', 9, 1, 256);
  const seed = intOption(args, 'seed', 42, 0, 2 ** 31 - 1);
  const epochs = intOption(args, 'epochs', 8, 0, 64);
  const maxSize = intOption(args, 'size', 256, 8, 2048);
  const kerasOverride = args.options.get('keras');
  if (kerasOverride !== undefined && kerasOverride !== '2' && kerasOverride !== '3') throw new CliError(`--keras must be 2 or 3, got '${kerasOverride}'`);

  const source = readBytes(modelFile);
  const imageBytes = readBytes(imageFile);
  await initParser();
  const keras = kerasOverride ? { version: Number(kerasOverride) as KerasVersion, reason: 'set by --keras' } : undefined;
  const parsed = parseFile(modelFile, source, keras ? { kerasVersion: keras } : {});
  const candidates = parsed.pipelines.filter((p) => p.layers.length > 0);
  if (candidates.length === 0) throw new CliError(`no augmentation pipeline found in ${modelFile}`);
  const wanted = args.options.get('pipeline');
  const pipeline = wanted === undefined ? candidates[0] : candidates.find((p) => p.name === wanted);
  if (!pipeline) throw new CliError(`no pipeline named '${wanted}' in ${modelFile} (found: ${candidates.map((p) => p.name).join(', ')})`);
  if (wanted === undefined && candidates.length > 1) {
    process.stderr.write(`augmentation-preview: ${modelFile} has ${candidates.length} pipelines; using '${pipeline.name}' (choose with --pipeline NAME)\n`);
  }
  const asWritten = toPipelineSpec(pipeline, parsed.kerasVersion, modelFile);
  const spec = withSuppliedValues(asWritten, suppliedFromSets(args.lists.get('set') ?? [], asWritten));

  const { renderPreview } = await import('../engine/preview');
  const result = await renderPreview({ imageBytes, imageName: path.basename(imageFile), pipeline: spec, seed, samples, epochs, maxSize });
  const outDir = args.options.get('out') ?? `augmentation-preview-${path.parse(imageFile).name}`;
  const written = await writeOutputs(result, outDir);
  for (const w of result.warnings) process.stderr.write(`augmentation-preview: ${w}\n`);
  for (const l of result.layers) {
    for (const a of l.assumed ?? []) process.stderr.write(`augmentation-preview: ${l.className}: ${assumedText(a)}\n`);
    if (l.needs) process.stderr.write(`augmentation-preview: give ${l.className}'s ${l.needs.arg} with --set ${l.className}.${l.needs.arg}=VALUE\n`);
  }
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(written, null, 1) + '\n');
  else process.stdout.write(`wrote ${written.samples.length} samples, ${written.epochs.length} epochs, the training-off output and ${written.sheet} to ${outDir}\n`);
}

/** As the panel says it (in English: the CLI is not localised). */
function assumedText(a: AssumedArgument): string {
  if (a.arg.startsWith('*')) return `${a.text} is not known: previewed with the arguments written out`;
  return a.by === 'user'
    ? `${a.arg} = ${a.text} is not a literal: previewed with your value ${pythonText(a.value)}`
    : `${a.arg} = ${a.text} is not a literal: previewed with Keras's default ${pythonText(a.value)}`;
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

async function writeOutputs(result: PreviewResult, outDir: string) {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw new CliError(`cannot create ${outDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const { encodePng } = await import('../images/encode');
  const write = async (name: string, tile: Tile) => {
    const file = path.join(outDir, name);
    writeFileSync(file, await encodePng(tile.width, tile.height, tile.rgba));
    return file;
  };
  const pad = String(result.training.length).length;
  const samples = [];
  for (const [i, tile] of result.training.entries()) {
    samples.push({ file: await write(`sample-${String(i + 1).padStart(pad, '0')}.png`, tile), params: tile.params });
  }
  const epochs = [];
  for (const [i, tile] of result.epochs.entries()) {
    epochs.push({ epoch: i + 1, file: await write(`epoch-${i + 1}.png`, tile), params: tile.params });
  }
  const inferenceFile = await write('inference.png', result.inference);
  const sheet = composeSheet(result);
  const sheetFile = path.join(outDir, 'sheet.png');
  writeFileSync(sheetFile, await encodePng(sheet.width, sheet.height, sheet.rgba));
  return {
    pipeline: result.pipelineName,
    pipeline_file: result.pipelineFile ?? null,
    keras_version: { version: result.kerasVersion, reason: result.kerasVersionReason ?? null },
    image: result.imageName,
    // The documented fields only (the phrase beside `source` is for the extension's localisation).
    input_size: { width: result.inputSize.width, height: result.inputSize.height, source: result.inputSize.source },
    input_dtype: result.inputDtype,
    seed: result.seed,
    layers: result.layers.map((l) => ({
      class_name: l.className, line: l.line ?? null, applied: l.applied, active_at_inference: l.activeAtInference, problem: l.problem ?? null,
      assumed: (l.assumed ?? []).map((a) => ({ arg: a.arg, text: a.text, value: a.value, by: a.by })),
      needs: l.needs ? { arg: l.needs.arg, text: l.needs.text } : null,
    })),
    samples,
    epochs,
    inference: {
      file: inferenceFile,
      active_layers: result.activeAtInference,
      stages: result.inferenceStages.map((s) => ({ layer: s.layer, changed: s.changed, value_range: s.range })),
    },
    value_range: result.valueRange,
    sheet: sheetFile,
    warnings: result.warnings,
  };
}
