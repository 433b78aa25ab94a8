// Finds every pipeline of a file: one pass over the code's mentions of container, layer and
// tf.image names (each confirmed against the tree, so strings and comments never count), then
// containers (with their lists, references and .add calls), functional chains, and map functions
// built on tf.image ops. A container with no preprocessing layer is a model, not a pipeline,
// and is left out (its unknown layers are still reported).
import type { Node } from '@vscode/tree-sitter-wasm';
import { KERAS_CV_LAYERS, TF_IMAGE_FUNCTIONS, KERAS_CV_CONTAINERS } from '../../pipeline/augmentationCatalog';
import { ALL_IMAGE_LAYERS } from '../../pipeline/catalog';
import type { InputSize, LayerCall, Pipeline, PipelineUse, SourceKind } from '../../pipeline/model';
import { phrase, said } from '../phrases';
import { applicationAt } from './applications';
import { classifyCallee, describeCallee } from './callees';
import { isDead } from './controlFlow';
import { recoverFromError } from './errorRecovery';
import { functionalChains } from './functionalChains';
import { datasetImageSize, inputSizeFromSteps } from './inputSize';
import { ParseContext } from './parseContext';
import { Container, PipelineBuilder, Step } from './pipelineBuilder';
import { sameNode, wordOffsets } from './syntaxNodes';
import { AppliedPipeline, TfImageCall, tfImagePipelines } from './tfImageFunctions';
import { FoundUse, usesOf } from './uses';

/** Every word whose mention in code may start a pipeline. */
export const PIPELINE_WORDS: readonly string[] = [...new Set([
  'Sequential', 'Pipeline', ...KERAS_CV_CONTAINERS, ...ALL_IMAGE_LAYERS, 'CLAHE', ...KERAS_CV_LAYERS, ...TF_IMAGE_FUNCTIONS,
])];

const WORD_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...PIPELINE_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');

interface Mentions {
  containers: Container[];
  applications: Node[];
  tfImage: TfImageCall[];
}

export function findPipelines(ctx: ParseContext): Pipeline[] {
  const builder = new PipelineBuilder(ctx);
  const found = findMentions(ctx, builder);
  const fileInput = datasetImageSize(ctx);
  const pipelines: { at: number; pipeline: Pipeline }[] = [];
  const applied: AppliedPipeline[] = [];

  for (const container of found.containers) {
    const steps = builder.stepsOf(container);
    if (builder.wasUnfollowed(container) && container.layersArgument) {
      ctx.diagnostics.push({
        severity: 'info',
        code: 'not-followed',
        ...said(phrase("{0}'s layers are given as {1}, which the parser cannot follow statically", container.role.className, clip(container.layersArgument.text))),
        range: ctx.range(container.layersArgument),
      });
    }
    const name = builder.nameOf(container);
    const uses: FoundUse[] = container.target ? usesOf(container.target, ctx) : [];
    for (const u of uses) if (u.call) applied.push({ call: u.call, name, steps: () => builder.stepsOf(container) });
    const kind: SourceKind = container.role.family === 'keras_cv' || allKerasCv(steps) ? 'keras_cv' : 'keras';
    const pipeline = toPipeline(name, container.call, container.end ?? container.call, steps, kind, ctx,
      builder.inputSizeOf(container) ?? inputSizeFromSteps(steps) ?? fileInput, uses.map((u) => u.use));
    if (pipeline) pipelines.push({ at: container.call.startIndex, pipeline });
  }

  for (const chain of functionalChains(found.applications, ctx, builder)) {
    const pipeline = toPipeline(chain.name, chain.start, chain.end, chain.steps, allKerasCv(chain.steps) ? 'keras_cv' : 'keras', ctx,
      chain.inputSize ?? inputSizeFromSteps(chain.steps) ?? fileInput, []);
    if (pipeline) pipelines.push({ at: chain.start.startIndex, pipeline });
  }

  // Pipelines applied by name inside map functions (`aug(x, training=True)`), and inline ones.
  for (const fp of tfImagePipelines(found.tfImage, applied, ctx)) {
    const pipeline = toPipeline(fp.name, fp.start, fp.end, fp.steps, 'tf.image', ctx, inputSizeFromSteps(fp.steps) ?? fileInput, fp.uses);
    if (pipeline) pipelines.push({ at: fp.start.startIndex, pipeline });
  }
  return pipelines.sort((a, b) => a.at - b.at).map((p) => p.pipeline);
}

function toPipeline(name: string, start: Node, end: Node, steps: readonly Step[], kind: SourceKind, ctx: ParseContext,
  inputSize: InputSize | undefined, uses: PipelineUse[]): Pipeline | undefined {
  const layers: LayerCall[] = steps.filter((s) => s.image).map((s) => s.layer);
  if (layers.length === 0) return undefined;
  const s = ctx.range(start);
  const e = ctx.range(end);
  return {
    name,
    file: ctx.file,
    range: { ...s, end: e.end },
    layers,
    otherLayers: steps.filter((st) => !st.image).map((st) => st.layer),
    kind,
    ...(inputSize ? { inputSize } : {}),
    uses,
  };
}

function allKerasCv(steps: readonly Step[]): boolean {
  const image = steps.filter((s) => s.image);
  return image.length > 0 && image.every((s) => s.layer.kind === 'keras_cv');
}

function findMentions(ctx: ParseContext, builder: PipelineBuilder): Mentions {
  const out: Mentions = { containers: [], applications: [], tfImage: [] };
  const seen = new Set<number>();
  const aliases = new Set<string>();
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(ctx.text); m; m = WORD_PATTERN.exec(ctx.text)) mention(m.index, m[0].length, ctx, builder, out, seen, aliases);
  // `from keras.models import Sequential as Seq`: the alias's uses are containers too.
  for (const alias of aliases) {
    for (const offset of wordOffsets(ctx.text, alias)) mention(offset, alias.length, ctx, builder, out, seen, aliases);
  }
  return out;
}

function mention(offset: number, length: number, ctx: ParseContext, builder: PipelineBuilder, out: Mentions, seen: Set<number>, aliases: Set<string>): void {
  const ix = ctx.index;
  const id = ix.identifierAt(offset, length);
  if (!id) return;
  const parent = ix.parentOf(id);
  if (parent && parent.type === 'dotted_name') {
    const imp = ix.parentOf(parent);
    const alias = imp && imp.type === 'aliased_import' ? imp.childForFieldName('alias')?.text : undefined;
    if (alias && alias !== id.text) aliases.add(alias);
    return;
  }
  const callee = parent && parent.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), id) ? parent : id;
  const holder = ix.parentOf(callee);
  if (!holder) return;
  const described = describeCallee(callee, ctx.names);
  const role = described && classifyCallee(described);
  if (!role) return;
  if (holder.type === 'ERROR' && role.role === 'container') {
    const recovered = recoverFromError(callee, role, ix);
    if (recovered && !seen.has(callee.id)) {
      seen.add(callee.id);
      out.containers.push(builder.addRecovered(recovered));
    }
    return;
  }
  if (holder.type !== 'call' || !sameNode(holder.childForFieldName('function'), callee) || seen.has(holder.id)) return;
  if (isDead(holder, ix)) return;
  seen.add(holder.id);
  if (role.role === 'container') {
    const c = builder.containerOf(holder);
    if (c) out.containers.push(c);
  } else if (role.role === 'image') {
    const outer = ix.parentOf(holder);
    if (outer && outer.type === 'call' && sameNode(outer.childForFieldName('function'), holder) && applicationAt(outer, ctx, builder)) {
      out.applications.push(outer);
    }
  } else if (role.role === 'tf.image') out.tfImage.push({ call: holder, role });
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? oneLine.slice(0, 40) + '…' : oneLine;
}
