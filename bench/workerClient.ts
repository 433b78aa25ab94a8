// The engine's worker (out/src/engine/worker.js) on a real worker_threads Worker, asked for
// renders the way src/vscode/engineClient.ts asks: a message with an id, the answer with the same.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PreviewRequest, PreviewResult } from '../src/engine/previewTypes';
import type { WorkerResponse } from '../src/engine/workerProtocol';

export function engineWorker(workerFile: string): { render(request: PreviewRequest): Promise<PreviewResult>; close(): Promise<number> } {
  const worker = new Worker(path.resolve(workerFile));
  let nextId = 1;
  const render = (request: PreviewRequest) =>
    new Promise<PreviewResult>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (response: WorkerResponse) => {
        if (response.id !== id) return;
        worker.off('message', onMessage);
        if (response.ok) resolve(response.result as PreviewResult);
        else reject(new Error(response.message));
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, type: 'render', request });
    });
  return { render, close: () => worker.terminate() };
}
