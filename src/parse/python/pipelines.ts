// Container calls → Pipelines: each element of the layer list read as a layer, the pipeline
// named after its variable. A container with no preprocessing layer is a model, not an
// augmentation pipeline, and is left out (its unknown layers are still reported).
import type { LayerCall, Pipeline } from '../../pipeline/model';
import { ContainerCall, findContainerCalls } from './containers';
import { readListElement } from './layerCalls';
import { ParseContext } from './parseContext';
import { line, rangeOf } from './syntaxNodes';

export function findPipelines(ctx: ParseContext): Pipeline[] {
  const pipelines: Pipeline[] = [];
  for (const container of findContainerCalls(ctx)) {
    const pipeline = toPipeline(container, ctx);
    if (pipeline) pipelines.push(pipeline);
  }
  return pipelines;
}

function toPipeline(container: ContainerCall, ctx: ParseContext): Pipeline | undefined {
  if (!container.elements) {
    if (container.layersArgument) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'not-followed',
        message: `${container.className}'s layers are given as ${clip(container.layersArgument.text)}, which is not followed yet`,
        range: rangeOf(container.layersArgument),
      });
    }
    return undefined;
  }
  const layers: LayerCall[] = [];
  const otherLayers: LayerCall[] = [];
  for (const element of container.elements) {
    const read = readListElement(element, ctx);
    if (read.kind === 'image') layers.push(read.layer);
    else if (read.kind === 'other') otherLayers.push(read.layer);
  }
  if (layers.length === 0) return undefined;
  const start = rangeOf(container.start).start;
  const end = rangeOf(container.end).end;
  return {
    name: pipelineName(container, ctx),
    file: ctx.file,
    range: { start, end },
    layers,
    otherLayers,
  };
}

/** The variable it is assigned to, else its `name=`, else where it is. */
function pipelineName(container: ContainerCall, ctx: ParseContext): string {
  if (container.assignedTo) return container.assignedTo;
  const named = container.nameArgument && ctx.evaluator.evaluate(container.nameArgument);
  if (typeof named === 'string' && named !== '') return named;
  return `<anonymous>@${line(container.start)}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? oneLine.slice(0, 40) + '…' : oneLine;
}
