// The VS Code side of claim review: thin commands over the server's factcheck.claims.* commands, the
// Claims view, decorations and context keys. The language server owns the claims (and the sidecar);
// this keeps the last list per document from the factcheck/claimsChanged notification.
//
// Every command works from the palette (the claim at the cursor, else a quick pick), from the Claims
// view context menu (the node), and programmatically with one argument object so that tests and other
// extensions can skip the pickers: e.g. executeCommand('factcheck.setVerdict', { verdict: 'mostly-false' }).
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import type { ClaimRecord, Claimant, Evidence } from '../../../server/src/review/model';
import { isIsoDate } from '../../../server/src/review/model';
import {
  CLAIM_COMMANDS, CLAIMS_CHANGED_NOTIFICATION,
  type ClaimItem, type ClaimsAtResult, type ClaimsChangedParams, type ClaimsExportResult, type ClaimsListResult, type LspRange,
} from '../../../server/src/shared/protocol';
import { SETTINGS_SECTION } from '../../../server/src/shared/settings';
import { ClaimDecorations, toRange } from './decorations';
import {
  claimDescription, claimLabel, claimRef, CONTEXT, EXPORT_CHOICES, exportFileName, isStatus, needsConfirmation, scaleFromSetting, shortText,
  STATUS_LABEL, toLspRange, UI_COMMANDS, uriBasename, urlProblem, verdictPickOrder, VIEW_ID, type ExportFormatId,
} from './format';
import { ClaimsTree, type ClaimsSource } from './tree';

/** An expected failure: shown to the user as one line, not logged as a bug. */
class UserError extends Error {}

const STATUS_DETAIL: Record<string, string> = {
  unchecked: 'Marked, not looked at yet',
  'in-progress': 'Being checked',
  checked: 'Verdict final: exported as ClaimReview',
  'not-checkable': 'Opinion, prediction or promise: never rated',
};

type Arg = Record<string, unknown>;
const asArg = (a: unknown): Arg => (typeof a === 'object' && a !== null && !Array.isArray(a) ? (a as Arg) : {});

export interface ClaimsUiOptions {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  /** The documents the language client serves (factcheck.languages, file and untitled). */
  selector: () => vscode.DocumentSelector;
}

export class ClaimsUi implements vscode.Disposable, ClaimsSource {
  readonly byUri = new Map<string, ClaimsListResult>();
  private readonly emitter = new vscode.EventEmitter<string | undefined>();
  readonly onDidChange = this.emitter.event;
  private client?: BaseLanguageClient;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly decorations: ClaimDecorations;
  private readonly tree: ClaimsTree;
  private readonly refreshing = new Set<string>();
  private readonly warned = new Set<string>();

  constructor(private readonly opts: ClaimsUiOptions) {
    this.decorations = new ClaimDecorations(opts.context.extensionUri);
    this.tree = new ClaimsTree(this);
    const view = vscode.window.createTreeView<import('./tree').ClaimsNode>(VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    const reg = (id: string, fn: (arg: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, (arg: unknown) => this.run(id, () => fn(arg)));
    this.disposables.push(
      this.emitter, this.decorations, this.tree, view,
      reg(UI_COMMANDS.mark, (a) => this.mark(a)),
      reg(UI_COMMANDS.setVerdict, (a) => this.setVerdict(a)),
      reg(UI_COMMANDS.setStatus, (a) => this.setStatus(a)),
      reg(UI_COMMANDS.editNote, (a) => this.editNote(a)),
      reg(UI_COMMANDS.addEvidence, (a) => this.addEvidence(a)),
      reg(UI_COMMANDS.editDetails, (a) => this.editDetails(a)),
      reg(UI_COMMANDS.remove, (a) => this.remove(a)),
      reg(UI_COMMANDS.export, (a) => this.export(a)),
      reg(UI_COMMANDS.confirm, (a) => this.confirm(a)),
      reg(UI_COMMANDS.reveal, (a) => this.reveal(a)),
      reg(UI_COMMANDS.refresh, () => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) this.updateContext(); }),
    );
    this.updateContext();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  // -------------------------------------------------------------------------------------------------
  // Server connection

  /** Call with each new language client, before it starts. */
  attach(client: BaseLanguageClient): void {
    this.client = client;
    this.byUri.clear();
    this.emitter.fire(undefined);
    client.onNotification(CLAIMS_CHANGED_NOTIFICATION, (p: ClaimsChangedParams) => this.take(p));
  }

  private take(p: ClaimsChangedParams): void {
    if (p.closed) this.byUri.delete(p.uri);
    else {
      const { closed: _closed, ...list } = p;
      this.byUri.set(p.uri, list);
    }
    this.emitter.fire(p.uri);
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === p.uri) this.paint(e);
    this.updateContext();
  }

  private async exec<T>(command: string, arg: unknown): Promise<T> {
    const c = this.client;
    if (!c || !c.isRunning()) throw new UserError('the factcheck language server is not running (run "factcheck: Restart Server")');
    return (await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] })) as T;
  }

  /** The server's current list for a document (and the cache updated with it). */
  private async list(uri: string): Promise<ClaimsListResult> {
    await this.loaded(uri);
    const r = await this.exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri });
    this.take(r);
    return r;
  }

  /** Waits (up to 5 s) until the server has told us about a document it just opened. */
  private async loaded(uri: string): Promise<void> {
    if (this.byUri.has(uri)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => { sub.dispose(); resolve(); }, 5000);
      const sub = this.onDidChange((u) => {
        if (u === uri) { clearTimeout(timer); sub.dispose(); resolve(); }
      });
    });
  }

  private async run(id: string, fn: () => Promise<unknown>): Promise<unknown> {
    try {
      return await fn();
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      if (!(e instanceof UserError)) this.opts.output.appendLine(`factcheck: ${id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(msg.startsWith('factcheck') ? msg : `factcheck: ${msg}`);
      return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Editors, decorations, context keys

  private supported(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.opts.selector(), doc) > 0;
  }

  private paint(editor: vscode.TextEditor): void {
    const uri = editor.document.uri.toString();
    if (!this.decorations.apply(editor, this.byUri.get(uri))) this.refreshSoon(uri);
  }

  /** The list is for another version of the document: ask for the current one (once at a time). */
  private refreshSoon(uri: string): void {
    if (this.refreshing.has(uri)) return;
    this.refreshing.add(uri);
    setTimeout(() => {
      this.exec<ClaimsListResult>(CLAIM_COMMANDS.list, { uri })
        .then((r) => {
          this.refreshing.delete(uri);
          this.byUri.set(uri, r);
          this.emitter.fire(uri);
          for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri) this.decorations.apply(e, r);
        }, () => this.refreshing.delete(uri));
    }, 300);
  }

  private updateContext(): void {
    const ed = vscode.window.activeTextEditor;
    const supported = !!ed && this.supported(ed.document);
    const any = [...this.byUri.values()].some((r) => r.claims.length > 0);
    let atCursor = false;
    if (ed && supported) {
      const list = this.byUri.get(ed.document.uri.toString());
      const p = ed.selection.active;
      atCursor = !!list?.claims.some((c) => c.anchor.state !== 'orphan' && toRange(c).contains(p));
    }
    void vscode.commands.executeCommand('setContext', CONTEXT.editorSupported, supported);
    void vscode.commands.executeCommand('setContext', CONTEXT.any, any);
    void vscode.commands.executeCommand('setContext', CONTEXT.atCursor, atCursor);
  }

  private async editorFor(uri: string, show = false): Promise<vscode.TextEditor | undefined> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (visible && !show) return visible;
    if (!show) return undefined;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    return vscode.window.showTextDocument(doc, { preview: false, viewColumn: visible?.viewColumn });
  }

  // -------------------------------------------------------------------------------------------------
  // Finding the claim a command is about

  /**
   * The claim a command works on: the one given ({uri, id} or a Claims view node), else the claim at
   * the cursor (a pick when several), else a pick from the document's claims, else from every open
   * document's claims. `filter` narrows the candidates (e.g. only claims needing confirmation).
   */
  private async resolveClaim(arg: unknown, what: string, filter: (c: ClaimItem) => boolean = () => true, noneMessage?: string): Promise<{ uri: string; claim: ClaimItem } | undefined> {
    const ref = claimRef(arg);
    if (ref.uri && ref.id) {
      const list = this.byUri.get(ref.uri) ?? (await this.list(ref.uri));
      const claim = list.claims.find((c) => c.id === ref.id) ?? (await this.list(ref.uri)).claims.find((c) => c.id === ref.id);
      if (!claim) throw new UserError('that claim no longer exists');
      return { uri: ref.uri, claim };
    }
    const editor = ref.uri ? await this.editorFor(ref.uri) : vscode.window.activeTextEditor;
    if (editor && this.supported(editor.document)) {
      const uri = editor.document.uri.toString();
      await this.loaded(uri);
      const at = await this.exec<ClaimsAtResult>(CLAIM_COMMANDS.at, { uri, position: editor.selection.active });
      const here = at.claims.filter(filter);
      if (here.length === 1) return { uri, claim: here[0] };
      if (here.length > 1) return this.pickClaim(here.map((claim) => ({ uri, claim })), what);
      const all = (await this.list(uri)).claims.filter(filter);
      if (all.length) return this.pickClaim(all.map((claim) => ({ uri, claim })), what);
    }
    const everywhere = [...this.byUri.values()].flatMap((r) => r.claims.filter(filter).map((claim) => ({ uri: r.uri, claim })));
    if (!everywhere.length) {
      const anyClaims = [...this.byUri.values()].some((r) => r.claims.length);
      throw new UserError(anyClaims && noneMessage ? noneMessage : 'no claims yet: select a statement and run "factcheck: Mark Claim"');
    }
    return this.pickClaim(everywhere, what);
  }

  private async pickClaim(items: { uri: string; claim: ClaimItem }[], what: string): Promise<{ uri: string; claim: ClaimItem } | undefined> {
    const multi = new Set(items.map((i) => i.uri)).size > 1;
    const pick = await vscode.window.showQuickPick(
      items.map((i) => ({
        label: claimLabel(i.claim),
        description: claimDescription(i.claim),
        detail: multi ? uriBasename(i.uri) : undefined,
        item: i,
      })),
      { title: what, placeHolder: 'Which claim?', matchOnDescription: true },
    );
    return pick?.item;
  }

  // -------------------------------------------------------------------------------------------------
  // Commands

  /** Mark claim: the selection, or (nothing selected) what the server suggests at the cursor. Returns the ClaimRecord. */
  private async mark(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const ref = claimRef(arg);
    const editor = ref.uri ? await this.editorFor(ref.uri, true) : vscode.window.activeTextEditor;
    if (!editor) throw new UserError('open an article and select the statement to mark');
    if (!this.supported(editor.document)) throw new UserError(`factcheck does not check ${editor.document.languageId} documents (factcheck.languages)`);
    const uri = editor.document.uri.toString();
    await this.loaded(uri);
    let range: LspRange | undefined = toLspRange(a.range);
    const fields: Arg = { ...asArg(a.fields) };
    if (!range && !editor.selection.isEmpty) range = toLspRange(editor.selection);
    if (!range) {
      const at = await this.exec<ClaimsAtResult>(CLAIM_COMMANDS.at, { uri, position: editor.selection.active });
      if (at.claims.length) throw new UserError(`the cursor is in a claim already (“${shortText(at.claims[0].text, 40)}”): use Set Verdict, or select other text`);
      if (!at.suggestion) throw new UserError('nothing to mark here: select the statement');
      range = at.suggestion.range;
      if (fields.claimant === undefined && at.suggestion.claimant) fields.claimant = at.suggestion.claimant;
    }
    const rec = await this.exec<ClaimRecord>(CLAIM_COMMANDS.add, { uri, range, ...(Object.keys(fields).length ? { fields } : {}) });
    if (a.quiet !== true) {
      const who = rec.claimant ? ` Claimant: ${rec.claimant.name} (from the attribution).` : '';
      void vscode.window.showInformationMessage(`Marked claim “${shortText(rec.anchor.exact, 50)}”.${who}`, 'Set Verdict', 'Edit Details').then((choice) => {
        if (choice === 'Set Verdict') void vscode.commands.executeCommand(UI_COMMANDS.setVerdict, { uri, id: rec.id });
        if (choice === 'Edit Details') void vscode.commands.executeCommand(UI_COMMANDS.editDetails, { uri, id: rec.id });
      });
    }
    return rec;
  }

  private scaleFor(uri: string) {
    const raw = vscode.workspace.getConfiguration(SETTINGS_SECTION, vscode.Uri.parse(uri)).get<unknown>('verdictScale');
    const { scale, problem } = scaleFromSetting(raw);
    if (problem && !this.warned.has(problem)) {
      this.warned.add(problem);
      void vscode.window.showWarningMessage(problem);
    }
    return scale;
  }

  private update(uri: string, id: string, fields: Arg): Promise<ClaimRecord> {
    return this.exec<ClaimRecord>(CLAIM_COMMANDS.update, { uri, id, fields });
  }

  private async setVerdict(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Set verdict');
    if (!t) return undefined;
    let verdict = a.verdict as string | null | undefined;
    if (verdict === undefined) {
      const scale = this.scaleFor(t.uri);
      const current = t.claim.verdict?.key;
      const items: (vscode.QuickPickItem & { key: string | null })[] = verdictPickOrder(scale).map((v) => ({
        label: v.label,
        description: [v.ratingValue !== undefined ? `${v.ratingValue} on ${scale.worstRating}–${scale.bestRating}` : '', v.key === current ? '(current)' : ''].filter(Boolean).join(' '),
        detail: v.description,
        key: v.key,
      }));
      if (current) items.push({ label: 'Clear verdict', description: '', key: null });
      const pick = await vscode.window.showQuickPick(items, { title: `Verdict: “${shortText(t.claim.text || t.claim.anchor.exact, 50)}”`, placeHolder: scale.label });
      if (!pick) return undefined;
      verdict = pick.key;
    }
    return this.update(t.uri, t.claim.id, { verdict });
  }

  private async setStatus(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Set status');
    if (!t) return undefined;
    let status = a.status;
    if (status !== undefined && !isStatus(status)) throw new UserError(`unknown status "${String(status)}": use ${Object.keys(STATUS_LABEL).join(', ')}`);
    if (status === undefined) {
      const pick = await vscode.window.showQuickPick(
        (Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[]).map((s) => ({
          label: STATUS_LABEL[s], description: s === t.claim.status ? '(current)' : '', detail: STATUS_DETAIL[s], status: s,
        })),
        { title: `Status: “${shortText(t.claim.text || t.claim.anchor.exact, 50)}”` },
      );
      if (!pick) return undefined;
      status = pick.status;
    }
    return this.update(t.uri, t.claim.id, { status });
  }

  private async editNote(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Edit claim note');
    if (!t) return undefined;
    let note = a.note as string | null | undefined;
    if (note === undefined) {
      note = await vscode.window.showInputBox({
        title: `Conclusion: “${shortText(t.claim.text || t.claim.anchor.exact, 50)}”`,
        prompt: 'Public conclusion (Markdown), exported as the ClaimReview ratingExplanation. Empty clears it.',
        value: t.claim.note ?? '',
      });
      if (note === undefined) return undefined;
    }
    return this.update(t.uri, t.claim.id, { note: note === null || note.trim() === '' ? null : note });
  }

  private async addEvidence(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Add evidence link');
    if (!t) return undefined;
    let url = typeof a.url === 'string' ? a.url.trim() : undefined;
    let title = typeof a.title === 'string' ? a.title.trim() : undefined;
    if (url !== undefined) {
      const p = urlProblem(url);
      if (p) throw new UserError(`${p}: "${url.slice(0, 60)}"`);
    } else {
      url = (await vscode.window.showInputBox({ title: 'Evidence link', prompt: 'URL of a source that supports the verdict (http or https)', placeHolder: 'https://', validateInput: (v) => urlProblem(v) ?? null }))?.trim();
      if (!url) return undefined;
      if (title === undefined) title = (await vscode.window.showInputBox({ title: 'Evidence title (optional)', prompt: 'A short name for the link; Escape or empty for none' }))?.trim();
    }
    const evidence: Evidence[] = t.claim.evidence.filter((e) => e.url !== url);
    evidence.push({ url, ...(title ? { title } : {}) });
    return this.update(t.uri, t.claim.id, { evidence });
  }

  /** Claimant, claim date, appearances, summary, private note (one per run), or `fields` given directly. */
  private async editDetails(arg: unknown): Promise<ClaimRecord | boolean | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Edit claim details');
    if (!t) return undefined;
    if (a.fields !== undefined) return this.update(t.uri, t.claim.id, asArg(a.fields));
    const c = t.claim;
    const list = this.byUri.get(t.uri);
    const items = [
      { label: 'Claimant', description: c.claimant ? `${c.claimant.name} (${c.claimant.type})` : 'none', field: 'claimant' },
      { label: 'Claim date', description: c.claimDate ?? 'none', field: 'claimDate' },
      { label: 'Appearances', description: c.appearances.join(' ') || 'none', field: 'appearances' },
      { label: 'First appearance', description: c.firstAppearance ?? 'none', field: 'firstAppearance' },
      { label: 'Summary (claimReviewed)', description: c.summary ?? 'the quote', field: 'summary' },
      { label: 'Private note', description: c.privateNote ? shortText(c.privateNote, 40) : 'none (never exported)', field: 'privateNote' },
      { label: 'Article URL (whole document)', description: list?.canonicalUrl ?? 'none', field: 'canonicalUrl' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Details: “${shortText(c.text || c.anchor.exact, 50)}”`, placeHolder: 'Field to edit' });
    if (!pick) return undefined;
    const ask = (prompt: string, value: string, validate?: (v: string) => string | undefined) =>
      vscode.window.showInputBox({ title: pick.label, prompt, value, validateInput: (v) => (v.trim() === '' ? null : validate?.(v.trim()) ?? null) });
    switch (pick.field) {
      case 'claimant': {
        const name = await ask('Who made the claim (empty: none)', c.claimant?.name ?? '');
        if (name === undefined) return undefined;
        if (!name.trim()) return this.update(t.uri, c.id, { claimant: null });
        const types: Claimant['type'][] = ['person', 'organization', 'group', 'anonymous', 'outlet'];
        const type = await vscode.window.showQuickPick(types, { title: 'Claimant type', placeHolder: c.claimant?.type ?? 'person' });
        if (!type) return undefined;
        const claimant: Claimant = { ...(c.claimant ?? {}), name: name.trim(), type: type as Claimant['type'] };
        return this.update(t.uri, c.id, { claimant });
      }
      case 'claimDate': {
        const v = await ask('When the claim was made (YYYY-MM-DD; empty: none)', c.claimDate ?? '', (x) => (isIsoDate(x) ? undefined : 'Enter a date like 2025-01-31'));
        return v === undefined ? undefined : this.update(t.uri, c.id, { claimDate: v.trim() || null });
      }
      case 'appearances': {
        const v = await ask('URLs where the claim appeared, separated by spaces', c.appearances.join(' '), (x) => x.split(/\s+/).map(urlProblem).find(Boolean));
        return v === undefined ? undefined : this.update(t.uri, c.id, { appearances: v.trim() ? v.trim().split(/\s+/) : [] });
      }
      case 'firstAppearance': {
        const v = await ask('URL of the original (first-hand) appearance', c.firstAppearance ?? '', urlProblem);
        return v === undefined ? undefined : this.update(t.uri, c.id, { firstAppearance: v.trim() || null });
      }
      case 'summary': {
        const v = await ask('Short summary of the claim, under 75 characters, without the verdict', c.summary ?? '', (x) => (x.length >= 75 ? `${x.length} characters: keep it under 75` : undefined));
        return v === undefined ? undefined : this.update(t.uri, c.id, { summary: v.trim() || null });
      }
      case 'privateNote': {
        const v = await ask('Internal note: stored in the claims file, never exported', c.privateNote ?? '');
        return v === undefined ? undefined : this.update(t.uri, c.id, { privateNote: v.trim() ? v : null });
      }
      default: {
        const v = await ask('Public URL of the fact-check article (ClaimReview url)', list?.canonicalUrl ?? '', urlProblem);
        return v === undefined ? undefined : this.exec<boolean>(CLAIM_COMMANDS.setDocumentInfo, { uri: t.uri, canonicalUrl: v.trim() || null });
      }
    }
  }

  private async remove(arg: unknown): Promise<boolean | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Remove claim');
    if (!t) return undefined;
    if (a.confirm !== false) {
      const file = this.byUri.get(t.uri)?.sidecarPath;
      const ok = await vscode.window.showWarningMessage(
        `Remove the claim “${shortText(t.claim.text || t.claim.anchor.exact, 60)}”?`,
        { modal: true, detail: `Its verdict, note, evidence and history are deleted${file ? ` from ${uriBasename(file)}` : ''}.` },
        'Remove',
      );
      if (ok !== 'Remove') return undefined;
    }
    return this.exec<boolean>(CLAIM_COMMANDS.remove, { uri: t.uri, id: t.claim.id });
  }

  private async confirm(arg: unknown): Promise<ClaimRecord | undefined> {
    const a = asArg(arg);
    const t = await this.resolveClaim(arg, 'Confirm claim anchor', needsConfirmation, 'every claim is in place: none needs its anchor confirmed');
    if (!t) return undefined;
    let range = toLspRange(a.range);
    const editor = await this.editorFor(t.uri);
    if (!range && editor && !editor.selection.isEmpty && !toRange(t.claim).isEqual(editor.selection)) {
      if (t.claim.anchor.state === 'orphan' || !toRange(t.claim).contains(editor.selection)) range = toLspRange(editor.selection);
    }
    if (!range && t.claim.anchor.state === 'orphan') {
      await this.editorFor(t.uri, true);
      throw new UserError(`“${shortText(t.claim.anchor.exact, 50)}” could not be placed: select the text it belongs to, then run Confirm Claim Anchor again`);
    }
    return this.exec<ClaimRecord>(CLAIM_COMMANDS.confirm, { uri: t.uri, id: t.claim.id, ...(range ? { range } : {}) });
  }

  private async reveal(arg: unknown): Promise<boolean> {
    const ref = claimRef(arg);
    if (!ref.uri || !ref.id) return false;
    const editor = await this.editorFor(ref.uri, true);
    if (!editor) return false;
    let list = this.byUri.get(ref.uri);
    if (!list || list.version !== editor.document.version) list = await this.list(ref.uri);
    const c = list.claims.find((x) => x.id === ref.id);
    if (!c) throw new UserError('that claim no longer exists');
    if (c.anchor.state === 'orphan') {
      void vscode.window.showWarningMessage(`“${shortText(c.anchor.exact, 60)}” could not be placed in the text. Select where it belongs and run Confirm Claim Anchor, or remove it.`);
      return false;
    }
    const r = toRange(c);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  private async refreshAll(): Promise<void> {
    const uris = new Set([...this.byUri.keys(), ...vscode.workspace.textDocuments.filter((d) => this.supported(d)).map((d) => d.uri.toString())]);
    await Promise.all([...uris].map((u) => this.list(u).catch(() => this.byUri.delete(u))));
    this.emitter.fire(undefined);
  }

  /**
   * Export claims: ClaimReview JSON-LD, Markdown report or W3C annotations, to a new untitled editor or
   * a file. Arguments (all optional): {uri, format, target: 'untitled' | 'file', path, url, includeUnchecked}.
   */
  private async export(arg: unknown): Promise<(ClaimsExportResult & { target: string }) | undefined> {
    const a = asArg(arg);
    const ref = claimRef(arg);
    let uri = ref.uri;
    if (!uri) {
      const ed = vscode.window.activeTextEditor;
      const active = ed && this.supported(ed.document) ? ed.document.uri.toString() : undefined;
      const withClaims = [...this.byUri.values()].filter((r) => r.claims.length).map((r) => r.uri);
      if (active && (this.byUri.get(active)?.claims.length || !withClaims.length)) uri = active;
      else if (withClaims.length === 1) uri = withClaims[0];
      else if (withClaims.length > 1) {
        const pick = await vscode.window.showQuickPick(withClaims.map((u) => ({ label: uriBasename(u), description: `${this.byUri.get(u)!.claims.length} claims`, uri: u })), { title: 'Export claims of' });
        if (!pick) return undefined;
        uri = pick.uri;
      }
    }
    if (!uri) throw new UserError('no claims to export: open an article with claims');
    await this.loaded(uri);
    let format = a.format as ExportFormatId | undefined;
    if (format !== undefined && !EXPORT_CHOICES.some((c) => c.format === format)) throw new UserError(`unknown format "${String(format)}": use ${EXPORT_CHOICES.map((c) => c.format).join(', ')}`);
    if (!format) {
      const pick = await vscode.window.showQuickPick(EXPORT_CHOICES.map((c) => ({ label: c.label, detail: c.detail, format: c.format })), { title: `Export claims of ${uriBasename(uri)}` });
      if (!pick) return undefined;
      format = pick.format;
    }
    const choice = EXPORT_CHOICES.find((c) => c.format === format)!;
    let url = typeof a.url === 'string' ? a.url : undefined;
    if (format === 'claimreview' && url === undefined && !(this.byUri.get(uri) ?? (await this.list(uri))).canonicalUrl && a.target === undefined) {
      const v = await vscode.window.showInputBox({
        title: 'Article URL', prompt: 'Public URL of the fact-check article (ClaimReview url); stored in the claims file', placeHolder: 'https://', validateInput: (x) => urlProblem(x) ?? null,
      });
      if (v === undefined) return undefined;
      url = v.trim();
      await this.exec(CLAIM_COMMANDS.setDocumentInfo, { uri, canonicalUrl: url });
    }
    const r = await this.exec<ClaimsExportResult>(CLAIM_COMMANDS.export, {
      uri, format, ...(url ? { url } : {}), ...(a.org !== undefined ? { org: a.org } : {}), includeUnchecked: a.includeUnchecked === true,
    });
    if (r.messages.length) {
      this.opts.output.appendLine(`factcheck: export of ${uriBasename(uri)} as ${choice.label}:`);
      for (const m of r.messages) this.opts.output.appendLine(`  ${m}`);
    }
    if (format === 'claimreview' && r.exported === 0) {
      const blocking = r.messages.filter((m) => m.startsWith('error')).length;
      void vscode.window.showWarningMessage(`No claim of ${uriBasename(uri)} is ready for ClaimReview${blocking ? ` (${blocking} problem${blocking === 1 ? '' : 's'})` : ': only checked claims are exported'}.`, 'Show Problems')
        .then((x) => x && this.opts.output.show(true));
      return { ...r, target: 'none' };
    }
    let target = a.target as string | undefined;
    if (target !== undefined && target !== 'untitled' && target !== 'file') throw new UserError(`target must be "untitled" or "file"`);
    if (!target) {
      const pick = await vscode.window.showQuickPick([
        { label: 'Open in a new editor', target: 'untitled' },
        { label: 'Save to a file…', target: 'file' },
      ], { title: `${choice.label}: where to?` });
      if (!pick) return undefined;
      target = pick.target;
    }
    let where = 'untitled';
    if (target === 'untitled') {
      const doc = await vscode.workspace.openTextDocument({ content: r.output, language: choice.language });
      await vscode.window.showTextDocument(doc, { preview: false });
    } else {
      let dest: vscode.Uri | undefined;
      if (typeof a.path === 'string' && a.path) dest = vscode.Uri.file(a.path);
      else {
        const article = vscode.Uri.parse(uri);
        const defaultUri = article.scheme === 'file' ? vscode.Uri.file(exportFileName(article.fsPath, format)) : undefined;
        dest = await vscode.window.showSaveDialog({ ...(defaultUri ? { defaultUri } : {}), filters: { [choice.label]: [r.extension] }, title: `Save ${choice.label}` });
      }
      if (!dest) return undefined;
      await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(r.output));
      where = dest.toString();
      void vscode.window.showInformationMessage(`Exported ${uriBasename(uri)} claims to ${uriBasename(where)}.`);
    }
    if (r.incomplete) {
      void vscode.window.showWarningMessage(`${r.exported} claim${r.exported === 1 ? '' : 's'} exported; ${r.incomplete} left out because they are incomplete.`, 'Show Problems')
        .then((x) => x && this.opts.output.show(true));
    }
    return { ...r, target: where };
  }
}
