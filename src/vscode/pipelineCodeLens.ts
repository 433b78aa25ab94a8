// CodeLens above each pipeline: preview it, or open it on its inference path.
import * as vscode from 'vscode';
import { parsedDocument, toVsRange } from './documentPipelines';

export class PipelineCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  /** Settings changes turn the lenses on or off. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.getConfiguration('augmentationPreview', document.uri).get<boolean>('codeLens.enabled', true)) return [];
    const parsed = await parsedDocument(document);
    if (!parsed) return [];
    return parsed.pipelines
      .filter((p) => p.layers.length > 0)
      .flatMap((p) => {
        const at = toVsRange(p.range).with({ end: toVsRange(p.range).start });
        const args = [document.uri.toString(), p.name];
        return [
          new vscode.CodeLens(at, {
            title: `$(preview) ${vscode.l10n.t('Preview augmentations ({0} layers)', p.layers.length)}`,
            command: 'augmentationPreview.previewPipeline',
            arguments: args,
          }),
          new vscode.CodeLens(at, {
            title: vscode.l10n.t('Inference view'),
            command: 'augmentationPreview.inferenceView',
            arguments: args,
          }),
        ];
      });
  }
}
