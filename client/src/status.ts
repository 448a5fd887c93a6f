// The status bar item (findings by severity in the active document; click shows the Problems panel)
// and the language status item (last check, large-file notice; click shows the output), both fed by
// the server's factcheck/status notification. Other views listen to `onDidChange`.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/shared/protocol';
import { languageStatusText, statusBarText } from './statusText';

export class Status implements vscode.Disposable {
  private readonly last = new Map<string, StatusParams>();
  private readonly bar: vscode.StatusBarItem;
  private language: vscode.LanguageStatusItem | undefined;
  private readonly changed = new vscode.EventEmitter<StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after each status notification. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.bar = vscode.window.createStatusBarItem('factcheck.counts', vscode.StatusBarAlignment.Left, -10);
    this.bar.name = 'factcheck';
    this.bar.command = 'workbench.actions.view.problems';
    this.disposables.push(this.bar, this.changed, vscode.window.onDidChangeActiveTextEditor(() => this.show()));
  }

  /** (Re)creates the language status item for the client's document selector. */
  setSelector(selector: vscode.DocumentSelector): void {
    this.language?.dispose();
    this.language = vscode.languages.createLanguageStatusItem('factcheck.status', selector);
    this.language.name = 'factcheck';
    this.language.command = { title: 'Show output', command: 'factcheck.showOutput' };
    this.show();
  }

  update(p: StatusParams): void {
    this.last.set(p.uri, p);
    this.show();
    this.changed.fire(p);
  }

  forget(uri: string): void {
    this.last.delete(uri);
    this.show();
  }

  clear(): void {
    this.last.clear();
    this.show();
  }

  private show(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.last.get(uri) : undefined;
    if (this.language) {
      const l = languageStatusText(s);
      this.language.text = l.text;
      this.language.detail = l.detail;
      this.language.severity = l.warning ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }
    const b = statusBarText(s);
    if (!b) {
      this.bar.hide();
      return;
    }
    this.bar.text = b.text;
    this.bar.tooltip = b.tooltip;
    this.bar.backgroundColor = b.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.bar.show();
  }

  dispose(): void {
    this.language?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
