// A parsed pipeline → what the engine needs to preview it: its layers, the Keras version the
// file implies, and the model's input size when the code states it.
import { formatPhrase, phrase } from '../engine/layers/description';
import type { PipelineSpec } from '../engine/previewTypes';
import type { KerasVersionChoice, LayerCall, Pipeline } from './model';

export function toPipelineSpec(pipeline: Pipeline, keras: KerasVersionChoice, file?: string): PipelineSpec {
  // The parser's answer (Input(shape=), input_shape=, a leading Resizing, the dataset's image_size) first.
  const stated = pipeline.inputSize;
  const inputSize = stated
    ? { height: stated.height, width: stated.width, source: stated.source, ...(stated.phrase ? { phrase: stated.phrase } : {}) }
    : statedInputSize([...pipeline.layers, ...pipeline.otherLayers]);
  return {
    name: pipeline.name,
    ...(file ?? pipeline.file ? { file: file ?? pipeline.file } : {}),
    kerasVersion: keras.version,
    kerasVersionReason: keras.reason,
    ...(keras.phrase ? { kerasVersionReasonPhrase: keras.phrase } : {}),
    layers: pipeline.layers.map((l) => ({ className: l.className, args: l.args, line: l.range.start.line, ...(l.kind ? { kind: l.kind } : {}) })),
    ...(inputSize ? { inputSize } : {}),
    // Map functions on tf.image ops get images as tf.io.decode_jpeg and TFDS decode them: uint8.
    ...(pipeline.kind === 'tf.image' ? { inputDtype: 'uint8' as const } : {}),
  };
}

/** `input_shape=(h, w, c)` on a layer, when all of h and w are literal positive integers. */
function statedInputSize(layers: readonly LayerCall[]): PipelineSpec['inputSize'] {
  const first = [...layers].sort((a, b) => a.range.start.line - b.range.start.line).find((l) => 'input_shape' in l.args);
  const shape = first?.args.input_shape;
  if (!first || !Array.isArray(shape) || shape.length < 2) return undefined;
  const [height, width] = shape;
  if (typeof height !== 'number' || typeof width !== 'number') return undefined;
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 1 || width < 1 || height * width > 4096 * 4096) return undefined;
  const source = phrase('input_shape of {0} (line {1})', first.className, first.range.start.line);
  return { height, width, source: formatPhrase(source), phrase: source };
}
