// Every string the preview webview shows, localised here so the webview holds none.
import * as vscode from 'vscode';
import { PARAM_LABELS } from '../engine/paramLabels';
import { localiseTemplate } from './localise';
import type { WebviewStrings } from '../protocol';

export function webviewStrings(): WebviewStrings {
  const t = vscode.l10n.t;
  return {
    training: t('Training (training=True)'),
    trainingHelp: t('One batch: each tile is the same image with its own random draw. Keras draws again at every step, so the model never sees the same variant twice.'),
    inference: t('Inference (training=False)'),
    inferenceHelp: t('What model.predict() and evaluate() see: random layers pass the image through unchanged.'),
    inferenceNone: t('No layer changes the image at inference.'),
    inferenceActive: t('Active at inference: {0}'),
    epochs: t('Epochs 1–{0}'),
    epochsHelp: t('The same image in each epoch: augmentation does not add images to the dataset, it shows each one differently every time it is used.'),
    epoch: t('epoch {0}'),
    sample: t('sample {0}'),
    resample: t('Resample'),
    seed: t('Seed'),
    rendering: t('Rendering {0} through {1}…'),
    valueRange: t('Output values in [{0}, {1}] (measured {2} … {3})'),
    valueRangeMapped: t('shown mapped to 0–255'),
    inputSize: t('Input {0}×{1} ({2})'),
    kerasVersion: t('Keras {0} semantics ({1})'),
    inputUint8: t('uint8 images, as tf.io.decode_jpeg and TFDS give them to map functions'),
    skipped: t('Skipped'),
    assumedDefault: t("{0} = {1} is not a literal: previewed with Keras's default {2}"),
    assumedUser: t('{0} = {1} is not a literal: previewed with your value {2}'),
    assumedSplat: t('{0} is not known: previewed with the arguments written out'),
    needsValue: t('{0} = {1} is not a literal. A value to preview with:'),
    supplyValue: t('Preview'),
    layers: t('Layers'),
    line: t('line {0}'),
    trainingOnly: t('training only'),
    alsoAtInference: t('also at inference'),
    noRandomParams: t('no random parameters'),
    noPipelineTitle: t('No augmentation pipeline found'),
    noPipelineHelp: t('No Python file in this workspace builds a Keras model with preprocessing layers (searched {0} files). Add one, for example:'),
    useExample: t('Preview with the built-in example pipeline'),
    choosePipeline: t('Choose another pipeline…'),
    errorTitle: t('The preview could not be drawn'),
    stagesTitle: t('Inference, layer by layer'),
    stagesHelp: t('What model.predict() does to the image, one layer at a time (training=False).'),
    stageInput: t('input, values in [{0}, {1}]'),
    stageUnchanged: t('passes the image through unchanged'),
    stageChanged: t('changes it: values now in [{0}, {1}]'),
    batchOf: t('Batch: {0}'),
    // No arguments: the {0} placeholders stay for the webview to fill with each tile's values.
    params: Object.fromEntries(Object.entries(PARAM_LABELS).map(([key, p]) => [key, localiseTemplate(p)])),
  };
}
