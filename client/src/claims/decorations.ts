// Editor decorations for tagged claims: a background and a gutter mark per verdict bucket (theme
// colours contributed in package.json), a dashed outline for claims whose anchor needs confirming.
// Ranges come from the server's claim list; they are applied only when the list is for the version
// the editor shows (otherwise a fresh list is asked for), and VS Code moves them while typing.
import * as vscode from 'vscode';
import type { ClaimItem, ClaimsListResult } from '../../../server/src/shared/protocol';
import { bucketOf } from './format';

type Style = 'TRUE' | 'FALSE' | 'MIXTURE' | 'OTHER' | 'none' | 'attention';

const STYLE_COLOR: Record<Exclude<Style, 'attention'>, { color: string; gutter: string }> = {
  TRUE: { color: 'factcheck.claimTrueBackground', gutter: 'claim-true.svg' },
  FALSE: { color: 'factcheck.claimFalseBackground', gutter: 'claim-false.svg' },
  MIXTURE: { color: 'factcheck.claimMixtureBackground', gutter: 'claim-mixture.svg' },
  OTHER: { color: 'factcheck.claimOtherBackground', gutter: 'claim-other.svg' },
  none: { color: 'factcheck.claimNoVerdictBackground', gutter: 'claim-none.svg' },
};

export class ClaimDecorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();

  constructor(extensionUri: vscode.Uri) {
    for (const [style, { color, gutter }] of Object.entries(STYLE_COLOR) as [Exclude<Style, 'attention'>, { color: string; gutter: string }][]) {
      this.types.set(style, vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(color),
        overviewRulerColor: new vscode.ThemeColor(color),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'images', gutter),
        gutterIconSize: 'contain',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
    this.types.set('attention', vscode.window.createTextEditorDecorationType({
      borderStyle: 'dashed',
      borderWidth: '1px',
      borderColor: new vscode.ThemeColor('editorWarning.foreground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  /** Paints `list` on `editor`; returns false when the list is for another version (nothing changed). */
  apply(editor: vscode.TextEditor, list: ClaimsListResult | undefined): boolean {
    if (list && list.version !== null && list.version !== editor.document.version) return false;
    const by = new Map<Style, vscode.DecorationOptions[]>();
    for (const s of this.types.keys()) by.set(s, []);
    for (const c of list?.claims ?? []) {
      if (c.anchor.state === 'orphan') continue;
      const range = toRange(c);
      by.get(bucketOf(c))!.push({ range });
      if (c.anchor.state !== 'anchored') by.get('attention')!.push({ range });
    }
    for (const [s, t] of this.types) editor.setDecorations(t, by.get(s)!);
    return true;
  }
}

export function toRange(c: Pick<ClaimItem, 'range'>): vscode.Range {
  return new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character);
}
