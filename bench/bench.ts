// `npm run bench`: the typical pipeline (typicalPipeline.ts) on 16 images at 224² and 512², timed
// in this engine (with its image threads, and with none), in plain TF.js (cpu and wasm, each in
// its own process) and in real Keras 3 on TF-CPU (bench/keras_bench.py, the oracle venv's
// Python); medians of wall and CPU time, and ratios from this run. Then the preview's memory over
// 100 previews, the event-loop delay while the worker renders, and the live preview's
// edit → redraw latency (liveLatency.ts). Options: --runs N (default 12), --sizes 224,512,
// --skip-tfjs, --skip-keras.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { engineRunner, type Timing } from './engineTiming';
import { startKeras } from './kerasServer';
import { LIVE_DEBOUNCE_MS, liveLatency } from './liveLatency';
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

/** One size's runs: the engine with and without the image threads, Keras eager and traced. */
interface SizeTimings {
  readonly engine: Timing[];
  readonly single: Timing[];
  readonly eager: Timing[];
  readonly graph: Timing[];
  perLayer: Record<string, number>;
  kerasPerLayer: Record<string, number>;
  readonly load: [number, number];
  helperShare: number;
}

// TensorFlow's worker threads keep spinning for a while after a call returns, and a Python or
// Node process's collector may still be running: a pause before each timed call lets the machine
// settle, so a call is not timed against the previous one's leftovers.
const SETTLE_MS = 100;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

// The order of the four calls (engine, engine 1 thread, Keras eager, Keras tf.function) round by
// round: each call follows each of the others once in four rounds. A call right after another
// finds the caches full of that one's data (100 MB at 512²); a fixed order would favour some.
const ORDERS = [
  [0, 1, 2, 3],
  [1, 3, 0, 2],
  [2, 0, 3, 1],
  [3, 2, 1, 0],
];

const wall = (xs: readonly Timing[]) => (xs.length ? median(xs.map((x) => x.ms)) : undefined);
const cpu = (xs: readonly Timing[]) => (xs.length ? median(xs.map((x) => x.cpuMs)) : undefined);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

async function main(): Promise<void> {
  const runs = Number(option('runs') ?? 12);
  const sizes = (option('sizes') ?? '224,512').split(',').map(Number);
  const skipTfjs = process.argv.includes('--skip-tfjs');
  const skipKeras = process.argv.includes('--skip-keras');
  const load = os.loadavg()[0];

  // Engine and Keras alternate run by run, in orders that change, so that all of them see the
  // same machine load.
  const keras = skipKeras ? undefined : await startKeras(ROOT);
  const timings = new Map<number, SizeTimings>();
  let missing: string[] = [];
  let threads = 1;
  for (const size of sizes) {
    const engine = await engineRunner(size);
    missing = engine.missing;
    threads = engine.threads;
    const t: SizeTimings = { engine: [], single: [], eager: [], graph: [], perLayer: {}, kerasPerLayer: {}, load: [os.loadavg()[0], 0], helperShare: 0 };
    const round = async (record: boolean, r: number) => {
      const steps: (() => Promise<Timing>)[] = [async () => engine.run(), async () => engine.run(true)];
      if (keras) steps.push(() => keras.time('eager', size), () => keras.time('graph', size));
      const order = ORDERS[r % ORDERS.length];
      const lists = [t.engine, t.single, t.eager, t.graph];
      for (const k of order.filter((k) => k < steps.length)) {
        await settle();
        const timing = await steps[k]();
        if (record) lists[k].push(timing);
      }
    };
    for (let i = 0; i < 3; i++) await round(false, i);
    for (let r = 0; r < runs; r++) await round(true, r);
    t.perLayer = engine.perLayer(runs);
    if (keras) {
      // Each Keras layer alone, eagerly, on the same batch: which layer the gap is in.
      for (let k = 0; k < TYPICAL.length; k++) {
        const ms: number[] = [];
        for (let r = 0; r < Math.min(runs, 5) + 1; r++) ms.push((await keras.time(`layer${k}`, size)).ms);
        t.kerasPerLayer[TYPICAL[k][0]] = median(ms.slice(1));
      }
    }
    t.load[1] = os.loadavg()[0];
    t.helperShare = engine.helperShare();
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
  const header = ['size', 'engine', 'engine 1 thread', 'tfjs-cpu', 'tfjs-wasm', 'Keras eager', 'Keras tf.function', 'engine/Keras eager', 'engine/Keras tf.function'];
  const widths = header.map((h) => Math.max(h.length, 8));
  console.log(row(header, widths));
  for (const size of sizes) {
    const t = timings.get(size)!;
    const [e, ke, kg] = [wall(t.engine) ?? 0, wall(t.eager), wall(t.graph)];
    const plain = (b: string) => fmt(tfjs.get(`${b} ${size}`)?.medianMs);
    console.log(row([`${size}²`, fmt(e), fmt(wall(t.single)), plain('cpu'), plain('wasm'), fmt(ke), fmt(kg), ratio(e, ke), ratio(e, kg)], widths));
  }
  for (const size of sizes) {
    const t = timings.get(size)!;
    console.log(
      `at ${size}², CPU time of every thread (ms): engine ${fmt(cpu(t.engine))}, engine 1 thread ${fmt(cpu(t.single))}, ` +
        `Keras eager ${fmt(cpu(t.eager))}, Keras tf.function ${fmt(cpu(t.graph))}; load average ${t.load[0].toFixed(2)} → ${t.load[1].toFixed(2)}; ` +
        `the image threads computed ${(100 * t.helperShare).toFixed(0)} % of the split jobs' images.`,
    );
  }
  if (keras) console.log(`Keras ${keras.versions.keras}, TensorFlow ${keras.versions.tensorflow} (CPU, all cores), timed in Python without import; eager = layer(x, training=True) one after another, tf.function = the same traced once (as in tf.data).`);
  else console.log('Keras: skipped (--skip-keras)');
  console.log(`The engine splits each layer's per-image work between ${threads} threads (the caller's and ${threads - 1} image thread${threads === 2 ? '' : 's'}, src/engine/parallel); "engine 1 thread" is the same run with no split.`);
  for (const [key, r] of tfjs) {
    const note = r.skipped ?? `max |pixel − engine| ${r.maxDiffVsEngine?.toExponential(1)} (output in [0, 1])`;
    console.log(`tfjs-${key}²: ${note}`);
  }
  if (!skipTfjs) {
    console.log('tfjs-cpu: tf.image.transform computes only batch item 0 on cpu, so each image is transformed alone (slice, transform, concat).');
    console.log('tfjs-wasm: batched transform, but wasm maps fill_mode="reflect" wrongly below 0, so its pixels are not Keras\'s (see the difference above).');
  }
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
  const workerFile = path.join(ROOT, 'out/src/engine/worker.js');
  const lag = await workerLag(workerFile, 5, 224);
  console.log(
    `responsiveness, 5 previews of a 224² image (16 samples, 2 epochs): in the worker ${fmt(lag.workerRenderMs)} ms each, main-thread event-loop delay ` +
      `p99 ${fmt(lag.workerLagP99Ms)} ms, max ${fmt(lag.workerLagMaxMs)} ms; on the main thread itself ${fmt(lag.mainRenderMs)} ms each, delay max ${fmt(lag.mainLagMaxMs)} ms.`,
  );
  const latencyLoad = os.loadavg()[0];
  const latency = [];
  for (const size of [180, 256]) latency.push(await liveLatency(ROOT, workerFile, size, 20));
  console.log(
    `live preview, edit → redraw (an edit of a number in example/augment.py → re-parse → the grid of example/images/rocket.jpg, 9 samples, ` +
      `back from the engine worker; the webview's paint not included; budget 100 ms; load average ${latencyLoad.toFixed(2)}):`,
  );
  for (const l of latency) {
    console.log(
      `  at ${l.size}²: median ${fmt(l.medianMs)} ms, p90 ${fmt(l.p90Ms)} ms over ${l.edits} edits ` +
        `(debounce ${LIVE_DEBOUNCE_MS} ms, parse ${fmt(l.parseMs)} ms, render in the worker and back ${fmt(l.renderMs)} ms: medians)${l.p90Ms <= 100 ? '' : ' — p90 over budget'}`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
