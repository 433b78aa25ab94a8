// `apply`: one Keras layer on a nested array, printed as {"output": ...}. The oracle tests call
// applyLayer, the same function the command runs, and compare with real Keras.
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import type { KerasVersion, Value } from '../pipeline/model';
import { ensureBackend } from '../engine/backend';
import { createLayer } from '../engine/registry';
import { SeededRng } from '../engine/rng';
import { runLayers } from '../engine/run';
import type { KerasDtype } from '../engine/layers/layer';
import { batchShapeOf, float32Values } from '../engine/tensors';
import { isUserError } from '../engine/userError';
import { intOption, parseArgs } from './args';
import { CliError } from './errors';
import { INPUT_DTYPES, parseNestedArray, toNestedArray, type InputDtype } from './nestedArray';

export interface ApplyRequest {
  readonly layer: string;
  /** Keyword arguments of the layer, as JSON (tuples as lists). */
  readonly config: Readonly<Record<string, Value>>;
  /** Nested array, channels last: (H, W, C) or (N, H, W, C). */
  readonly input: unknown;
  readonly dtype: InputDtype;
  readonly training: boolean;
  readonly keras: KerasVersion;
  /** A stated transformation instead of a random draw (format: docs/transformations.md). */
  readonly transformation?: unknown;
  readonly seed: number;
}

/**
 * Runs the layer; bad input of any kind throws CliError with a one-line message. The output has
 * the input's rank and the layer's output size, and `dtype` is what Keras would return (values
 * of an integer dtype are whole numbers).
 */
export async function applyLayer(request: ApplyRequest): Promise<{ output: unknown[]; dtype: KerasDtype }> {
  const input = parseNestedArray(request.input, request.dtype);
  if (input.shape.length !== 3 && input.shape.length !== 4) {
    throw new CliError(`input must have rank 3 (H, W, C) or 4 (N, H, W, C), got rank ${input.shape.length} (shape [${input.shape.join(', ')}])`);
  }
  // A single image is a batch of one, as Keras's transform_single_image does.
  const shape4 = (input.shape.length === 3 ? [1, ...input.shape] : input.shape) as [number, number, number, number];
  await ensureBackend();
  const images = tf.tensor4d(input.data, shape4, 'float32');
  try {
    const result = userErrorsAsCli(() => {
      const layer = createLayer(request.layer, request.config, request.keras);
      const transformations =
        request.transformation === undefined ? undefined : [layer.parseTransformation(request.transformation, batchShapeOf(images))];
      return runLayers([layer], images, { training: request.training, rng: new SeededRng(request.seed), transformations, dtype: request.dtype });
    });
    try {
      // A single image comes back as a single image, at whatever size the layer made it.
      const shape = input.shape.length === 3 ? result.output.shape.slice(1) : result.output.shape;
      return { output: toNestedArray(float32Values(result.output), shape), dtype: result.dtype };
    } finally {
      result.output.dispose();
    }
  } finally {
    images.dispose();
  }
}

function userErrorsAsCli<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isUserError(err)) throw new CliError(err.message);
    throw err;
  }
}

export async function runApply(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['layer', 'config', 'input', 'dtype', 'training', 'keras', 'transformation', 'seed'] });
  if (args.positional.length) throw new CliError(`apply takes no positional arguments, got '${args.positional[0]}'`);
  const required = (name: string): string => {
    const v = args.options.get(name);
    if (v === undefined) throw new CliError(`apply needs --${name}`);
    return v;
  };
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = args.options.get(name) ?? fallback;
    if (!allowed.includes(v as T)) throw new CliError(`--${name} must be one of ${allowed.join(', ')}, got '${v}'`);
    return v as T;
  };
  const layer = required('layer');
  const config = parseJson('--config', required('config'));
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new CliError('--config must be a JSON object of keyword arguments, e.g. {"factor": 0.1}');
  }
  const transformationText = args.options.get('transformation');
  const inputPath = required('input');
  let inputText: string;
  try {
    inputText = readFileSync(inputPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(err));
    throw new CliError(`cannot read --input '${inputPath}': ${why}`);
  }
  const result = await applyLayer({
    layer,
    config: config as Record<string, Value>,
    input: parseJson(`--input '${inputPath}'`, inputText),
    dtype: choice('dtype', INPUT_DTYPES, 'float32'),
    training: choice('training', ['true', 'false'], 'true') === 'true',
    keras: Number(choice('keras', ['2', '3'], '3')) as KerasVersion,
    transformation: transformationText === undefined ? undefined : parseJson('--transformation', transformationText),
    seed: intOption(args, 'seed', 0, 0, 2 ** 32 - 1),
  });
  process.stdout.write(JSON.stringify(result) + '\n');
}

function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${what} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}
