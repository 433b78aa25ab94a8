// Hover on a layer call: what it does in this configuration's numbers, what happens at inference,
// the Keras version assumed, unresolved arguments, a strip of samples of this layer alone, and
// links to preview. Computed in the engine worker and cached, so typing never waits for it.
import * as vscode from 'vscode';
import { pythonText } from '../pipeline/pythonText';
import type { DescribeResult } from '../engine/layerInfo';
import { isUnresolved, type ArgValue, type LayerCall, type ParsedFile, type Pipeline } from '../pipeline/model';
import { toPipelineSpec } from '../pipeline/toPipelineSpec';
import { layerAt, parsedDocument, toVsRange } from './documentPipelines';
import { localise } from './localise';
import type { EngineClient } from './engineClient';
import { previewImageForHovers } from './lastImage';

const THUMBNAILS = 4;
const THUMBNAIL_SIZE = 72;
const CACHE_LIMIT = 200;

export const HOVER_COMMANDS = ['augmentationPreview.previewPipeline', 'augmentationPreview.previewLayer'];

export class LayerHoverProvider implements vscode.HoverProvider {
  private readonly cache = new Map<string, Promise<DescribeResult>>();

  constructor(private readonly engine: EngineClient, private readonly extensionUri: vscode.Uri) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const parsed = await parsedDocument(document);
    const hit = parsed && layerAt(parsed, position);
    if (!parsed || !hit || token.isCancellationRequested) return undefined;
    const described = await this.describe(parsed, hit.pipeline, hit.layer);
    if (token.isCancellationRequested) return undefined;
    return new vscode.Hover(hoverMarkdown(document.uri, parsed, hit.pipeline, hit.layer, described), toVsRange(hit.layer.range));
  }

  /** Cached by everything the answer depends on; a failed call is not cached. */
  private async describe(parsed: ParsedFile, pipeline: Pipeline, layer: LayerCall): Promise<DescribeResult> {
    const spec = toPipelineSpec(pipeline, parsed.kerasVersion);
    const image = await previewImageForHovers(this.extensionUri);
    const index = pipeline.layers.indexOf(layer);
    const before = pipeline.layers.slice(0, Math.max(0, index)).map((l) => ({ className: l.className, args: l.args }));
    const key = JSON.stringify([layer.className, layer.args, before, parsed.kerasVersion.version, spec.inputSize, image.key]);
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.engine.call('describe', {
        layer: { className: layer.className, args: layer.args },
        before,
        kerasVersion: parsed.kerasVersion.version,
        ...(spec.inputSize ? { inputSize: { height: spec.inputSize.height, width: spec.inputSize.width } } : {}),
        thumbnails: { imageBytes: await image.bytes(), imageName: image.name, count: THUMBNAILS, size: THUMBNAIL_SIZE, seed: 1 },
      });
      this.cache.set(key, answer);
      answer.catch(() => this.cache.delete(key));
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    }
    return answer;
  }
}

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

function unresolvedArgs(args: Readonly<Record<string, ArgValue>>): string[] {
  const found: string[] = [];
  const walk = (name: string, v: ArgValue) => {
    if (isUnresolved(v)) found.push(`\`${name}\` = \`${v.unresolved}\``);
    else if (Array.isArray(v)) v.forEach((x) => walk(name, x));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(name, x));
  };
  for (const [name, v] of Object.entries(args)) walk(name, v);
  return found;
}

export function hoverMarkdown(uri: vscode.Uri, parsed: ParsedFile, pipeline: Pipeline, layer: LayerCall, described: DescribeResult): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = true;
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  const keras = parsed.kerasVersion;
  const reason = keras.phrase ? localise(keras.phrase) : keras.reason;
  md.appendMarkdown(`**${layer.className}** · ${vscode.l10n.t('Keras {0} ({1})', keras.version, reason)}\n\n`);
  const d = described.description;
  if (d) {
    md.appendMarkdown(`${localise(d.summary)}\n\n`);
    for (const p of d.details) md.appendMarkdown(`- ${localise(p)}\n`);
    // Its own quoted paragraph: the sentence itself says what happens with training=False.
    md.appendMarkdown(`\n> ${localise(d.inference)}\n\n`);
    for (const p of d.versionNotes) md.appendMarkdown(`*${vscode.l10n.t('Keras 2 and 3')}:* ${localise(p)}\n\n`);
  } else if (described.problem) {
    const label = described.problem.kind === 'unsupported' ? vscode.l10n.t('Not previewed yet') : vscode.l10n.t('Cannot preview');
    md.appendMarkdown(`$(warning) **${label}:** ${escapeMarkdown(described.problem.message)}\n\n`);
    if (described.problem.kind === 'unresolved') md.appendMarkdown(`${vscode.l10n.t('Preview the pipeline to give a value for it: the panel asks for one.')}\n\n`);
  }
  // What the description and samples assumed for values the code does not state, then any other
  // unresolved value (a required one is the problem above; input_shape's only sets the size).
  const assumed = described.assumed ?? [];
  for (const a of assumed) {
    const note = a.arg.startsWith('*')
      ? vscode.l10n.t('{0} is not known: previewed with the arguments written out', `\`${a.text}\``)
      : vscode.l10n.t("{0} = {1} is not a literal: previewed with Keras's default {2}", `\`${a.arg}\``, `\`${a.text}\``, `\`${pythonText(a.value)}\``);
    md.appendMarkdown(`$(question) ${note}\n\n`);
  }
  const unresolved = unresolvedArgs(Object.fromEntries(Object.entries(layer.args).filter(([name]) => !assumed.some((a) => a.arg === name))));
  if (unresolved.length) {
    md.appendMarkdown(`$(question) ${vscode.l10n.t('Not a literal, so not known to the preview: {0}', unresolved.join(', '))}\n\n`);
  }
  if (described.thumbnails.length) {
    const imgs = described.thumbnails.map((t) => `<img src="data:image/png;base64,${Buffer.from(t.png).toString('base64')}" height="${THUMBNAIL_SIZE / 1.5}">`);
    md.appendMarkdown(`${imgs.join('&nbsp;')}\n\n`);
  }
  const at = [uri.toString(), layer.range.start.line, layer.range.start.column];
  md.appendMarkdown(
    `${commandLink(vscode.l10n.t('Preview this pipeline'), 'augmentationPreview.previewPipeline', [uri.toString(), pipeline.name])}` +
      ` · ${commandLink(vscode.l10n.t('Preview this layer alone'), 'augmentationPreview.previewLayer', at)}`,
  );
  return md;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, (c) => `\\${c}`);
}
