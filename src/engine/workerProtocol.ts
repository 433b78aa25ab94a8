// Messages between the extension host and the engine's worker thread.
import type { DescribeRequest, DescribeResult, ValidateRequest, ValidateResult } from './layerInfo';
import type { PreviewRequest, PreviewResult, Tile } from './previewTypes';

/** Each request type and the result it answers with. */
export interface WorkerCalls {
  render: { request: PreviewRequest; result: PreviewResult };
  /** The epoch strip, asked for after the grid so the grid shows first. */
  epochs: { request: PreviewRequest; result: { epochs: Tile[]; extent: [number, number] | undefined } };
  describe: { request: DescribeRequest; result: DescribeResult };
  validate: { request: ValidateRequest; result: ValidateResult };
}
export type WorkerCallType = keyof WorkerCalls;

export type WorkerRequest = {
  [K in WorkerCallType]: { readonly id: number; readonly type: K; readonly request: WorkerCalls[K]['request'] };
}[WorkerCallType];

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: WorkerCalls[WorkerCallType]['result'] }
  /** `userError` marks bad input (a corrupt image, an invalid layer) as opposed to a bug. */
  | { readonly id: number; readonly ok: false; readonly message: string; readonly userError: boolean };

/** The buffers of a result, moved (not copied) across the thread boundary. */
export function transferablesOf(result: WorkerCalls[WorkerCallType]['result']): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  if ('training' in result) {
    const tiles = [...result.training, ...result.epochs, result.inference, ...result.inferenceStages.map((s) => s.tile)];
    for (const t of tiles) buffers.add(t.rgba.buffer as ArrayBuffer);
  } else if ('epochs' in result) {
    for (const t of result.epochs) buffers.add(t.rgba.buffer as ArrayBuffer);
  } else if ('thumbnails' in result) {
    for (const t of result.thumbnails) buffers.add(t.png.buffer as ArrayBuffer);
  }
  return [...buffers];
}
