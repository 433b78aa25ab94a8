// The image size the model works at, from what the code states: `input_shape=` on a layer,
// `Input(shape=...)`, a leading `Resizing`, or `image_dataset_from_directory(image_size=...)`
// (whose default is 256×256 when image_size is not given).
import type { Node } from '@vscode/tree-sitter-wasm';
import type { ArgValue, InputSize } from '../../pipeline/model';
import { callArguments } from './callArguments';
import { phrase, placed, statedBy } from '../phrases';
import { ParseContext } from './parseContext';
import type { Step } from './pipelineBuilder';
import { wordOffsets } from './syntaxNodes';

const MAX_SIDE = 16384;

/** [h, w, ...] of positive integers (a leading None batch dimension skipped when asked). */
export function sizeFromShape(shape: ArgValue | undefined, skipBatch = false): { height: number; width: number } | undefined {
  if (!Array.isArray(shape)) return undefined;
  const dims = skipBatch ? shape.slice(1) : shape;
  const [height, width] = dims;
  const ok = (v: ArgValue | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_SIDE;
  return dims.length >= 2 && ok(height) && ok(width) ? { height, width } : undefined;
}

/** The size a call states through `keyword` (or its first positional argument); `label` is code, e.g. "Input(shape=...)". */
export function inputSizeFromShape(call: Node, keyword: string, label: string, ctx: ParseContext): InputSize | undefined {
  const { positional, keywords } = callArguments(call, ctx.evaluator);
  const size = sizeFromShape(keywords[keyword] ?? positional[0]);
  if (!size) return undefined;
  const range = ctx.range(call);
  return { ...size, ...statedBy(placed(range, (line) => phrase('{0} (line {1})', label, line), (cell, line) => phrase('{0} (cell {1}, line {2})', label, cell, line))), range };
}

/** From the pipeline's own layers: input_shape on its first layer, else a leading Resizing. */
export function inputSizeFromSteps(steps: readonly Step[]): InputSize | undefined {
  for (const { layer } of steps) {
    const size = sizeFromShape(layer.args.input_shape) ?? sizeFromShape(layer.args.batch_input_shape, true);
    if (size) {
      return {
        ...size,
        ...statedBy(placed(layer.range,
          (line) => phrase('input_shape of {0} (line {1})', layer.className, line),
          (cell, line) => phrase('input_shape of {0} (cell {1}, line {2})', layer.className, cell, line))),
        range: layer.range,
      };
    }
  }
  const first = steps.find((s) => s.image)?.layer;
  if (first && first.className === 'Resizing') {
    const size = sizeFromShape([first.args.height ?? null, first.args.width ?? null]);
    if (size) {
      return {
        ...size,
        ...statedBy(placed(first.range, (line) => phrase('leading Resizing (line {0})', line), (cell, line) => phrase('leading Resizing (cell {0}, line {1})', cell, line))),
        range: first.range,
      };
    }
  }
  return undefined;
}

/** `image_dataset_from_directory(..., image_size=(h, w))` anywhere in the file: what the model is fed. */
export function datasetImageSize(ctx: ParseContext): InputSize | undefined {
  for (const offset of wordOffsets(ctx.text, 'image_dataset_from_directory')) {
    const id = ctx.index.identifierAt(offset, 'image_dataset_from_directory'.length);
    let callee: Node | null | undefined = id && ctx.index.parentOf(id);
    if (callee && callee.type !== 'attribute') callee = id;
    const call = callee && ctx.index.parentOf(callee);
    if (!call || call.type !== 'call') continue;
    const { keywords } = callArguments(call, ctx.evaluator);
    const range = ctx.range(call);
    if (!('image_size' in keywords)) {
      return {
        height: 256,
        width: 256,
        ...statedBy(placed(range,
          (line) => phrase("image_dataset_from_directory's default image_size (line {0})", line),
          (cell, line) => phrase("image_dataset_from_directory's default image_size (cell {0}, line {1})", cell, line))),
        range,
      };
    }
    const size = sizeFromShape(keywords.image_size);
    if (size) {
      return {
        ...size,
        ...statedBy(placed(range,
          (line) => phrase('image_dataset_from_directory(image_size=...) (line {0})', line),
          (cell, line) => phrase('image_dataset_from_directory(image_size=...) (cell {0}, line {1})', cell, line))),
        range,
      };
    }
  }
  return undefined;
}
