// An image thread: takes images of the jobs imagePool.ts posts, one at a time, until none is
// left, and marks each done in the job's shared control array. It loads only the kernels (no
// TF.js), so it starts in a few milliseconds.
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { garbageCollector } from './collectGarbage';
import { runImages } from './imageJobs';
import { claimImages, type PostedJob } from './jobControl';

const port = parentPort;
if (!port) throw new Error('imageThread.ts must run in a worker thread');
const failures = (workerData as { failures: MessagePort }).failures;

// Each job's message gives this thread its own handles on the batch's SharedArrayBuffers, and a
// buffer's memory is freed only when every thread holding a handle has collected it. This thread
// allocates almost nothing, so V8 would collect rarely and keep finished batches alive (measured:
// 0.9 GB after 20 batches at 512²). So when the jobs stop for a moment (a pipeline's layers come
// back to back), and after every so many bytes of batches, it collects its young generation,
// where the handles are. Not a full collection: that also drops the kernels' optimised code, and
// the next batch then runs in the interpreter (measured: 35 ms more per batch at 224²).
const collect = garbageCollector();
const IDLE_MS = 20;
const COLLECT_BYTES = 256 * 2 ** 20;
let idle: NodeJS.Timeout | undefined;
let received = 0;

function collectHandles(): void {
  received = 0;
  collect({ type: 'minor' });
}

port.on('message', (message: PostedJob) => {
  clearTimeout(idle);
  const { job, control } = message;
  claimImages(control, job.shape.batch, (i) => runImages(job, i, i + 1), (i, err) => {
    // Posted before the image is marked failed, so the waiting caller finds it there.
    failures.postMessage({ image: i, message: err instanceof Error ? err.stack ?? err.message : String(err) });
  });
  received += job.input.byteLength + (job.output === job.input ? 0 : job.output.byteLength);
  // After this message, once it is unreachable.
  if (received >= COLLECT_BYTES) setImmediate(collectHandles);
  else idle = setTimeout(collectHandles, IDLE_MS);
});
