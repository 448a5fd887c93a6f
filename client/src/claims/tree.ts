// The Claims tree view: one node per open document with claims (or a claims-file error), its claims
// below with verdict/status, orphans marked. Clicking a claim reveals it; the context menu runs the
// claim commands with the node as argument ({uri, id}).
import * as vscode from 'vscode';
import { formatClaimHover } from '../../../server/src/features/claimsFormat';
import type { ClaimItem, ClaimsListResult } from '../../../server/src/shared/protocol';
import { bucketOf, claimDescription, claimLabel, UI_COMMANDS, uriBasename } from './format';

export type ClaimsNode = { kind: 'file'; uri: string } | { kind: 'claim'; uri: string; id: string };

export interface ClaimsSource {
  readonly byUri: ReadonlyMap<string, ClaimsListResult>;
  readonly onDidChange: vscode.Event<string | undefined>;
}

const BUCKET_ICON: Record<string, [string, string]> = {
  TRUE: ['pass', 'charts.green'],
  FALSE: ['error', 'charts.red'],
  MIXTURE: ['warning', 'charts.orange'],
  OTHER: ['question', 'charts.blue'],
  none: ['circle-outline', 'descriptionForeground'],
};

export class ClaimsTree implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly source: ClaimsSource) {
    this.sub = source.onDidChange(() => this.emitter.fire(undefined));
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private files(): ClaimsListResult[] {
    return [...this.source.byUri.values()]
      .filter((r) => r.claims.length || r.error)
      .sort((a, b) => uriBasename(a.uri).localeCompare(uriBasename(b.uri)) || a.uri.localeCompare(b.uri));
  }

  private claim(uri: string, id: string): ClaimItem | undefined {
    return this.source.byUri.get(uri)?.claims.find((c) => c.id === id);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.files().map((r) => ({ kind: 'file', uri: r.uri }));
    if (node.kind === 'file') return (this.source.byUri.get(node.uri)?.claims ?? []).map((c) => ({ kind: 'claim', uri: node.uri, id: c.id }));
    return [];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.kind === 'claim' ? { kind: 'file', uri: node.uri } : undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'file') {
      const r = this.source.byUri.get(node.uri);
      const n = r?.claims.length ?? 0;
      const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `file:${node.uri}`;
      item.label = uriBasename(node.uri);
      item.description = `${n} claim${n === 1 ? '' : 's'}${r?.error ? ' · claims file error' : ''}${r?.storage === 'memory' ? ' · not saved (no file)' : ''}`;
      item.tooltip = r?.error ? `Claims file not used: ${r.error}` : r?.sidecarPath ?? 'Claims are kept in memory for this document';
      item.contextValue = 'factcheck.claimsFile';
      if (r?.error) item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      return item;
    }
    const c = this.claim(node.uri, node.id);
    if (!c) return new vscode.TreeItem('(removed)');
    const item = new vscode.TreeItem(claimLabel(c), vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${node.uri}#${node.id}`;
    item.description = claimDescription(c);
    const [icon, color] = c.anchor.state === 'orphan' ? ['debug-disconnect', 'list.warningForeground'] : BUCKET_ICON[bucketOf(c)];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const md = new vscode.MarkdownString(formatClaimHover(c));
    md.supportHtml = false;
    md.isTrusted = false;
    item.tooltip = md;
    item.contextValue = `factcheck.claim.${c.anchor.state}`;
    item.command = { title: 'Reveal claim', command: UI_COMMANDS.reveal, arguments: [{ uri: node.uri, id: node.id }] };
    item.accessibilityInformation = { label: `Claim: ${claimLabel(c)}, ${claimDescription(c)}` };
    return item;
  }
}
