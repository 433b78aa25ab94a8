// How the threads working on one job share its images: a shared Int32Array holding the next
// image to claim, then each image's state. Every thread (the caller too) claims images one at a
// time with an atomic add, so a thread that starts late or runs slowly on a loaded machine simply
// takes fewer of them; nothing is assigned in advance.
import type { ImageJob } from './imageJobs';

/** What imagePool.ts posts to an image thread. */
export interface PostedJob {
  readonly job: ImageJob;
  readonly control: Int32Array;
}

const NEXT = 0;
export const PENDING = 0;
export const DONE = 1;
export const FAILED = 2;

export function newControl(batch: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (1 + batch)));
}

/**
 * Claims and runs images until none is left; each is marked DONE (or FAILED, after `fail` ran)
 * with a notification for a thread waiting on it. The atomic store orders the image's pixel
 * writes before the mark, so a thread that sees DONE sees the pixels.
 */
export function claimImages(control: Int32Array, batch: number, run: (image: number) => void, fail: (image: number, err: unknown) => void): void {
  for (let i = Atomics.add(control, NEXT, 1); i < batch; i = Atomics.add(control, NEXT, 1)) {
    let state = DONE;
    try {
      run(i);
    } catch (err) {
      fail(i, err);
      state = FAILED;
    }
    Atomics.store(control, 1 + i, state);
    Atomics.notify(control, 1 + i);
  }
}

/** Blocks until image i is marked, or `timeoutMs` passes (then PENDING). */
export function waitForImage(control: Int32Array, image: number, timeoutMs: number): number {
  Atomics.wait(control, 1 + image, PENDING, timeoutMs);
  return Atomics.load(control, 1 + image);
}
