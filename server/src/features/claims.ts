// The language server's claim store: one ClaimDocument (server/src/review/store.ts) per open article,
// kept in step with every LSP content change, loaded from and saved to the article's sidecar
// (`<article>.factcheck.json`), exposed through workspace/executeCommand (CLAIM_COMMANDS), claim
// diagnostics, the claim hover, "Mark as claim" code actions and the factcheck/claimsChanged
// notification. Transport-neutral: file access is the ClaimFiles interface (Node: claimFiles.node.ts;
// without it, e.g. in a browser worker, claims live in memory only).
//
// Rules: a sidecar that cannot be read (corrupt, wrong shape, newer format) is never written; its
// document's claims are read-only and the user is told (window/showMessage + an error diagnostic at
// line 1). Writes are atomic and conflict-checked against what was last read: when the file changed
// on disk, it is reloaded, never overwritten. One queue per document orders loads and writes.
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type TextDocumentContentChangeEvent,
  type TextDocuments,
  type TextDocumentsConfiguration,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/types';
import type { LspContentChange } from '../review/anchor';
import { EXPORT_FORMATS, exportClaims, formatIssue, type ExportFormat } from '../review/claimreview';
import { claimantFromAttribution, isHttpUrl, type Sidecar, type VerdictScale } from '../review/model';
import { serializeSidecar, type SidecarError } from '../review/sidecar';
import { ClaimDocument, ReviewError, type ClaimFields, type ClaimView } from '../review/store';
import {
  CLAIM_COMMANDS, CLAIMS_CHANGED_NOTIFICATION,
  type ClaimItem, type ClaimsAtResult, type ClaimsChangedParams, type ClaimsExportResult, type ClaimsListResult, type LspRange,
} from '../shared/protocol';
import type { FactcheckSettings } from '../shared/settings';
import {
  attributionFor, claimCodeActions, claimDiagnostics, claimsFileDiagnostic, formatClaimHover, suggestClaimAt, trimSpan,
} from './claimsFormat';

// ---------------------------------------------------------------------------------------------------
// File access

export type SidecarReadResult =
  | { kind: 'missing' }
  | { kind: 'ok'; sidecar: Sidecar; warnings: string[]; raw: string }
  | { kind: 'error'; error: SidecarError; message: string };

/** Where claims are stored. A browser server can implement this over the client (workspace.fs) later. */
export interface ClaimFiles {
  /** The sidecar path for a document URI, or null when the document has none (untitled, other schemes). */
  sidecarPath(uri: string): string | null;
  /** Never throws. */
  read(sidecarPath: string): Promise<SidecarReadResult>;
  /**
   * Writes atomically; returns the text written. Throws an error with `code` 'conflict' (the file is not
   * `expected` any more), 'unreadable-existing' (the file on disk cannot be read: never replaced) or 'io'.
   */
  write(sidecarPath: string, sidecar: Sidecar, expected: string | null): Promise<string>;
}

/** Glob the client is asked to watch so that outside changes to sidecars reach the server. */
export const SIDECAR_GLOB = '**/*.factcheck.json';

/**
 * TextDocuments configuration that reports every content change before the document applies it:
 * the only place LSP content changes are visible (ClaimDocument must see each one, in order).
 */
export function trackedTextDocuments(onChange: (uri: string, changes: readonly TextDocumentContentChangeEvent[]) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => {
      onChange(doc.uri, changes);
      return TextDocument.update(doc, changes, version);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The feature

export interface ClaimsHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Absent: claims are kept in memory only. */
  files?: ClaimFiles;
  getSettings(uri: string): Promise<FactcheckSettings>;
  /** The engine's analysis of the document as it is now (cached by the server), if it is checked at all. */
  getAnalysis(uri: string): Promise<Analysis | undefined>;
  /** Publish the document's diagnostics again (claims changed). */
  republish(uri: string): void;
  /** Adds a workspace/executeCommand command (the server lists and dispatches it). */
  registerCommand(id: string, handler: (args: unknown[]) => unknown): void;
  log(level: 'info' | 'warn' | 'error', msg: string): void;
}

interface Entry {
  uri: string;
  /** Sidecar path; null = memory only. */
  path: string | null;
  /** Set once the sidecar was read. Until then changes are buffered in `pending`. */
  doc?: ClaimDocument;
  openText: string;
  pending: LspContentChange[][];
  loaded: Promise<void>;
  /** The sidecar cannot be used: claims are read-only and nothing is written. */
  error?: string;
  /** What the file held when last read or written (null: no file). */
  lastRaw: string | null;
  /** The scale and reviewer the ClaimDocument was made with. */
  optsKey: string;
  /** ClaimDocument fell out of step with the document (a change failed to apply): reload before use. */
  resync?: boolean;
  /** Serialises IO for this document. */
  queue: Promise<unknown>;
  notifyTimer?: ReturnType<typeof setTimeout>;
  anchorSig?: string;
  closed?: boolean;
  /** The article's public URL as stored in the sidecar. */
  canonicalUrl?: string;
}

/** A user-facing command error: one line, sent as the response error's message. */
class CommandError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const errorCode = (e: unknown) => (isObject(e) && typeof e.code === 'string' ? e.code : undefined);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** Delay of the claimsChanged notification after typing moved claims (commands notify at once). */
const NOTIFY_DELAY_MS = 200;

export class ClaimsFeature {
  private readonly entries = new Map<string, Entry>();
  private sendNotification = false;
  private watchFiles = false;

  constructor(private readonly host: ClaimsHost) {}

  // -------------------------------------------------------------------------------------------------
  // Wiring

  /**
   * From initialize: the client's options. The commands are listed by the server's dispatcher, and the
   * code action kinds are sub-kinds of quickfix, which the server already declares.
   */
  initialize(params: InitializeParams): void {
    const init = (params.initializationOptions ?? {}) as { claimsNotification?: boolean };
    this.sendNotification = init.claimsNotification === true;
    this.watchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration && !!this.host.files;
  }

  /** After `initialized`: ask the client to report sidecar changes. */
  async initialized(): Promise<void> {
    if (!this.watchFiles) return;
    await this.host.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: SIDECAR_GLOB }] });
  }

  /**
   * Registers the handlers this feature owns: document events, the factcheck.claims.* commands (through
   * the server's dispatcher), watched files. Code actions: see codeActions (the server dispatches).
   */
  listen(): void {
    const { connection, documents } = this.host;
    documents.onDidOpen((e) => this.guard('open', () => this.open(e.document)));
    documents.onDidSave((e) => this.guard('save', () => this.save(e.document.uri)));
    documents.onDidClose((e) => this.guard('close', () => this.close(e.document.uri)));
    for (const command of Object.values(CLAIM_COMMANDS)) {
      this.host.registerCommand(command, async (args) => {
        try {
          return await this.execute(command, args[0]);
        } catch (e) {
          // One line for the user (ResponseError reaches the client; the dispatcher rethrows it).
          if (e instanceof CommandError || e instanceof ReviewError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
          this.host.log('error', `factcheck: command ${command} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
          throw new ResponseError(ErrorCodes.InternalError, `factcheck: ${command} failed: ${message(e)}`);
        }
      });
    }
    connection.onDidChangeWatchedFiles((p) => this.guard('watched files', () => this.watched(p)));
  }

  private guard(what: string, fn: () => unknown): void {
    try {
      const r = fn();
      if (r instanceof Promise) r.catch((e) => this.host.log('error', `factcheck: claims ${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
    } catch (e) {
      this.host.log('error', `factcheck: claims ${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  private userError(msg: string): void {
    void this.host.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `factcheck: ${msg}` });
  }

  private userWarning(msg: string): void {
    void this.host.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `factcheck: ${msg}` });
  }

  // -------------------------------------------------------------------------------------------------
  // Following the document

  /** From the TextDocuments update hook: every content change, before the document applies it. */
  onContentChanges(uri: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    const e = this.entries.get(uri);
    if (!e) return;
    if (!e.doc) {
      e.pending.push(changes.slice());
      return;
    }
    if (e.resync) return;
    try {
      e.doc.applyChanges(changes);
    } catch (err) {
      e.resync = true;
      this.host.log('error', `factcheck: claims could not follow an edit of ${uri} (${message(err)}); they will be re-anchored`);
      return;
    }
    if (e.doc.claims.length) this.scheduleNotify(e);
  }

  /** The entry's ClaimDocument, in step with the open document. */
  private docOf(e: Entry): ClaimDocument | undefined {
    if (!e.doc) return undefined;
    const td = this.host.documents.get(e.uri);
    if (td && (e.resync || e.doc.text !== td.getText())) {
      if (!e.resync) this.host.log('warn', `factcheck: claims of ${e.uri} were out of step with the document; re-anchored`);
      e.doc.reload(td.getText());
      e.resync = false;
    }
    return e.doc;
  }

  private optsFor(settings: FactcheckSettings): { scale: VerdictScale; user?: string; key: string } {
    const user = settings.claims.reviewer || undefined;
    return { scale: settings.verdictScale, ...(user ? { user } : {}), key: JSON.stringify([settings.verdictScale, user ?? null]) };
  }

  private open(td: TextDocument): void {
    const old = this.entries.get(td.uri);
    if (old) this.dispose(old);
    const path = this.host.files?.sidecarPath(td.uri) ?? null;
    const e: Entry = { uri: td.uri, path, openText: td.getText(), pending: [], loaded: Promise.resolve(), lastRaw: null, optsKey: '', queue: Promise.resolve() };
    this.entries.set(td.uri, e);
    e.loaded = this.enqueue(e, () => this.load(e));
  }

  private async load(e: Entry): Promise<void> {
    const settings = await this.host.getSettings(e.uri);
    const opts = this.optsFor(settings);
    e.optsKey = opts.key;
    let sidecar: Sidecar | undefined;
    if (e.path && this.host.files) {
      const r = await this.host.files.read(e.path);
      if (r.kind === 'ok') {
        sidecar = r.sidecar;
        e.lastRaw = r.raw;
        e.canonicalUrl = r.sidecar.document.canonicalUrl;
        for (const w of r.warnings) this.host.log('warn', `factcheck: ${e.path}: ${w}`);
      } else if (r.kind === 'error') {
        e.error = r.message;
        this.userError(`cannot use the claims file ${r.message}. Its claims are read-only and the file is left untouched.`);
      }
    }
    if (e.closed) return;
    const doc = new ClaimDocument(e.openText, sidecar, opts);
    for (const changes of e.pending) doc.applyChanges(changes);
    e.pending = [];
    e.doc = doc;
    this.reportReanchor(e, doc);
    // The open already scheduled a check; publish again only when there are claim diagnostics to add.
    if (doc.claims.length || e.error) this.changed(e);
    else this.notify(e);
  }

  /** Tells the user when opening found claims it could not place confidently. */
  private reportReanchor(e: Entry, doc: ClaimDocument): void {
    // Only what this re-anchoring found (claims already orphaned in the file are in the diagnostics).
    const fresh = doc.lastReanchor.filter((r) => r.result.method !== 'unchanged');
    const orphans = fresh.filter((r) => r.result.anchor.state === 'orphan').length;
    const review = fresh.filter((r) => r.result.anchor.state === 'needs-review').length;
    if (!orphans && !review) return;
    const parts = [orphans ? `${orphans} could not be placed (orphan)` : '', review ? `${review} need${review === 1 ? 's' : ''} review` : ''].filter(Boolean);
    this.userWarning(`the text of ${basename(e.uri)} changed since its claims were saved: ${parts.join(', ')}. Check them in the Claims view and confirm their anchors.`);
  }

  private close(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    this.dispose(e);
    this.entries.delete(uri);
    if (this.sendNotification) {
      const p: ClaimsChangedParams = { uri, version: null, claims: [], storage: e.path ? 'file' : 'memory', closed: true };
      void this.host.connection.sendNotification(CLAIMS_CHANGED_NOTIFICATION, p);
    }
  }

  private dispose(e: Entry): void {
    e.closed = true;
    clearTimeout(e.notifyTimer);
  }

  private enqueue<T>(e: Entry, fn: () => Promise<T>): Promise<T> {
    const p = e.queue.then(fn, fn);
    e.queue = p.catch(() => undefined);
    return p;
  }

  // -------------------------------------------------------------------------------------------------
  // Telling the client

  /** Claims changed: notify at once and re-publish diagnostics. */
  private changed(e: Entry): void {
    clearTimeout(e.notifyTimer);
    e.notifyTimer = undefined;
    this.notify(e);
    this.host.republish(e.uri);
  }

  private scheduleNotify(e: Entry): void {
    if (!this.sendNotification || e.notifyTimer) return;
    e.notifyTimer = setTimeout(() => {
      e.notifyTimer = undefined;
      if (!e.closed) this.guard('notify', () => this.notify(e));
    }, NOTIFY_DELAY_MS);
  }

  private notify(e: Entry): void {
    if (!this.sendNotification || e.closed || !e.doc) return;
    const r = this.listResult(e);
    // Not the version: typing that moves no claim sends nothing (clients ask `list` for a newer version).
    const sig = JSON.stringify([r.error, r.canonicalUrl, r.claims]);
    if (sig === e.anchorSig) return;
    e.anchorSig = sig;
    void this.host.connection.sendNotification(CLAIMS_CHANGED_NOTIFICATION, r satisfies ClaimsChangedParams);
  }

  private items(e: Entry): ClaimItem[] {
    const doc = this.docOf(e);
    const td = this.host.documents.get(e.uri);
    if (!doc) return [];
    const pos = (o: number) => (td ? td.positionAt(o) : { line: 0, character: 0 });
    const len = doc.text.length;
    return doc.views().map((c) => {
      const s = Math.max(0, Math.min(len, c.anchor.start)), en = Math.max(s, Math.min(len, c.anchor.end));
      return { ...c, range: { start: pos(s), end: pos(en) } };
    });
  }

  private listResult(e: Entry): ClaimsListResult {
    const td = this.host.documents.get(e.uri);
    return {
      uri: e.uri,
      version: td?.version ?? null,
      claims: this.items(e),
      storage: e.path ? 'file' : 'memory',
      ...(e.path ? { sidecarPath: e.path } : {}),
      ...(e.error ? { error: e.error } : {}),
      ...(e.canonicalUrl ? { canonicalUrl: e.canonicalUrl } : {}),
    };
  }

  // -------------------------------------------------------------------------------------------------
  // What the server asks for

  /** Claim diagnostics of a document (to publish together with the engine's). */
  diagnostics(td: TextDocument): Diagnostic[] {
    const e = this.entries.get(td.uri);
    if (!e) return [];
    const out: Diagnostic[] = [];
    if (e.error) {
      const text = td.getText();
      const eol = text.search(/[\r\n]/);
      out.push(claimsFileDiagnostic(e.error, eol < 0 ? text.length : eol));
    }
    const doc = this.docOf(e);
    if (doc) out.push(...claimDiagnostics(doc.views(), td.getText().length, (o) => td.positionAt(o)));
    return out;
  }

  /** Hover for the claims under an offset (Markdown and the range), if any. */
  hover(td: TextDocument, offset: number): { markdown: string; range: LspRange } | undefined {
    const e = this.entries.get(td.uri);
    const doc = e && this.docOf(e);
    if (!doc) return undefined;
    const views = doc.views().filter((c) => c.anchor.state !== 'orphan' && c.anchor.start <= offset && offset <= c.anchor.end);
    if (!views.length) return undefined;
    views.sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start));
    const inner = views[0];
    return {
      markdown: views.map(formatClaimHover).join('\n\n---\n\n'),
      range: { start: td.positionAt(inner.anchor.start), end: td.positionAt(inner.anchor.end) },
    };
  }

  /** Code actions for a request (pure claimCodeActions over the current state). */
  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const td = this.host.documents.get(params.textDocument.uri);
    const e = td && this.entries.get(td.uri);
    if (!td || !e) return [];
    await e.loaded;
    const doc = this.docOf(e);
    if (!doc || e.error) return [];
    const analysis = await this.host.getAnalysis(td.uri);
    if (this.host.documents.get(td.uri)?.version !== td.version) return [];
    return claimCodeActions({
      uri: td.uri,
      text: td.getText(),
      range: { start: td.offsetAt(params.range.start), end: td.offsetAt(params.range.end) },
      analysis,
      claims: doc.views(),
      positionAt: (o) => td.positionAt(o),
      only: params.context.only,
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Saving

  private async save(uri: string): Promise<void> {
    const e = this.entries.get(uri);
    if (!e) return;
    await this.enqueue(e, () => this.write(e, false));
  }

  /**
   * Writes the sidecar when there is something to store (claims, or a file that exists) and it
   * differs from the file. `fromCommand`: a conflict or refusal is thrown to the caller too.
   */
  private async write(e: Entry, fromCommand: boolean): Promise<void> {
    const doc = this.docOf(e);
    if (!doc || e.closed || !e.path || !this.host.files || e.error) return;
    if (!doc.claims.length && e.lastRaw === null) return;
    const sidecar = doc.toSidecar();
    if (!sidecar.document.path) sidecar.document.path = basename(e.path).replace(/\.factcheck\.json$/, '');
    if (serializeSidecar(sidecar) === e.lastRaw) return;
    try {
      e.lastRaw = await this.host.files.write(e.path, sidecar, e.lastRaw);
      this.host.log('info', `factcheck: saved ${doc.claims.length} claim${doc.claims.length === 1 ? '' : 's'} to ${e.path}`);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'conflict') {
        await this.reload(e, 'conflict');
        const msg = `${e.path} changed on disk since factcheck read it; reloaded it instead of overwriting it.${fromCommand ? ' Your last change was not saved: repeat it.' : ''}`;
        if (fromCommand) throw new CommandError(msg);
        this.userWarning(msg);
        return;
      }
      if (code === 'unreadable-existing') {
        e.error = message(err);
        this.changed(e);
        this.userError(`${e.error}. Claims are read-only until the file is fixed.`);
        if (fromCommand) throw new CommandError(e.error);
        return;
      }
      const msg = `could not save claims: ${message(err)}`;
      if (fromCommand) throw new CommandError(msg);
      this.userError(msg);
    }
  }

  /** Re-reads the sidecar from disk and rebuilds the claims against the document as it is now. */
  private async reload(e: Entry, why: 'conflict' | 'watched'): Promise<void> {
    if (!e.path || !this.host.files || e.closed) return;
    const r = await this.host.files.read(e.path);
    const td = this.host.documents.get(e.uri);
    if (!td || e.closed) return;
    const settings = await this.host.getSettings(e.uri);
    const opts = this.optsFor(settings);
    if (r.kind === 'error') {
      // Keep what is in memory (nothing is lost), write nothing until the file is fixed.
      if (e.error !== r.message) this.userError(`cannot use the claims file ${r.message}. Claims are read-only and the file is left untouched.`);
      e.error = r.message;
      this.changed(e);
      return;
    }
    e.error = undefined;
    e.lastRaw = r.kind === 'ok' ? r.raw : null;
    e.canonicalUrl = r.kind === 'ok' ? r.sidecar.document.canonicalUrl : undefined;
    e.optsKey = opts.key;
    e.resync = false;
    const doc = new ClaimDocument(td.getText(), r.kind === 'ok' ? r.sidecar : undefined, opts);
    e.doc = doc;
    this.host.log('info', `factcheck: reloaded claims of ${e.uri} from ${e.path} (${why === 'conflict' ? 'changed on disk before a save' : 'changed on disk'})`);
    this.reportReanchor(e, doc);
    this.changed(e);
  }

  private async watched(p: DidChangeWatchedFilesParams): Promise<void> {
    if (!this.host.files) return;
    for (const ch of p.changes) {
      for (const e of this.entries.values()) {
        if (!e.path || this.host.files.sidecarPath(ch.uri.replace(/\.factcheck\.json$/, '')) !== e.path) continue;
        void this.enqueue(e, async () => {
          const r = await this.host.files!.read(e.path!);
          const raw = r.kind === 'ok' ? r.raw : r.kind === 'missing' ? null : undefined;
          if (raw === e.lastRaw && !(e.error && r.kind !== 'error')) return; // our own write, or no change
          await this.reload(e, 'watched');
        });
      }
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Commands

  async execute(command: string, arg: unknown): Promise<unknown> {
    const a = isObject(arg) ? arg : {};
    // Ranges refer to the document as it was when the command arrived: if it changes before the range
    // is used (typing while a write is in flight), refuse rather than mark the wrong text.
    const version = typeof a.uri === 'string' ? this.host.documents.get(a.uri)?.version : undefined;
    const unchanged = (uri: string) => {
      if (this.host.documents.get(uri)?.version !== version) throw new CommandError('the document changed while the command ran: try again');
    };
    switch (command) {
      case CLAIM_COMMANDS.list: {
        const e = await this.ready(a);
        return this.listResult(e);
      }
      case CLAIM_COMMANDS.at: {
        const e = await this.ready(a);
        const td = this.doc(e);
        const offset = td.offsetAt(position(a.position, 'position'));
        const items = this.items(e).filter((c) => c.anchor.state !== 'orphan' && c.anchor.start <= offset && offset <= c.anchor.end)
          .sort((x, y) => x.anchor.end - x.anchor.start - (y.anchor.end - y.anchor.start));
        const analysis = await this.host.getAnalysis(e.uri);
        const s = suggestClaimAt(td.getText(), analysis, offset);
        const result: ClaimsAtResult = { claims: items };
        if (s) result.suggestion = { range: { start: td.positionAt(s.span.start), end: td.positionAt(s.span.end) }, text: td.getText().slice(s.span.start, s.span.end), kind: s.kind, ...(s.claimant ? { claimant: s.claimant } : {}) };
        return result;
      }
      case CLAIM_COMMANDS.add:
        return this.mutate(a, async (doc, e, td) => {
          const range = rangeArg(a.range, 'range');
          unchanged(e.uri);
          let span = { start: td.offsetAt(range.start), end: td.offsetAt(range.end) };
          const fields = fieldsArg(a.fields);
          const settings = await this.host.getSettings(e.uri);
          const analysis = span.start === span.end || (fields.claimant === undefined && settings.claims.claimantFromAttribution) ? await this.host.getAnalysis(e.uri) : undefined;
          unchanged(e.uri);
          if (span.start === span.end) {
            const s = suggestClaimAt(td.getText(), analysis, span.start);
            if (!s) throw new CommandError('nothing to mark here: select the statement');
            span = s.span;
            if (fields.claimant === undefined && s.claimant && settings.claims.claimantFromAttribution) fields.claimant = s.claimant;
          } else {
            const t = trimSpan(td.getText(), span);
            if (!t) throw new CommandError('cannot mark a claim on blank text: select the statement');
            span = t;
          }
          if (fields.claimant === undefined && settings.claims.claimantFromAttribution) {
            const s = suggestClaimAt(td.getText(), analysis, span.start);
            const same = s && s.span.start === span.start && s.span.end === span.end;
            if (same && s.claimant) fields.claimant = s.claimant;
            else {
              const attr = attributionFor(analysis, span);
              const c = attr && claimantFromAttribution(attr);
              if (c) fields.claimant = c;
            }
          }
          const existing = doc.views().find((c) => c.anchor.state !== 'orphan' && c.anchor.start === span.start && c.anchor.end === span.end);
          if (existing) throw new CommandError(`this text is already marked as a claim (${existing.verdict?.label ?? 'no verdict yet'})`);
          return doc.add({ ...fields, start: span.start, end: span.end });
        });
      case CLAIM_COMMANDS.update:
        return this.mutate(a, async (doc) => doc.update(idArg(a.id), fieldsArg(a.fields)));
      case CLAIM_COMMANDS.remove:
        return this.mutate(a, async (doc) => {
          const id = idArg(a.id);
          if (!doc.remove(id)) throw new CommandError(`no claim with id ${id} in this document`);
          return true;
        });
      case CLAIM_COMMANDS.confirm:
        return this.mutate(a, async (doc, _e, td) => {
          const id = idArg(a.id);
          if (a.range === undefined || a.range === null) return doc.confirm(id);
          const range = rangeArg(a.range, 'range');
          unchanged(td.uri);
          const span = trimSpan(td.getText(), { start: td.offsetAt(range.start), end: td.offsetAt(range.end) });
          if (!span) throw new CommandError('select the statement to attach the claim to');
          return doc.confirm(id, span.start, span.end);
        });
      case CLAIM_COMMANDS.setDocumentInfo:
        return this.mutate(a, async (doc, e) => {
          const url = a.canonicalUrl;
          if (url !== null && url !== '' && !isHttpUrl(url)) throw new CommandError(`the article URL must be an http(s) URL, not "${String(url).slice(0, 60)}"`);
          e.canonicalUrl = typeof url === 'string' && url ? url : undefined;
          doc.setDocumentInfo({ canonicalUrl: e.canonicalUrl });
          return true;
        });
      case CLAIM_COMMANDS.export: {
        const e = await this.ready(a);
        const doc = this.docOf(e)!;
        const format = a.format;
        if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
          throw new CommandError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
        }
        const settings = await this.host.getSettings(e.uri);
        const org = isObject(a.org) && typeof a.org.name === 'string'
          ? { name: a.org.name, ...(typeof a.org.url === 'string' && a.org.url ? { url: a.org.url } : {}) }
          : settings.organization.name ? { name: settings.organization.name, ...(settings.organization.url ? { url: settings.organization.url } : {}) } : undefined;
        if (a.url !== undefined && a.url !== null && !isHttpUrl(a.url)) throw new CommandError(`url must be an http(s) URL, not "${String(a.url).slice(0, 60)}"`);
        const sidecar = doc.toSidecar();
        if (e.canonicalUrl) sidecar.document.canonicalUrl = e.canonicalUrl;
        const r = exportClaims(format as ExportFormat, sidecar, doc.text, {
          ...(org ? { org } : {}),
          ...(typeof a.url === 'string' ? { articleUrl: a.url } : {}),
          includeUnchecked: a.includeUnchecked === true,
          title: basename(e.uri),
        });
        const result: ClaimsExportResult = {
          output: r.output,
          messages: r.issues.map((i) => formatIssue(i, sidecar)),
          exported: r.exported,
          incomplete: r.incomplete,
          extension: format === 'markdown' ? 'md' : 'json',
        };
        return result;
      }
      default:
        throw new CommandError(`unknown command ${command}`);
    }
  }

  /** The entry for `{uri}`, loaded. */
  private async ready(a: Record<string, unknown>): Promise<Entry> {
    const uri = a.uri;
    if (typeof uri !== 'string' || !uri) throw new CommandError('missing argument: uri (the document)');
    const e = this.entries.get(uri);
    if (!e || !this.host.documents.get(uri)) throw new CommandError(`${uri} is not open: open it first`);
    await e.loaded;
    if (!e.doc) throw new CommandError(`${uri} is not open: open it first`);
    await this.adoptSettings(e);
    return e;
  }

  private doc(e: Entry): TextDocument {
    const td = this.host.documents.get(e.uri);
    if (!td) throw new CommandError(`${e.uri} is not open: open it first`);
    return td;
  }

  /** Rebuilds the ClaimDocument when the verdict scale or reviewer setting changed. */
  private async adoptSettings(e: Entry): Promise<void> {
    const opts = this.optsFor(await this.host.getSettings(e.uri));
    if (opts.key === e.optsKey || !e.doc) return;
    const doc = this.docOf(e)!;
    e.doc = new ClaimDocument(doc.text, doc.toSidecar(), opts);
    e.optsKey = opts.key;
  }

  /** Runs a claim change in the document's queue, then saves and tells the client. */
  private async mutate<T>(a: Record<string, unknown>, fn: (doc: ClaimDocument, e: Entry, td: TextDocument) => Promise<T>): Promise<T> {
    const e = await this.ready(a);
    return this.enqueue(e, async () => {
      if (e.error) throw new CommandError(`claims of this document are read-only: ${e.error}`);
      const td = this.doc(e);
      const doc = this.docOf(e)!;
      const result = await fn(doc, e, td);
      try {
        await this.write(e, true);
      } finally {
        this.changed(e);
      }
      return result;
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Argument checks (commands come from any client: every field is checked)

function position(v: unknown, name: string): { line: number; character: number } {
  if (isObject(v) && Number.isInteger(v.line) && Number.isInteger(v.character) && (v.line as number) >= 0 && (v.character as number) >= 0) {
    return { line: v.line as number, character: v.character as number };
  }
  throw new CommandError(`${name} must be an LSP position {line, character}`);
}

function rangeArg(v: unknown, name: string): LspRange {
  if (!isObject(v)) throw new CommandError(`${name} must be an LSP range {start, end}`);
  return { start: position(v.start, `${name}.start`), end: position(v.end, `${name}.end`) };
}

function idArg(v: unknown): string {
  if (typeof v !== 'string' || !v) throw new CommandError('missing argument: id (the claim id)');
  return v;
}

const FIELD_KEYS = ['summary', 'verdict', 'status', 'note', 'privateNote', 'evidence', 'claimant', 'claimDate', 'appearances', 'firstAppearance'];

function fieldsArg(v: unknown): ClaimFields {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new CommandError('fields must be an object');
  const unknown = Object.keys(v).filter((k) => !FIELD_KEYS.includes(k));
  if (unknown.length) throw new CommandError(`unknown field ${unknown[0]} (fields: ${FIELD_KEYS.join(', ')})`);
  const str = (k: string) => {
    const x = v[k];
    if (x !== undefined && x !== null && typeof x !== 'string') throw new CommandError(`fields.${k} must be a string or null`);
  };
  for (const k of ['summary', 'verdict', 'note', 'privateNote', 'claimDate', 'firstAppearance']) str(k);
  if (v.status !== undefined && typeof v.status !== 'string') throw new CommandError('fields.status must be a string');
  if (v.evidence !== undefined && (!Array.isArray(v.evidence) || !v.evidence.every((x) => typeof x === 'string' || (isObject(x) && typeof x.url === 'string')))) {
    throw new CommandError('fields.evidence must be a list of URLs or {url, title}');
  }
  if (v.appearances !== undefined && (!Array.isArray(v.appearances) || !v.appearances.every((x) => typeof x === 'string'))) {
    throw new CommandError('fields.appearances must be a list of URLs');
  }
  if (v.claimant !== undefined && v.claimant !== null && (!isObject(v.claimant) || typeof v.claimant.name !== 'string')) {
    throw new CommandError('fields.claimant must be {name, type} or null');
  }
  const out = { ...v } as ClaimFields;
  if (isObject(v.claimant) && v.claimant.type === undefined) out.claimant = { ...(v.claimant as { name: string }), type: 'person' };
  return out;
}

function basename(uriOrPath: string): string {
  const s = uriOrPath.replace(/[?#][\s\S]*$/, '');
  const name = s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(name) || uriOrPath;
  } catch {
    return name || uriOrPath;
  }
}

export type { ClaimView };
