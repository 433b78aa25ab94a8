// Runs the engine in a worker thread, started on the first preview (TF.js is never loaded
// on the extension host), restarted if it dies, and stopped with the extension.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerCalls, WorkerCallType, WorkerRequest, WorkerResponse } from '../engine/workerProtocol';

/** A failed render: `userError` when the input is at fault (corrupt image, bad layer arguments). */
export class RenderError extends Error {
  constructor(message: string, readonly userError: boolean) {
    super(message);
    this.name = 'RenderError';
  }
}

interface Pending {
  resolve(result: WorkerCalls[WorkerCallType]['result']): void;
  reject(err: RenderError): void;
  timer: NodeJS.Timeout;
}

/** Long enough for a 40-megapixel JPEG through a heavy pipeline on a slow machine. */
const RENDER_TIMEOUT_MS = 120_000;

export class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly distDir: string) {}

  render(request: WorkerCalls['render']['request']): Promise<WorkerCalls['render']['result']> {
    return this.call('render', request);
  }

  /** Sends one request to the worker; requests are answered in order. */
  call<K extends WorkerCallType>(type: K, request: WorkerCalls[K]['request']): Promise<WorkerCalls[K]['result']> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<WorkerCalls[K]['result']>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RenderError(`the preview engine took longer than ${RENDER_TIMEOUT_MS / 1000} s and was stopped`, false));
        this.restart();
      }, RENDER_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, timer });
      const message = { id, type, request } as WorkerRequest;
      worker.postMessage(message);
    });
  }

  dispose(): void {
    this.failAll(new RenderError('the preview engine was stopped', false));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.distDir, 'worker.js'));
    worker.on('message', (response: WorkerResponse) => this.settle(response));
    worker.on('error', (err) => this.onExit(worker, `the preview engine failed: ${err.message}`));
    worker.on('exit', (code) => this.onExit(worker, `the preview engine stopped unexpectedly (exit code ${code})`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new RenderError(response.message, response.userError));
  }

  private onExit(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(new RenderError(message, false));
  }

  private restart(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new RenderError('the preview engine was restarted', false));
    void worker?.terminate();
  }

  private failAll(err: RenderError): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(err);
      this.pending.delete(id);
    }
  }
}
