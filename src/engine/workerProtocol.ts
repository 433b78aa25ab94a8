// Messages between the extension host and the engine's worker thread.
import type { PreviewRequest, PreviewResult } from './previewTypes';

export type WorkerRequest = { readonly id: number; readonly type: 'render'; readonly request: PreviewRequest };

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: PreviewResult }
  /** `userError` marks bad input (a corrupt image, an invalid layer) as opposed to a bug. */
  | { readonly id: number; readonly ok: false; readonly message: string; readonly userError: boolean };

/** The buffers of a result, moved (not copied) across the thread boundary. */
export function transferablesOf(result: PreviewResult): ArrayBuffer[] {
  const tiles = [...result.training, ...result.epochs, result.inference];
  const buffers = new Set<ArrayBuffer>();
  for (const t of tiles) buffers.add(t.rgba.buffer as ArrayBuffer);
  return [...buffers];
}
