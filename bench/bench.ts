// `npm run bench`: the typical pipeline (typicalPipeline.ts) on 16 images at 224² and 512², timed
// in this engine, in plain TF.js (cpu and wasm, each in its own process) and in real Keras 3 on
// TF-CPU (bench/keras_bench.py, the oracle venv's Python); medians, and ratios from this run.
// Then the preview's memory over 100 previews and the event-loop delay while the worker renders.
// Options: --runs N (default 7), --sizes 224,512, --skip-tfjs, --skip-keras.
import { execFileSync, spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { timeEngine, type EngineTiming } from './engineTiming';
import { previewMemory, workerLag } from './memoryAndLag';
import { TYPICAL } from './typicalPipeline';

const ROOT = path.resolve(__dirname, '../..');

interface PlainResult {
  readonly medianMs?: number;
  readonly maxDiffVsEngine?: number;
  readonly skipped?: string;
}

interface KerasResult {
  readonly keras: string;
  readonly tensorflow: string;
  readonly sizes: Record<string, { eager_median_ms: number; graph_median_ms: number }>;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function plainTfjs(backend: 'cpu' | 'wasm', size: number, runs: number): PlainResult {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'tfjsPlain.js'), backend, String(size), String(runs), '1'], { encoding: 'utf8', cwd: ROOT });
  if (run.status !== 0) return { skipped: `failed: ${run.stderr.trim().split('\n')[0]}` };
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as PlainResult;
}

function oraclePython(): string {
  return process.env.ORACLE_PYTHON ?? execFileSync('bash', [path.join(ROOT, 'scripts/ensure-python-deps.sh')], { encoding: 'utf8' }).trim();
}

function keras(sizes: number[], runs: number): KerasResult | string {
  const python = oraclePython();
  const args = [path.join(ROOT, 'bench/keras_bench.py'), '--sizes', ...sizes.map(String), '--runs', String(runs), '--warmup', '3'];
  const run = spawnSync(python, args, { encoding: 'utf8', cwd: ROOT, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
  if (run.status !== 0) return `Keras bench failed: ${run.stderr.trim().split('\n').pop()}`;
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as KerasResult;
}

const fmt = (ms: number | undefined) => (ms === undefined ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '—');

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 7);
  const sizes = (option('sizes') ?? '224,512').split(',').map(Number);
  const skipTfjs = process.argv.includes('--skip-tfjs');
  const skipKeras = process.argv.includes('--skip-keras');
  const load = os.loadavg()[0];

  const engine = new Map<number, EngineTiming>();
  for (const size of sizes) engine.set(size, await timeEngine(size, runs, 2));
  // Plain tfjs-cpu needs seconds per batch at 512²: fewer runs there.
  const tfjs = new Map<string, PlainResult>();
  if (!skipTfjs) {
    for (const size of sizes) {
      tfjs.set(`cpu ${size}`, plainTfjs('cpu', size, size > 256 ? 3 : Math.min(runs, 5)));
      tfjs.set(`wasm ${size}`, plainTfjs('wasm', size, runs));
    }
  }
  const k = skipKeras ? 'skipped (--skip-keras)' : keras(sizes, runs);

  const missing = engine.get(sizes[0])?.missing ?? [];
  console.log(`Typical pipeline: ${TYPICAL.map(([n, a]) => `${n}(${JSON.stringify(a)})`).join(', ')}`);
  console.log(`16 images per batch, training on; medians of ${runs} runs after warm-up (ms). ${os.cpus().length} CPUs, load average ${load.toFixed(2)} at start.`);
  if (missing.length) console.log(`MISSING in the engine (not timed, nothing stands in): ${missing.join('; ')}`);
  const header = ['size', 'engine', 'tfjs-cpu', 'tfjs-wasm', 'Keras eager', 'Keras tf.function', 'engine/Keras eager', 'engine/Keras tf.function'];
  const widths = header.map((h) => Math.max(h.length, 8));
  console.log(row(header, widths));
  for (const size of sizes) {
    const e = engine.get(size)!.medianMs;
    const ks = typeof k === 'string' ? undefined : k.sizes[String(size)];
    const plain = (b: string) => {
      const r = tfjs.get(`${b} ${size}`);
      return r?.medianMs !== undefined ? fmt(r.medianMs) : '—';
    };
    console.log(row([`${size}²`, fmt(e), plain('cpu'), plain('wasm'), fmt(ks?.eager_median_ms), fmt(ks?.graph_median_ms), ratio(e, ks?.eager_median_ms), ratio(e, ks?.graph_median_ms)], widths));
  }
  if (typeof k === 'string') console.log(`Keras: ${k}`);
  else console.log(`Keras ${k.keras}, TensorFlow ${k.tensorflow} (CPU), timed in Python without import; eager = layer(x, training=True) one after another, tf.function = the same traced once (as in tf.data).`);
  for (const [key, r] of tfjs) {
    const note = r.skipped ?? `max |pixel − engine| ${r.maxDiffVsEngine?.toExponential(1)} (output in [0, 1])`;
    console.log(`tfjs-${key}²: ${note}`);
  }
  console.log('tfjs-cpu: tf.image.transform computes only batch item 0 on cpu, so each image is transformed alone (slice, transform, concat).');
  console.log('tfjs-wasm: batched transform, but wasm maps fill_mode="reflect" wrongly below 0, so its pixels are not Keras\'s (see the difference above).');
  for (const size of sizes) {
    const per = engine.get(size)!.perLayerMs;
    console.log(`engine at ${size}², each layer alone on the batch: ${Object.entries(per).map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}`);
  }

  const memory = await previewMemory(100, 64);
  console.log(
    `memory over ${memory.previews} previews (64² image, 9 samples, 2 epochs): tensors ${memory.tensorsBefore} → ${memory.tensorsAfter}, ` +
      `heap ${memory.heapBeforeMiB.toFixed(1)} → ${memory.heapAfterMiB.toFixed(1)} MiB (growth ${(memory.heapAfterMiB - memory.heapBeforeMiB).toFixed(1)} MiB), rss ${memory.rssAfterMiB.toFixed(0)} MiB` +
      (memory.gcExposed ? '' : ' (run with --expose-gc for heap figures after collection)'),
  );
  const lag = await workerLag(path.join(ROOT, 'out/src/engine/worker.js'), 5, 224);
  console.log(
    `responsiveness, 5 previews of a 224² image (16 samples, 2 epochs): in the worker ${fmt(lag.workerRenderMs)} ms each, main-thread event-loop delay ` +
      `p99 ${fmt(lag.workerLagP99Ms)} ms, max ${fmt(lag.workerLagMaxMs)} ms; on the main thread itself ${fmt(lag.mainRenderMs)} ms each, delay max ${fmt(lag.mainLagMaxMs)} ms.`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
