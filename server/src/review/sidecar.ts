// Parse, validate and serialize the sidecar (`<article>.factcheck.json`): a W3C Web Annotation
// AnnotationPage whose items are `assessing` annotations, one per claim, with our own `fc:` terms.
// Pure: no IO (see sidecarFs.ts for the Node file operations).
//
// Contract for callers:
// - parseSidecar never throws; a file that is not JSON, has the wrong shape, or has a NEWER format
//   version comes back as a typed SidecarError with a one-line message. The caller must show it and must
//   not overwrite the file (sidecarFs.writeSidecarAtomic enforces that).
// - serializeSidecar is deterministic: fixed key order, 2-space indent, trailing newline, so that the file
//   diffs well in git. Unknown properties and bodies read from a file are written back unchanged.
import {
  ANCHOR_STATES, FC_NAMESPACE, FORMAT_VERSION, W3C_ANNO_CONTEXT, WORKFLOW_STATUSES,
  isObject,
  type Anchor, type AnchorState, type ChainHop, type ClaimRecord, type Claimant, type Evidence, type HistoryEntry,
  type Sidecar, type SidecarDocumentInfo, type Verdict, type VerdictBucket, type WorkflowStatus,
} from './model';

export type SidecarErrorKind = 'syntax' | 'shape' | 'newer-version' | 'io';

export interface SidecarError {
  kind: SidecarErrorKind;
  /** One line, for the user: what is wrong and that the file was left untouched. */
  message: string;
  /** JSON path of the first problem (`items[2].target.selector`), for shape errors. */
  path?: string;
  /** The format version found, for newer-version errors. */
  version?: number;
}

export type ParseResult =
  | { ok: true; sidecar: Sidecar; warnings: string[] }
  | { ok: false; error: SidecarError };

const SPEAKER_TYPES = ['person', 'organization', 'outlet', 'group', 'anonymous'];
const CHAIN_ROLES = ['speaker', 'medium', 'relay'];
const CHAIN_RELATIONS = ['said', 'told', 'quoted_by', 'according_to', 'citing', 'reported', 'interview', 'letter', 'statement', 'post', 'broadcast', 'document'];
const BUCKETS: VerdictBucket[] = ['TRUE', 'FALSE', 'MIXTURE', 'OTHER'];
const HISTORY_CHANGES = ['created', 'verdict', 'status', 'anchor'];

class ShapeError extends Error {
  constructor(readonly path: string, msg: string) {
    super(msg);
  }
}

function fail(path: string, msg: string): never {
  throw new ShapeError(path, msg);
}

function str(v: unknown, path: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string') fail(path, `expected a string, found ${describe(v)}`);
  if (opts.nonEmpty && !v) fail(path, 'expected a non-empty string');
  return v;
}

function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(path, `expected a non-negative integer, found ${describe(v)}`);
  return v;
}

function num(v: unknown, path: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `expected a number, found ${describe(v)}`);
  return v;
}

function date(v: unknown, path: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  const s = str(v, path)!;
  if (Number.isNaN(Date.parse(s))) fail(path, `expected an ISO 8601 date, found "${s.slice(0, 40)}"`);
  return s;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) fail(path, `expected one of ${allowed.join(', ')}, found ${describe(v)}`);
  return v as T;
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (!isObject(v)) fail(path, `expected an object, found ${describe(v)}`);
  return v;
}

function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, `expected an array, found ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Copies the keys of `o` not in `known` (sorted), or undefined when there are none. */
function rest(o: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
  const keys = Object.keys(o).filter((k) => !known.includes(k)).sort();
  if (!keys.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = o[k];
  return out;
}

const PAGE_KEYS = ['@context', 'type', 'fc:formatVersion', 'fc:document', 'items'];
const ITEM_KEYS = ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'target', 'body', 'fc:status', 'fc:verdict', 'fc:anchor', 'fc:claim', 'fc:privateNote', 'fc:history'];

/** Reads a sidecar file's text. Never throws. */
export function parseSidecar(text: string): ParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, error: { kind: 'syntax', message: 'the file is empty, not a factcheck sidecar; it was left untouched' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { ok: false, error: { kind: 'syntax', message: `not valid JSON (${msg}); the file was left untouched` } };
  }
  return fromJson(json);
}

/** Validates an already-parsed JSON value as a sidecar. Never throws. */
export function fromJson(json: unknown): ParseResult {
  const warnings: string[] = [];
  try {
    const page = obj(json, '$');
    // The version comes first: a newer file may have a shape we do not know, so it is refused before
    // anything else is checked.
    const v = page['fc:formatVersion'];
    if (v === undefined) fail('fc:formatVersion', 'missing: not a factcheck sidecar');
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail('fc:formatVersion', `expected a positive integer, found ${describe(v)}`);
    if (v > FORMAT_VERSION) {
      return {
        ok: false,
        error: {
          kind: 'newer-version',
          version: v,
          message: `written by a newer version of factcheck (format ${v}; this version reads format ${FORMAT_VERSION} and older); update factcheck. The file was left untouched`,
        },
      };
    }
    if (page.type !== 'AnnotationPage') fail('type', `expected "AnnotationPage", found ${describe(page.type)}`);
    const docIn = page['fc:document'] === undefined ? {} : obj(page['fc:document'], 'fc:document');
    const document: SidecarDocumentInfo = {};
    const p = str(docIn.path, 'fc:document.path', { optional: true });
    if (p !== undefined) document.path = p;
    const u = str(docIn.canonicalUrl, 'fc:document.canonicalUrl', { optional: true });
    if (u !== undefined) document.canonicalUrl = u;
    const h = str(docIn.sha256, 'fc:document.sha256', { optional: true });
    if (h !== undefined) document.sha256 = h;
    if (docIn.textUnit !== undefined && docIn.textUnit !== 'utf16') fail('fc:document.textUnit', `expected "utf16", found ${describe(docIn.textUnit)}`);
    const items = arr(page.items ?? [], 'items');
    const claims: ClaimRecord[] = [];
    const ids = new Set<string>();
    items.forEach((it, i) => {
      const c = claimFromJson(it, `items[${i}]`, warnings);
      if (ids.has(c.id)) fail(`items[${i}].id`, `duplicate id ${c.id}`);
      ids.add(c.id);
      claims.push(c);
    });
    const sidecar: Sidecar = { formatVersion: v, document, claims };
    const extra = rest(page, PAGE_KEYS);
    if (extra) sidecar.extra = extra;
    return { ok: true, sidecar, warnings };
  } catch (e) {
    if (e instanceof ShapeError) {
      return { ok: false, error: { kind: 'shape', path: e.path, message: `not a valid factcheck sidecar: ${e.path}: ${e.message}; the file was left untouched` } };
    }
    return { ok: false, error: { kind: 'shape', message: `not a valid factcheck sidecar (${e instanceof Error ? e.message : String(e)}); the file was left untouched` } };
  }
}

function claimFromJson(it: unknown, path: string, warnings: string[]): ClaimRecord {
  const a = obj(it, path);
  const id = str(a.id, `${path}.id`, { nonEmpty: true })!;
  if (a.type !== 'Annotation') fail(`${path}.type`, `expected "Annotation", found ${describe(a.type)}`);
  if (a.motivation !== 'assessing') fail(`${path}.motivation`, `expected "assessing", found ${describe(a.motivation)}`);
  const created = date(a.created, `${path}.created`)!;
  const modified = date(a.modified, `${path}.modified`)!;
  let creator: string | undefined;
  if (a.creator !== undefined) creator = str(obj(a.creator, `${path}.creator`).name, `${path}.creator.name`);

  // Target and selectors.
  const target = obj(a.target, `${path}.target`);
  const sels = arr(target.selector, `${path}.target.selector`);
  let quote: Record<string, unknown> | undefined, pos: Record<string, unknown> | undefined;
  sels.forEach((s, j) => {
    const so = obj(s, `${path}.target.selector[${j}]`);
    if (so.type === 'TextQuoteSelector' && !quote) quote = so;
    else if (so.type === 'TextPositionSelector' && !pos) pos = so;
  });
  if (!quote) fail(`${path}.target.selector`, 'missing a TextQuoteSelector');
  if (!pos) fail(`${path}.target.selector`, 'missing a TextPositionSelector');
  const sp = `${path}.target.selector`;
  const exact = str(quote.exact, `${sp}.exact`, { nonEmpty: true })!;
  const prefix = str(quote.prefix ?? '', `${sp}.prefix`)!;
  const suffix = str(quote.suffix ?? '', `${sp}.suffix`)!;
  const start = int(pos.start, `${sp}.start`);
  const end = int(pos.end, `${sp}.end`);
  if (end < start) fail(`${sp}.end`, `end ${end} is before start ${start}`);
  const textSha256 = str(pos['fc:textSha256'] ?? '', `${sp}.fc:textSha256`)!;
  const anchorIn = a['fc:anchor'] === undefined ? { state: 'anchored' } : obj(a['fc:anchor'], `${path}.fc:anchor`);
  const state = oneOf<AnchorState>(anchorIn.state, ANCHOR_STATES, `${path}.fc:anchor.state`);
  const anchor: Anchor = { exact, prefix, suffix, start, end, textSha256, state };
  const reason = str(anchorIn.reason, `${path}.fc:anchor.reason`, { optional: true });
  if (reason) anchor.reason = reason;
  const current = str(anchorIn.current, `${path}.fc:anchor.current`, { optional: true });
  if (current !== undefined && state !== 'anchored') anchor.current = current;

  // Bodies: describing = summary, commenting = note, linking = evidence; the assessing body mirrors fc:verdict.
  const bodies = a.body === undefined ? [] : arr(a.body, `${path}.body`);
  let summary: string | undefined, note: string | undefined, assessing: string | undefined;
  const evidence: Evidence[] = [];
  const extraBodies: unknown[] = [];
  bodies.forEach((b, j) => {
    const bp = `${path}.body[${j}]`;
    const bo = obj(b, bp);
    if (bo.type === 'TextualBody' && bo.purpose === 'tagging' && bo.value === 'claim') return;
    if (bo.type === 'TextualBody' && bo.purpose === 'describing' && summary === undefined) summary = str(bo.value, `${bp}.value`);
    else if (bo.type === 'TextualBody' && bo.purpose === 'commenting' && note === undefined) note = str(bo.value, `${bp}.value`);
    else if (bo.type === 'TextualBody' && bo.purpose === 'assessing' && assessing === undefined) assessing = str(bo.value, `${bp}.value`);
    else if (bo.type === 'SpecificResource' && bo.purpose === 'linking') {
      const e: Evidence = { url: str(bo.source, `${bp}.source`, { nonEmpty: true })! };
      const t = str(bo['fc:title'], `${bp}.fc:title`, { optional: true });
      if (t) e.title = t;
      evidence.push(e);
    } else extraBodies.push(b);
  });

  const status = a['fc:status'] === undefined ? 'unchecked' : oneOf<WorkflowStatus>(a['fc:status'], WORKFLOW_STATUSES, `${path}.fc:status`);
  let verdict: Verdict | undefined;
  if (a['fc:verdict'] !== undefined) {
    const vp = `${path}.fc:verdict`;
    const vo = obj(a['fc:verdict'], vp);
    verdict = {
      scale: str(vo.scale, `${vp}.scale`, { nonEmpty: true })!,
      key: str(vo.key, `${vp}.key`, { nonEmpty: true })!,
      label: str(vo.label, `${vp}.label`, { nonEmpty: true })!,
      bucket: oneOf(vo.bucket, BUCKETS, `${vp}.bucket`),
    };
    const rv = num(vo.ratingValue, `${vp}.ratingValue`);
    if (rv !== undefined) {
      verdict.ratingValue = rv;
      verdict.worstRating = num(vo.worstRating, `${vp}.worstRating`);
      verdict.bestRating = num(vo.bestRating, `${vp}.bestRating`);
      if (verdict.worstRating === undefined || verdict.bestRating === undefined) fail(vp, 'ratingValue needs worstRating and bestRating');
    }
    if (assessing !== undefined && assessing !== verdict.label) {
      warnings.push(`${path}: the assessing body says "${assessing}" but fc:verdict says "${verdict.label}"; fc:verdict is used`);
    }
  } else if (assessing !== undefined) {
    warnings.push(`${path}: an assessing body "${assessing}" without fc:verdict is ignored; set the verdict again`);
  }

  const claim: ClaimRecord = { id, created, modified, anchor, status, evidence, appearances: [], history: [] };
  if (creator !== undefined) claim.creator = creator;
  if (summary !== undefined) claim.summary = summary;
  if (verdict) claim.verdict = verdict;
  if (note !== undefined) claim.note = note;
  const privateNote = str(a['fc:privateNote'], `${path}.fc:privateNote`, { optional: true });
  if (privateNote !== undefined) claim.privateNote = privateNote;

  if (a['fc:claim'] !== undefined) {
    const cp = `${path}.fc:claim`;
    const co = obj(a['fc:claim'], cp);
    if (co.claimant !== undefined) claim.claimant = claimantFromJson(co.claimant, `${cp}.claimant`);
    const d = date(co.datePublished, `${cp}.datePublished`, true);
    if (d !== undefined) claim.claimDate = d;
    const fa = str(co.firstAppearance, `${cp}.firstAppearance`, { optional: true });
    if (fa !== undefined) claim.firstAppearance = fa;
    if (co.appearances !== undefined) claim.appearances = arr(co.appearances, `${cp}.appearances`).map((x, j) => str(x, `${cp}.appearances[${j}]`)!);
  }
  if (a['fc:history'] !== undefined) {
    claim.history = arr(a['fc:history'], `${path}.fc:history`).map((h, j) => {
      const hp = `${path}.fc:history[${j}]`;
      const ho = obj(h, hp);
      const e: HistoryEntry = { at: date(ho.at, `${hp}.at`)!, change: oneOf(ho.change, HISTORY_CHANGES as HistoryEntry['change'][], `${hp}.change`) };
      const by = str(ho.by, `${hp}.by`, { optional: true });
      if (by !== undefined) e.by = by;
      const from = str(ho.from, `${hp}.from`, { optional: true });
      if (from !== undefined) e.from = from;
      const to = str(ho.to, `${hp}.to`, { optional: true });
      if (to !== undefined) e.to = to;
      return e;
    });
  }
  const extra = rest(a, ITEM_KEYS);
  if (extra) claim.extra = extra;
  if (extraBodies.length) claim.extraBodies = extraBodies;
  return claim;
}

function claimantFromJson(v: unknown, path: string): Claimant {
  const o = obj(v, path);
  const c: Claimant = { name: str(o.name, `${path}.name`, { nonEmpty: true })!, type: oneOf(o.type, SPEAKER_TYPES as Claimant['type'][], `${path}.type`) };
  const d = str(o.description, `${path}.description`, { optional: true });
  if (d !== undefined) c.description = d;
  if (o.sameAs !== undefined) c.sameAs = arr(o.sameAs, `${path}.sameAs`).map((x, j) => str(x, `${path}.sameAs[${j}]`)!);
  const k = str(o.identityKnownToEditor, `${path}.identityKnownToEditor`, { optional: true });
  if (k !== undefined) c.identityKnownToEditor = k;
  if (o.chain !== undefined) {
    c.chain = arr(o.chain, `${path}.chain`).map((h, j) => {
      const hp = `${path}.chain[${j}]`;
      const ho = obj(h, hp);
      const hop: ChainHop = { name: str(ho.name, `${hp}.name`, { nonEmpty: true })!, role: oneOf(ho.role, CHAIN_ROLES as ChainHop['role'][], `${hp}.role`) };
      if (ho.type !== undefined) hop.type = oneOf(ho.type, [...SPEAKER_TYPES, 'medium'] as NonNullable<ChainHop['type']>[], `${hp}.type`);
      if (ho.relation !== undefined) hop.relation = oneOf(ho.relation, CHAIN_RELATIONS as NonNullable<ChainHop['relation']>[], `${hp}.relation`);
      const url = str(ho.url, `${hp}.url`, { optional: true });
      if (url !== undefined) hop.url = url;
      const ik = str(ho.identityKnownToEditor, `${hp}.identityKnownToEditor`, { optional: true });
      if (ik !== undefined) hop.identityKnownToEditor = ik;
      return hop;
    });
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Serialization

/** The sidecar as a JSON value (W3C AnnotationPage), keys in a fixed order. */
export function toJson(sidecar: Sidecar): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  if (sidecar.document.path !== undefined) document.path = sidecar.document.path;
  if (sidecar.document.canonicalUrl !== undefined) document.canonicalUrl = sidecar.document.canonicalUrl;
  if (sidecar.document.sha256 !== undefined) document.sha256 = sidecar.document.sha256;
  document.textUnit = 'utf16';
  const source = sidecar.document.canonicalUrl ?? sidecar.document.path ?? '';
  const page: Record<string, unknown> = {
    '@context': [W3C_ANNO_CONTEXT, { schema: 'https://schema.org/', fc: FC_NAMESPACE }],
    type: 'AnnotationPage',
    // Always the version this code writes: an older file read by fromJson has been migrated in memory.
    'fc:formatVersion': FORMAT_VERSION,
    'fc:document': document,
    items: sidecar.claims.map((c) => claimToJson(c, source)),
  };
  if (sidecar.extra) for (const k of Object.keys(sidecar.extra).sort()) if (!(k in page)) page[k] = sidecar.extra[k];
  return page;
}

export function claimToJson(c: ClaimRecord, source: string): Record<string, unknown> {
  const a: Record<string, unknown> = {
    id: c.id,
    type: 'Annotation',
    motivation: 'assessing',
    created: c.created,
    modified: c.modified,
  };
  if (c.creator !== undefined) a.creator = { type: 'Person', name: c.creator };
  a.target = {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: c.anchor.exact, prefix: c.anchor.prefix, suffix: c.anchor.suffix },
      { type: 'TextPositionSelector', start: c.anchor.start, end: c.anchor.end, 'fc:textSha256': c.anchor.textSha256 },
    ],
  };
  const body: unknown[] = [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }];
  if (c.summary !== undefined) body.push({ type: 'TextualBody', purpose: 'describing', value: c.summary });
  if (c.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: c.verdict.label });
  if (c.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: c.note });
  for (const e of c.evidence) {
    const b: Record<string, unknown> = { type: 'SpecificResource', purpose: 'linking', source: e.url };
    if (e.title) b['fc:title'] = e.title;
    body.push(b);
  }
  if (c.extraBodies) body.push(...c.extraBodies);
  a.body = body;
  a['fc:status'] = c.status;
  if (c.verdict) {
    const v: Record<string, unknown> = { scale: c.verdict.scale, key: c.verdict.key, label: c.verdict.label };
    if (c.verdict.ratingValue !== undefined) {
      v.ratingValue = c.verdict.ratingValue;
      v.worstRating = c.verdict.worstRating;
      v.bestRating = c.verdict.bestRating;
    }
    v.bucket = c.verdict.bucket;
    a['fc:verdict'] = v;
  }
  const anchor: Record<string, unknown> = { state: c.anchor.state };
  if (c.anchor.reason) anchor.reason = c.anchor.reason;
  if (c.anchor.current !== undefined && c.anchor.state !== 'anchored') anchor.current = c.anchor.current;
  a['fc:anchor'] = anchor;
  const claim: Record<string, unknown> = {};
  if (c.claimant) claim.claimant = claimantToJson(c.claimant);
  if (c.claimDate !== undefined) claim.datePublished = c.claimDate;
  if (c.firstAppearance !== undefined) claim.firstAppearance = c.firstAppearance;
  claim.appearances = [...c.appearances];
  a['fc:claim'] = claim;
  if (c.privateNote !== undefined) a['fc:privateNote'] = c.privateNote;
  a['fc:history'] = c.history.map((h) => {
    const e: Record<string, unknown> = { at: h.at };
    if (h.by !== undefined) e.by = h.by;
    e.change = h.change;
    if (h.from !== undefined) e.from = h.from;
    if (h.to !== undefined) e.to = h.to;
    return e;
  });
  if (c.extra) for (const k of Object.keys(c.extra).sort()) if (!(k in a)) a[k] = c.extra[k];
  return a;
}

function claimantToJson(c: Claimant): Record<string, unknown> {
  const o: Record<string, unknown> = { name: c.name, type: c.type };
  if (c.description !== undefined) o.description = c.description;
  if (c.sameAs) o.sameAs = [...c.sameAs];
  if (c.chain) {
    o.chain = c.chain.map((h) => {
      const x: Record<string, unknown> = { name: h.name, role: h.role };
      if (h.type !== undefined) x.type = h.type;
      if (h.relation !== undefined) x.relation = h.relation;
      if (h.url !== undefined) x.url = h.url;
      if (h.identityKnownToEditor !== undefined) x.identityKnownToEditor = h.identityKnownToEditor;
      return x;
    });
  }
  if (c.identityKnownToEditor !== undefined) o.identityKnownToEditor = c.identityKnownToEditor;
  return o;
}

/** The sidecar file's text: deterministic, 2-space indent, trailing newline. */
export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(toJson(sidecar), null, 2) + '\n';
}
