// What the editor asks the engine about code (hovers, diagnostics), answered in the worker so
// TF.js never loads on the extension host: a layer's description in this configuration's numbers,
// a strip of thumbnails of that layer alone, and which layers of a pipeline cannot run and why.
import { encodePng } from '../images/encode';
import { shrinkToFit } from '../images/shrink';
import type { KerasVersion } from '../pipeline/model';
import { configureLayer, type LayerProblemKind } from './buildPipeline';
import type { DescribeContext, LayerDescription } from './layers/description';
import { renderPreview } from './preview';
import type { AssumedArgument, LayerSpec } from './previewTypes';

export interface DescribeRequest {
  readonly layer: LayerSpec;
  readonly kerasVersion: KerasVersion;
  readonly inputSize?: DescribeContext['inputSize'];
  /** The layers before this one in its pipeline, so the description knows the value range reaching it. */
  readonly before?: readonly LayerSpec[];
  /** Render this layer alone on an image, for a strip of small samples. */
  readonly thumbnails?: {
    readonly imageBytes: Uint8Array;
    readonly imageName: string;
    readonly count: number;
    /** Longest side of each thumbnail, in pixels. */
    readonly size: number;
    readonly seed: number;
  };
}

export interface DescribeResult {
  readonly description?: LayerDescription;
  readonly activeAtInference?: boolean;
  readonly problem?: { readonly kind: LayerProblemKind; readonly message: string };
  /** Values used for arguments the code does not state as literals (Keras's defaults). */
  readonly assumed?: readonly AssumedArgument[];
  /** PNG files, one per sample (training on), then the training-off output. */
  readonly thumbnails: readonly { readonly png: Uint8Array; readonly label: Readonly<Record<string, unknown>> }[];
}

export async function describeLayer(request: DescribeRequest): Promise<DescribeResult> {
  const built = configureLayer(request.layer, request.kerasVersion);
  if (!('layer' in built)) return { problem: { kind: built.kind, message: built.problem }, assumed: built.assumed, thumbnails: [] };
  const inputRange = (request.before ?? []).reduce<readonly [number, number]>((range, spec) => {
    const earlier = configureLayer(spec, request.kerasVersion);
    return 'layer' in earlier ? earlier.layer.outputRange(range) : range;
  }, [0, 255]);
  const description = built.layer.describe({ ...(request.inputSize ? { inputSize: request.inputSize } : {}), inputRange });
  const thumbnails: { png: Uint8Array; label: Record<string, unknown> }[] = [];
  const t = request.thumbnails;
  if (t && t.count > 0) {
    const result = await renderPreview({
      imageBytes: t.imageBytes,
      imageName: t.imageName,
      pipeline: { name: request.layer.className, kerasVersion: request.kerasVersion, layers: [request.layer] },
      seed: t.seed,
      samples: t.count,
      epochs: 0,
      maxSize: t.size,
    });
    // A layer the preview had to skip (its output would not fit in memory) has no samples to show.
    const shown = result.layers.every((l) => l.applied) ? result.training : [];
    for (const tile of shown) {
      const small = shrinkToFit(tile, t.size);
      thumbnails.push({ png: await encodePng(small.width, small.height, small.rgba), label: tile.params[0]?.params ?? {} });
    }
  }
  return { description, activeAtInference: built.layer.activeAtInference, assumed: built.assumed, thumbnails };
}

export interface ValidateRequest {
  readonly pipelines: readonly { readonly layers: readonly LayerSpec[]; readonly kerasVersion: KerasVersion }[];
}

/** Per pipeline, per layer: undefined when it configures, else the problem. */
export type ValidateResult = ((DescribeResult['problem'] & object) | null)[][];

export function validatePipelines(request: ValidateRequest): ValidateResult {
  return request.pipelines.map((p) =>
    p.layers.map((layer) => {
      const built = configureLayer(layer, p.kerasVersion);
      return 'layer' in built ? null : { kind: built.kind, message: built.problem };
    }),
  );
}
