// The engine's worker thread: TF.js and image decoding run here, never on the extension
// host's main thread, so a large image or a slow pipeline cannot freeze the editor.
import { parentPort } from 'node:worker_threads';
import { describeLayer, validatePipelines } from './layerInfo';
import { renderEpochs, renderPreview } from './preview';
import { isUserError } from './userError';
import { transferablesOf, type WorkerCalls, type WorkerRequest, type WorkerResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

async function handle(message: WorkerRequest): Promise<WorkerCalls[WorkerRequest['type']]['result']> {
  switch (message.type) {
    case 'render':
      return renderPreview(message.request);
    case 'epochs':
      return renderEpochs(message.request);
    case 'describe':
      return describeLayer(message.request);
    case 'validate':
      return validatePipelines(message.request);
  }
}

port.on('message', async (message: WorkerRequest) => {
  try {
    const result = await handle(message);
    const response: WorkerResponse = { id: message.id, ok: true, result };
    port.postMessage(response, transferablesOf(result));
  } catch (err) {
    const response: WorkerResponse = {
      id: message.id,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
      userError: isUserError(err),
    };
    port.postMessage(response);
  }
});
