// `npm run bench`: the typical pipeline (typicalPipeline.ts) on 16 images at 224² and 512², timed
// in this engine, in plain TF.js (cpu and wasm, each in its own process) and in real Keras 3 on
// TF-CPU (bench/keras_bench.py, the oracle venv's Python); medians, and ratios from this run.
// Then the preview's memory over 100 previews and the event-loop delay while the worker renders.
// Options: --runs N (default 9), --sizes 224,512, --skip-tfjs, --skip-keras.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { engineRunner } from './engineTiming';
import { startKeras } from './kerasServer';
import { previewMemory, workerLag } from './memoryAndLag';
import { median, TYPICAL } from './typicalPipeline';

const ROOT = path.resolve(__dirname, '../..');

interface PlainResult {
  readonly medianMs?: number;
  readonly maxDiffVsEngine?: number;
  readonly skipped?: string;
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

const fmt = (ms: number | undefined) => (ms === undefined ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '—');

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 9);
  const sizes = (option('sizes') ?? '224,512').split(',').map(Number);
  const skipTfjs = process.argv.includes('--skip-tfjs');
  const skipKeras = process.argv.includes('--skip-keras');
  const load = os.loadavg()[0];

  // Engine and Keras alternate run by run, so that both see the same machine load.
  const keras = skipKeras ? undefined : await startKeras(ROOT);
  const timings = new Map<number, { engine: number[]; eager: number[]; graph: number[]; perLayer: Record<string, number>; kerasPerLayer: Record<string, number> }>();
  let missing: string[] = [];
  for (const size of sizes) {
    const engine = await engineRunner(size);
    missing = engine.missing;
    const t = { engine: [] as number[], eager: [] as number[], graph: [] as number[], perLayer: {} as Record<string, number>, kerasPerLayer: {} as Record<string, number> };
    for (let i = 0; i < 3; i++) {
      engine.run();
      await keras?.time('eager', size);
      await keras?.time('graph', size);
    }
    for (let r = 0; r < runs; r++) {
      t.engine.push(engine.run());
      if (keras) {
        t.eager.push(await keras.time('eager', size));
        t.graph.push(await keras.time('graph', size));
      }
    }
    t.perLayer = engine.perLayer(runs);
    if (keras) {
      // Each Keras layer alone, eagerly, on the same batch: which layer the gap is in.
      for (let k = 0; k < TYPICAL.length; k++) {
        const ms: number[] = [];
        for (let r = 0; r < Math.min(runs, 5) + 1; r++) ms.push(await keras.time(`layer${k}`, size));
        t.kerasPerLayer[TYPICAL[k][0]] = median(ms.slice(1));
      }
    }
    engine.dispose();
    timings.set(size, t);
  }
  keras?.close();
  // Plain tfjs-cpu needs seconds per batch at 512²: fewer runs there.
  const tfjs = new Map<string, PlainResult>();
  if (!skipTfjs) {
    for (const size of sizes) {
      tfjs.set(`cpu ${size}`, plainTfjs('cpu', size, size > 256 ? 3 : Math.min(runs, 5)));
      tfjs.set(`wasm ${size}`, plainTfjs('wasm', size, runs));
    }
  }

  console.log(`Typical pipeline: ${TYPICAL.map(([n, a]) => `${n}(${JSON.stringify(a)})`).join(', ')}`);
  console.log(`16 images per batch, training on; medians of ${runs} runs after 3 warm-up runs (ms); engine and Keras runs alternate. ${os.cpus().length} CPUs, load average ${load.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at the end of timing.`);
  if (missing.length) console.log(`MISSING in the engine (not timed, nothing stands in): ${missing.join('; ')}`);
  const header = ['size', 'engine', 'tfjs-cpu', 'tfjs-wasm', 'Keras eager', 'Keras tf.function', 'engine/Keras eager', 'engine/Keras tf.function'];
  const widths = header.map((h) => Math.max(h.length, 8));
  console.log(row(header, widths));
  for (const size of sizes) {
    const t = timings.get(size)!;
    const [e, ke, kg] = [median(t.engine), t.eager.length ? median(t.eager) : undefined, t.graph.length ? median(t.graph) : undefined];
    const plain = (b: string) => fmt(tfjs.get(`${b} ${size}`)?.medianMs);
    console.log(row([`${size}²`, fmt(e), plain('cpu'), plain('wasm'), fmt(ke), fmt(kg), ratio(e, ke), ratio(e, kg)], widths));
  }
  if (keras) console.log(`Keras ${keras.versions.keras}, TensorFlow ${keras.versions.tensorflow} (CPU, all cores), timed in Python without import; eager = layer(x, training=True) one after another, tf.function = the same traced once (as in tf.data). The engine runs on one thread.`);
  else console.log('Keras: skipped (--skip-keras)');
  for (const [key, r] of tfjs) {
    const note = r.skipped ?? `max |pixel − engine| ${r.maxDiffVsEngine?.toExponential(1)} (output in [0, 1])`;
    console.log(`tfjs-${key}²: ${note}`);
  }
  console.log('tfjs-cpu: tf.image.transform computes only batch item 0 on cpu, so each image is transformed alone (slice, transform, concat).');
  console.log('tfjs-wasm: batched transform, but wasm maps fill_mode="reflect" wrongly below 0, so its pixels are not Keras\'s (see the difference above).');
  for (const size of sizes) {
    const t = timings.get(size)!;
    const keras = (n: string) => (t.kerasPerLayer[n] === undefined ? '' : ` (Keras eager ${fmt(t.kerasPerLayer[n])})`);
    console.log(`at ${size}², each layer alone on the batch, engine: ${Object.entries(t.perLayer).map(([n, ms]) => `${n} ${fmt(ms)}${keras(n)}`).join(', ')}`);
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
