// The claims of one open document: its text, its claim records, and every operation the editor needs
// (mark, update, delete, confirm an anchor, follow edits, re-anchor after outside changes, snapshot
// for saving). Pure (no IO): the language server keeps one ClaimDocument per open article, feeds it
// didChange content changes, and writes `toSidecar()` with sidecarFs on save.
import {
  applyContentChanges, applyOffsetChanges, confirmAnchor, createAnchor, reanchor, refreshAnchor,
  type LspContentChange, type OffsetChange, type ReanchorResult,
} from './anchor';
import { sha256Text, type TextHasher } from './hash';
import {
  DEFAULT_SCALE, FORMAT_VERSION, WORKFLOW_STATUSES, emptySidecar, isHttpUrl, isIsoDate, verdictFromScale,
  type Claimant, type ClaimRecord, type Evidence, type Sidecar, type SidecarDocumentInfo, type VerdictScale, type WorkflowStatus,
} from './model';

/** A user-facing error from a claim operation (bad range, unknown verdict, invalid URL): one line. */
export class ReviewError extends Error {
  override name = 'ReviewError';
}

export interface ClaimDocumentOptions {
  hash?: TextHasher;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** New claim ids ("urn:uuid:…"). */
  newId?: () => string;
  scale?: VerdictScale;
  /** Recorded as `creator` and in history entries. */
  user?: string;
}

/** The editable fields of a claim. `null` clears an optional field. */
export interface ClaimFields {
  summary?: string | null;
  /** Verdict key or label in the configured scale; null clears it. */
  verdict?: string | null;
  status?: WorkflowStatus;
  note?: string | null;
  privateNote?: string | null;
  evidence?: (string | Evidence)[];
  claimant?: Claimant | null;
  claimDate?: string | null;
  appearances?: string[];
  firstAppearance?: string | null;
}

export interface NewClaim extends ClaimFields {
  start: number;
  end: number;
}

/** A claim as the editor shows it: the record plus the text now at its range. */
export interface ClaimView extends ClaimRecord {
  /** text[start, end) now (equals anchor.exact when anchored). */
  text: string;
}

function defaultId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `urn:uuid:${c.randomUUID()}`;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `urn:uuid:${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

export class ClaimDocument {
  private _text: string;
  private _claims: ClaimRecord[];
  private readonly hash: TextHasher;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly scale: VerdictScale;
  private readonly user?: string;
  private info: SidecarDocumentInfo;
  private extra?: Record<string, unknown>;
  /** True when claims changed since the last snapshot (toSidecar / markSaved). */
  dirty = false;

  /**
   * Opens a document with its sidecar (or none). Claims whose text hash differs from the text are
   * re-anchored at once; `lastReanchor` tells what happened to each.
   */
  constructor(text: string, sidecar?: Sidecar, opts: ClaimDocumentOptions = {}) {
    this._text = text;
    this.hash = opts.hash ?? sha256Text;
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? defaultId;
    this.scale = opts.scale ?? DEFAULT_SCALE;
    this.user = opts.user;
    const sc = sidecar ?? emptySidecar();
    this.info = { ...sc.document };
    this.extra = sc.extra;
    this._claims = sc.claims.map((c) => structuredClone(c));
    this.lastReanchor = this.reanchorAll();
  }

  /** What re-anchoring did at open (or the last reload), one result per claim in order. */
  lastReanchor: { id: string; result: ReanchorResult }[];

  get text(): string {
    return this._text;
  }

  /** The claims, read-only (copies: use the methods to change them). */
  get claims(): readonly ClaimRecord[] {
    return this._claims.map((c) => structuredClone(c));
  }

  get verdictScale(): VerdictScale {
    return this.scale;
  }

  /** A copy of one claim (changing it changes nothing: use update). */
  get(id: string): ClaimRecord | undefined {
    const c = this._claims.find((x) => x.id === id);
    return c && structuredClone(c);
  }

  /** Claims with their current text, sorted by position (orphans last). */
  views(): ClaimView[] {
    return this._claims
      .map((c) => ({ ...structuredClone(c), text: this._text.slice(c.anchor.start, c.anchor.end) }))
      .sort((a, b) => Number(a.anchor.state === 'orphan') - Number(b.anchor.state === 'orphan') || a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  }

  /** Claims whose range contains or touches an offset (for hovers and "edit claim at cursor"). */
  at(offset: number): ClaimRecord[] {
    return this._claims.filter((c) => c.anchor.state !== 'orphan' && c.anchor.start <= offset && offset <= c.anchor.end);
  }

  // -------------------------------------------------------------------------------------------------
  // Following the text

  /** LSP didChange content changes, in order (incremental or full). */
  applyChanges(changes: readonly LspContentChange[]): void {
    const r = applyContentChanges(this._text, this._claims.map((c) => c.anchor), changes);
    this.takeAnchors(r.text, r.anchors);
  }

  /** VS Code-style changes in offsets (rangeOffset, rangeOffset + rangeLength, text), in order. */
  applyOffsetChanges(changes: readonly OffsetChange[]): void {
    const r = applyOffsetChanges(this._text, this._claims.map((c) => c.anchor), changes);
    this.takeAnchors(r.text, r.anchors);
  }

  private takeAnchors(text: string, anchors: ClaimRecord['anchor'][]): void {
    this._text = text;
    anchors.forEach((a, i) => {
      const c = this._claims[i];
      if (c.anchor.state !== a.state || c.anchor.start !== a.start || c.anchor.end !== a.end) this.dirty = true;
      c.anchor = a;
    });
  }

  /** The text was replaced from outside (file changed on disk, reverted): re-anchor every claim. */
  reload(text: string): { id: string; result: ReanchorResult }[] {
    // First pin every anchor to the text it follows now (hash, and the current wording of an edited
    // claim), so that re-anchoring can look for an edited claim by what it says now.
    const h = this.hash(this._text);
    for (const c of this._claims) c.anchor = refreshAnchor(c.anchor, this._text, h);
    this._text = text;
    this.lastReanchor = this.reanchorAll();
    return this.lastReanchor;
  }

  private reanchorAll(): { id: string; result: ReanchorResult }[] {
    const h = this.hash(this._text);
    return this._claims.map((c) => {
      const result = reanchor(c.anchor, this._text, h);
      if (result.method !== 'unchanged') this.dirty = true;
      c.anchor = result.anchor;
      return { id: c.id, result };
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Claim operations

  /** Marks text[start, end) as a claim. */
  add(input: NewClaim): ClaimRecord {
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this._text.length || start >= end) {
      throw new ReviewError(`cannot mark a claim at ${start}-${end}: select some text inside the document (length ${this._text.length})`);
    }
    if (!this._text.slice(start, end).trim()) throw new ReviewError('cannot mark a claim on blank text: select the statement');
    const at = this.now().toISOString();
    const claim: ClaimRecord = {
      id: this.newId(),
      created: at,
      modified: at,
      anchor: createAnchor(this._text, start, end, this.hash),
      status: 'unchecked',
      evidence: [],
      appearances: [],
      history: [{ at, ...(this.user ? { by: this.user } : {}), change: 'created' }],
    };
    if (this.user) claim.creator = this.user;
    this.applyFields(claim, input, at);
    this._claims.push(claim);
    this.dirty = true;
    return structuredClone(claim);
  }

  /** Updates a claim's fields; verdict and status changes are recorded in its history. */
  update(id: string, fields: ClaimFields): ClaimRecord {
    const c = this.require(id);
    const at = this.now().toISOString();
    // Validate on a copy first, so that a bad field leaves the claim as it was.
    const copy = structuredClone(c);
    this.applyFields(copy, fields, at);
    copy.modified = at;
    Object.assign(c, copy);
    for (const k of Object.keys(c) as (keyof ClaimRecord)[]) if (!(k in copy)) delete c[k];
    this.dirty = true;
    return structuredClone(c);
  }

  remove(id: string): boolean {
    const i = this._claims.findIndex((c) => c.id === id);
    if (i < 0) return false;
    this._claims.splice(i, 1);
    this.dirty = true;
    return true;
  }

  /**
   * The user confirms an `edited` / `needs-review` claim where it is now, or re-attaches it (an orphan
   * too) at [start, end): the quote is re-described from the text and the previous one goes to history.
   */
  confirm(id: string, start?: number, end?: number): ClaimRecord {
    const c = this.require(id);
    const s = start ?? c.anchor.start, e = end ?? c.anchor.end;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > this._text.length || s >= e) {
      throw new ReviewError(`cannot attach the claim at ${s}-${e}: select the statement in the document`);
    }
    const at = this.now().toISOString();
    const r = confirmAnchor(c.anchor, this._text, this.hash, s, e);
    c.anchor = r.anchor;
    if (r.previousExact !== r.anchor.exact) {
      c.history.push({ at, ...(this.user ? { by: this.user } : {}), change: 'anchor', from: r.previousExact, to: r.anchor.exact });
    }
    c.modified = at;
    this.dirty = true;
    return structuredClone(c);
  }

  private require(id: string): ClaimRecord {
    const c = this._claims.find((x) => x.id === id);
    if (!c) throw new ReviewError(`no claim with id ${id} in this document`);
    return c;
  }

  private applyFields(c: ClaimRecord, f: ClaimFields, at: string): void {
    const by = this.user ? { by: this.user } : {};
    if (f.summary !== undefined) {
      if (f.summary === null || !f.summary.trim()) delete c.summary;
      else c.summary = f.summary.trim();
    }
    if (f.verdict !== undefined) {
      const before = c.verdict?.label;
      if (f.verdict === null || f.verdict === '') delete c.verdict;
      else {
        const v = verdictFromScale(this.scale, f.verdict);
        if (!v) throw new ReviewError(`unknown verdict "${f.verdict}": use one of ${this.scale.verdicts.map((d) => d.label).join(', ')}`);
        c.verdict = v;
      }
      const after = c.verdict?.label;
      if (before !== after) c.history.push({ at, ...by, change: 'verdict', ...(before ? { from: before } : {}), ...(after ? { to: after } : {}) });
    }
    if (f.status !== undefined) {
      if (!WORKFLOW_STATUSES.includes(f.status)) throw new ReviewError(`unknown status "${f.status}": use one of ${WORKFLOW_STATUSES.join(', ')}`);
      if (f.status !== c.status) c.history.push({ at, ...by, change: 'status', from: c.status, to: f.status });
      c.status = f.status;
    }
    if (f.note !== undefined) {
      if (f.note === null || !f.note.trim()) delete c.note;
      else c.note = f.note;
    }
    if (f.privateNote !== undefined) {
      if (f.privateNote === null || !f.privateNote.trim()) delete c.privateNote;
      else c.privateNote = f.privateNote;
    }
    if (f.evidence !== undefined) {
      c.evidence = f.evidence.map((e) => {
        const ev: Evidence = typeof e === 'string' ? { url: e.trim() } : { ...e, url: e.url.trim() };
        if (!isHttpUrl(ev.url)) throw new ReviewError(`evidence must be an http(s) URL, not "${String(ev.url).slice(0, 60)}"`);
        return ev;
      });
    }
    if (f.claimant !== undefined) {
      if (f.claimant === null) delete c.claimant;
      else {
        if (!f.claimant.name?.trim()) throw new ReviewError('the claimant needs a name');
        c.claimant = structuredClone(f.claimant);
      }
    }
    if (f.claimDate !== undefined) {
      if (f.claimDate === null || f.claimDate === '') delete c.claimDate;
      else if (!isIsoDate(f.claimDate)) throw new ReviewError(`the claim date must be an ISO date (2025-01-31), not "${f.claimDate}"`);
      else c.claimDate = f.claimDate;
    }
    if (f.appearances !== undefined) {
      for (const u of f.appearances) if (!isHttpUrl(u)) throw new ReviewError(`an appearance must be an http(s) URL, not "${String(u).slice(0, 60)}"`);
      c.appearances = [...f.appearances];
    }
    if (f.firstAppearance !== undefined) {
      if (f.firstAppearance === null || f.firstAppearance === '') delete c.firstAppearance;
      else if (!isHttpUrl(f.firstAppearance)) throw new ReviewError(`the first appearance must be an http(s) URL, not "${String(f.firstAppearance).slice(0, 60)}"`);
      else c.firstAppearance = f.firstAppearance;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Saving

  /** Sets the article's public URL / file name recorded in the sidecar. */
  setDocumentInfo(info: Omit<SidecarDocumentInfo, 'sha256'>): void {
    this.info = { ...this.info, ...info };
    this.dirty = true;
  }

  /**
   * The sidecar for the current text: anchored claims get fresh context and text hash; positions of
   * all claims refer to the current text. Call it when the article is saved, then write it with
   * sidecarFs.writeSidecarAtomic. Clears `dirty`.
   */
  toSidecar(): Sidecar {
    const h = this.hash(this._text);
    for (const c of this._claims) c.anchor = refreshAnchor(c.anchor, this._text, h);
    const sc: Sidecar = {
      formatVersion: FORMAT_VERSION,
      document: { ...this.info, sha256: h },
      claims: this._claims.map((c) => structuredClone(c)),
    };
    if (this.extra) sc.extra = structuredClone(this.extra);
    this.dirty = false;
    return sc;
  }
}
