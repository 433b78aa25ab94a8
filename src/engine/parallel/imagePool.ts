// A small pool of image threads (worker_threads running imageThread.js) that share a batch's
// per-image kernel work with the calling thread. The caller blocks (Atomics.wait) until every
// image is done, so layers stay synchronous, and the random draws stay on the caller: the
// threads only compute pixels, and a split batch is bit-identical to an unsplit one.
// It works the same in the extension's engine worker (nested workers are fine in Node) and
// in-process (CLI, tests, bench). Only jobs large enough to pay for a thread's wake-up are split,
// and only when both arrays are shared memory (sharedBatch.ts); anything else runs here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { runImages, type ImageJob } from './imageJobs';
import { claimImages, FAILED, newControl, PENDING, waitForImage, type PostedJob } from './jobControl';

export interface ImageThreadSettings {
  /** Threads working on a split job, the caller included (1: never split). */
  readonly threads: number;
  /** The fewest input values (batch·height·width·channels) worth splitting. */
  readonly minValues: number;
}

interface Helper {
  readonly worker: Worker;
  online: boolean;
  /** Where the thread reports an image whose kernel threw (read synchronously). */
  readonly failures: MessagePort;
}

// Up to 4 threads: the preview's batches are 16 images, and more threads than images' worth of
// work only adds wake-ups.
const MAX_THREADS = 4;
// Measured with 2 threads on 16 images: splitting pays from about 16 × 32² × 3 values for the
// cheapest kernel (Rescaling's, ~0.1 ms a batch there) and from 16 × 24² × 3 for a rotation;
// below, a thread's wake-up costs more than it saves.
const DEFAULT_MIN_VALUES = 1 << 16;
// Longer than any image's kernel on a loaded machine: a thread that takes this long has died.
const IMAGE_TIMEOUT_MS = 60_000;
const THREAD_FILE = path.join(__dirname, 'imageThread.js');

let settings: ImageThreadSettings = {
  threads: Math.max(1, Math.min(MAX_THREADS, os.availableParallelism())),
  minValues: DEFAULT_MIN_VALUES,
};
let helpers: Helper[] | undefined;
let stats = { splitJobs: 0, images: 0, helperImages: 0 };
// Absent when a bundle was built without it: then every job runs on the caller's thread.
let threadFileExists: boolean | undefined;

export function imageThreadSettings(): ImageThreadSettings {
  return settings;
}

/** Changes the thread count or the split threshold (tests and the bench compare 1 thread with several). */
export function configureImageThreads(change: Partial<ImageThreadSettings>): void {
  settings = { ...settings, ...change };
  if (helpers && helpers.length > settings.threads - 1) {
    for (const h of helpers.splice(settings.threads - 1)) void h.worker.terminate();
  }
}

/** Since the last reset: jobs split, their images, and how many of those the image threads computed. */
export function imageThreadStats(reset = false): { splitJobs: number; images: number; helperImages: number } {
  const current = stats;
  if (reset) stats = { splitJobs: 0, images: 0, helperImages: 0 };
  return current;
}

/** Starts the image threads now rather than on the first large job; resolves once they run. */
export async function startImageThreads(): Promise<void> {
  if (!splitsBatch(Infinity, 2)) return;
  await Promise.all(
    threads().map(
      (h) =>
        new Promise<void>((resolve) => {
          if (h.online) return resolve();
          // Held while waiting: an unreferenced thread would let the process end first.
          h.worker.ref();
          const done = () => {
            h.worker.unref();
            resolve();
          };
          h.worker.once('online', done).once('exit', done);
        }),
    ),
  );
}

/** Whether a batch of `values` input values of `batch` images would be split (its arrays should then be shared). */
export function splitsBatch(values: number, batch: number): boolean {
  if (settings.threads <= 1 || batch < 2 || values < settings.minValues) return false;
  threadFileExists ??= fs.existsSync(THREAD_FILE);
  return threadFileExists;
}

const isShared = (a: ArrayBufferView): boolean => a.buffer instanceof SharedArrayBuffer;

/** Runs the job over its whole batch, split across the image threads when that pays. */
export function runImageJob(job: ImageJob): void {
  const batch = job.shape.batch;
  const pool = splitsBatch(job.input.length, batch) && isShared(job.input) && isShared(job.output) ? threads() : [];
  if (pool.length === 0) {
    runImages(job, 0, batch);
    return;
  }
  const control = newControl(batch);
  const posted: PostedJob = { job, control };
  for (const h of pool) h.worker.postMessage(posted);
  let error: unknown;
  let failed = false;
  let mine = 0;
  claimImages(control, batch, (i) => {
    mine++;
    runImages(job, i, i + 1);
  }, (_i, err) => {
    if (!failed) error = err;
    failed = true;
  });
  for (let i = 0; i < batch; i++) {
    const state = waitForImage(control, i, IMAGE_TIMEOUT_MS);
    if (state === PENDING) {
      // Later jobs run on this thread alone.
      stopThreads();
      throw new Error(`image ${i} of a ${job.kernel} job was not finished by its image thread within ${IMAGE_TIMEOUT_MS / 1000} s`);
    }
    if (state === FAILED && !failed) {
      error = helperFailure(pool, i);
      failed = true;
    }
  }
  stats = { splitJobs: stats.splitJobs + 1, images: stats.images + batch, helperImages: stats.helperImages + batch - mine };
  if (failed) throw error;
}

/** The error an image thread reported for `image`. */
function helperFailure(pool: readonly Helper[], image: number): Error {
  for (const h of pool) {
    for (let m = receiveMessageOnPort(h.failures); m; m = receiveMessageOnPort(h.failures)) {
      const failure = m.message as { image: number; message: string };
      if (failure.image === image) return new Error(`image thread: ${failure.message}`);
    }
  }
  return new Error(`image ${image} failed in an image thread`);
}

/** The helper threads (threads − 1), started on first use. */
function threads(): Helper[] {
  helpers ??= [];
  while (helpers.length < settings.threads - 1) helpers.push(startHelper());
  return helpers;
}

function startHelper(): Helper {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(THREAD_FILE, { workerData: { failures: port2 }, transferList: [port2] });
  // Idle threads must not keep a CLI run or a test process alive.
  worker.unref();
  port1.unref();
  const helper: Helper = { worker, failures: port1, online: false };
  worker.once('online', () => (helper.online = true));
  const drop = () => {
    const i = helpers?.indexOf(helper) ?? -1;
    if (i >= 0) helpers?.splice(i, 1);
  };
  // A thread that cannot run its file (a broken bundle) would fail again: stop splitting. One
  // that merely exits (terminated) is dropped, and the next job starts another.
  worker.on('error', stopThreads);
  worker.on('exit', drop);
  return helper;
}

function stopThreads(): void {
  for (const h of helpers ?? []) void h.worker.terminate();
  helpers = [];
  settings = { ...settings, threads: 1 };
}
