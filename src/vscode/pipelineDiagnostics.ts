// Problems in augmentation code, as editor diagnostics with quick fixes: the static rules
// (src/diagnostics) at once, then Keras's own argument checks from the engine worker.
import * as vscode from 'vscode';
import type { Finding } from '../diagnostics/finding';
import { lintParsedFile } from '../diagnostics/lint';
import { engineValidationFindings } from '../diagnostics/engineValidation';
import type { SourceRange } from '../pipeline/model';
import { isParsedDocument, parsedDocument, toVsRange } from './documentPipelines';
import type { EngineClient } from './engineClient';
import { localise } from './localise';

const DEBOUNCE_MS = 250;

function rangeOf(r: SourceRange): vscode.Range {
  return toVsRange(r);
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export class PipelineDiagnostics implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  private readonly collection = vscode.languages.createDiagnosticCollection('augmentationPreview');
  private readonly findings = new Map<string, { version: number; findings: Finding[] }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly engine: EngineClient) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('augmentationPreview')) for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Resolves when a document's diagnostics are up to date (for tests). */
  async refresh(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    await this.update(document);
    return this.collection.get(document.uri) ?? [];
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isParsedDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.update(document), delay));
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.collection.delete(uri);
    this.findings.delete(uri.toString());
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    const enabled = vscode.workspace.getConfiguration('augmentationPreview', document.uri).get<boolean>('diagnostics.enabled', true);
    const parsed = enabled ? await parsedDocument(document) : undefined;
    if (!parsed || document.isClosed) {
      this.clear(document.uri);
      return;
    }
    const version = document.version;
    const findings = lintParsedFile(document.getText(), parsed);
    this.publish(document, version, findings);
    const engineFindings = await engineValidationFindings(parsed, findings, (request) => this.engine.call('validate', request));
    if (document.version === version && !document.isClosed && engineFindings.length) this.publish(document, version, [...findings, ...engineFindings]);
  }

  private publish(document: vscode.TextDocument, version: number, findings: Finding[]): void {
    this.findings.set(document.uri.toString(), { version, findings });
    this.collection.set(
      document.uri,
      findings.map((f) => {
        const d = new vscode.Diagnostic(rangeOf(f.range), localise(f.message), SEVERITY[f.severity]);
        d.source = vscode.l10n.t('Augmentation Preview (Keras {0})', f.kerasVersion);
        d.code = f.code;
        return d;
      }),
    );
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.findings.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of entry.findings) {
      const diagnostic = context.diagnostics.find((d) => d.code === finding.code && d.range.isEqual(rangeOf(finding.range)));
      if (!diagnostic && !rangeOf(finding.range).intersection(range)) continue;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(localise(fix.title), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(document.uri, rangeOf(e.range), e.newText);
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred ?? false;
        actions.push(action);
      }
    }
    return actions;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
