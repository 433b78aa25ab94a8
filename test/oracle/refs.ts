// Reads the reference files test/oracle/generate.py writes from real Keras (format: refs/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KerasVersion, Value } from '../../src/pipeline/model';

/** out/test/oracle → the repository's test/oracle/refs. */
export const REFS_DIR = resolve(__dirname, '../../../test/oracle/refs');

/** Same tolerance as generate.py: |actual − expected| ≤ TOLERANCE, absolute. */
export const TOLERANCE = 1e-4;

export interface EncodedArray {
  readonly dtype: 'float32' | 'int32' | 'uint8' | 'bool';
  readonly shape: number[];
  /** Little-endian bytes, base64. */
  readonly data: string;
}

export interface RefCase {
  readonly name: string;
  readonly layer: string;
  readonly keras: KerasVersion;
  readonly config: Record<string, Value>;
  readonly transformation: unknown;
  readonly training: boolean;
  readonly input: EncodedArray;
  readonly output: EncodedArray;
  /** Instead of `output` (tf.image functions): the error TF raised for this input; the engine raises the same message. */
  readonly call_error?: { type: string; message: string };
  /** RandomRotation: the float32 rows Keras passed to ImageProjectiveTransformV3. */
  readonly matrices?: EncodedArray;
  /** RandomPerspective: the float32 homography rows Keras solved for, one per image. */
  readonly homographies?: EncodedArray;
}

export interface RefConfig {
  readonly keras: KerasVersion;
  readonly layer: string;
  readonly config: Record<string, Value>;
  readonly accepted?: boolean;
  /** For accepted configurations: per describeSample key, the [low, high] Keras can draw. */
  readonly draw_range?: Record<string, [number, number]>;
  readonly error?: { type: string; message: string };
  /** Accepted by the constructor, but calling the layer raises this (the engine raises it when configured). */
  readonly call_error?: { type: string; message: string };
}

/**
 * How a parameter is compared: "continuous" and "integer" by a two-sample Kolmogorov–Smirnov test
 * (integer values also checked integral), "discrete" (coins, choices) by the proportion of each value.
 */
export type ParamKind = 'continuous' | 'integer' | 'discrete';

/** Draws from Keras's own sampler: `calls` calls on batches of `batch` images of `image` = [height, width, channels]. */
export interface RefSample {
  readonly keras: KerasVersion;
  readonly layer: string;
  readonly config: Record<string, Value>;
  readonly image: [number, number, number];
  readonly batch: number;
  readonly calls: number;
  /** Keyed by the names describeSample uses, in its units; batch × calls values each, call by call. */
  readonly params: Record<string, { kind: ParamKind; values: EncodedArray; support?: [number, number] }>;
}

export function decodeArray(a: EncodedArray): Float32Array | Int32Array | Uint8Array {
  const bytes = Buffer.from(a.data, 'base64');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  if (a.dtype === 'float32') return new Float32Array(buffer);
  if (a.dtype === 'int32') return new Int32Array(buffer);
  return new Uint8Array(buffer);
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(REFS_DIR, name), 'utf8')) as T;
}

/** The files of one kind, one per layer (`<Layer>.k3.json`, `<Layer>.configs.json`, ...), in name order. */
function layerFiles(pattern: RegExp): string[] {
  return readdirSync(REFS_DIR).filter((f) => pattern.test(f)).sort();
}

export const loadCases = (): RefCase[] => layerFiles(/\.k[23]\.json$/).flatMap((f) => readJson<{ cases: RefCase[] }>(f).cases);
export const loadConfigs = (): RefConfig[] => layerFiles(/\.configs\.json$/).flatMap((f) => readJson<{ configs: RefConfig[] }>(f).configs);
export const loadSamples = (): [string, RefSample][] =>
  layerFiles(/\.samples\.json$/).flatMap((f) => Object.entries(readJson<{ samples: Record<string, RefSample> }>(f).samples));

/** The worst element (ratio = |diff| / TOLERANCE, so ≤ 1 passes), for assertion messages. */
export function worstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): { index: number; diff: number; ratio: number } {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} != ${expected.length}`);
  let worst = { index: -1, diff: 0, ratio: 0 };
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs(actual[i] - expected[i]);
    const ratio = diff / TOLERANCE;
    if (Number.isNaN(ratio)) return { index: i, diff, ratio };
    if (ratio > worst.ratio) worst = { index: i, diff, ratio };
  }
  return worst;
}
