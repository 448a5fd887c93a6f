// The Sources view: who is quoted in the active document (request factcheck/sources), with their
// quotes as children; clicking a quote reveals it. Refreshes on the server's status notification
// for the active document, on editor switches and when the view becomes visible.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SOURCES_REQUEST, type SourceInfo, type SourceQuote, type SourcesParams, type SourcesResult } from '../../server/src/shared/protocol';
import { quoteDescription, quoteIcon, quoteLabel, quoteTooltip, sourceDescription, sourceIcon, sourceTooltip } from './sourcesText';

type Node = { kind: 'source'; uri: string; source: SourceInfo } | { kind: 'quote'; uri: string; source: SourceInfo; quote: SourceQuote };

export const SOURCES_VIEW_ID = 'factcheck.sources';

export class SourcesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private result: SourcesResult | null = null;
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => e.visible && void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.result?.uri === d.uri.toString()) void this.refresh();
      }),
    );
  }

  /** Re-reads the active document's sources (only while the view is visible). */
  async refresh(): Promise<void> {
    if (!this.view.visible) return;
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const c = this.client();
    let result: SourcesResult | null = null;
    let message: string | undefined;
    if (!doc) message = undefined;
    else if (!c || !c.isRunning()) message = 'The factcheck server is not running.';
    else {
      try {
        const params: SourcesParams = { textDocument: { uri: doc.uri.toString() } };
        result = await c.sendRequest<SourcesResult | null>(SOURCES_REQUEST, params);
        if (!result) message = 'factcheck does not check this document (see factcheck.languages and factcheck.enable).';
        else if (!result.sources.length) message = 'No quotes found in this document.';
      } catch (e) {
        message = `Could not read the sources: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    if (generation !== this.generation) return;
    this.result = result;
    this.view.message = message;
    this.view.description = result?.sources.length ? `${result.sources.length}` : undefined;
    this.changed.fire(undefined);
  }

  /** Called with every status notification: refresh when it is about the document shown. */
  onStatus(uri: string): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri) void this.refresh();
  }

  getChildren(node?: Node): Node[] {
    const r = this.result;
    if (!r) return [];
    if (!node) return r.sources.map((source) => ({ kind: 'source', uri: r.uri, source }));
    if (node.kind === 'source') return node.source.attributions.map((quote) => ({ kind: 'quote', uri: node.uri, source: node.source, quote }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'source') {
      const s = node.source;
      const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.uri}#${s.key}`;
      item.description = sourceDescription(s);
      item.tooltip = new vscode.MarkdownString(sourceTooltip(s));
      item.iconPath = new vscode.ThemeIcon(sourceIcon(s));
      item.contextValue = `factcheck.source.${s.category}`;
      return item;
    }
    const q = node.quote;
    const item = new vscode.TreeItem(quoteLabel(q), vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri}#${node.source.key}#${q.id}`;
    item.description = quoteDescription(q);
    item.tooltip = new vscode.MarkdownString(quoteTooltip(q));
    item.iconPath = new vscode.ThemeIcon(quoteIcon(q));
    item.contextValue = 'factcheck.quote';
    const { start, end } = q.location;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    item.command = { title: 'Reveal', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri), { selection, preserveFocus: false }] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
