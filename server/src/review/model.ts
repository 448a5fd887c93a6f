// The claim-review data model: one claim record per marked statement, and the sidecar document
// (`<article>.factcheck.json`) that stores them as a W3C Web Annotation page.
// Pure data and pure functions: no vscode, LSP or node:fs imports (runs in a browser worker).
//
// Text unit: every offset here is a UTF-16 code-unit index into the article text (a JavaScript string
// index), end-exclusive: the unit of VS Code's `offsetAt` and of LSP positions. The W3C model counts
// code points instead; `claimreview.ts` converts at the export boundary (`exportAnnotations`).
import type { Attribution, ChainLink, ChainRelation, SpeakerType } from '../engine/types';

/** Version of the sidecar format this code writes. A file with a higher version is refused, never rewritten. */
export const FORMAT_VERSION = 1;
/** The sidecar sits next to the article: `story.md` -> `story.md.factcheck.json`. */
export const SIDECAR_SUFFIX = '.factcheck.json';
/** JSON-LD prefix for our own terms (`fc:`). A URN, so that nothing ever resolves it over the network. */
export const FC_NAMESPACE = 'urn:factcheck:';
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The sidecar path for an article path (pure string operation; works for POSIX and Windows paths and URIs). */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

// ---------------------------------------------------------------------------------------------------
// Verdict scales

/** Normalised bucket for cross-organisation dashboards (ClaimsKG style). */
export type VerdictBucket = 'TRUE' | 'FALSE' | 'MIXTURE' | 'OTHER';

export interface VerdictDef {
  /** Stable machine key ("mostly-false"); what the sidecar stores. */
  key: string;
  /** The text shown and exported as `Rating.alternateName` ("Mostly false"). */
  label: string;
  /** Position on the ordinal scale (worstRating..bestRating); absent for non-ordinal verdicts. */
  ratingValue?: number;
  bucket: VerdictBucket;
  description?: string;
}

export interface VerdictScale {
  /** Stable id stored with each verdict ("default-v1"). */
  id: string;
  label: string;
  /** Bounds of the ordinal part; both present when any verdict has a ratingValue. */
  worstRating?: number;
  bestRating?: number;
  verdicts: VerdictDef[];
}

/**
 * Default scale: ordinal False..True as ratingValue 1..5 (worst 1, best 5), plus non-ordinal verdicts
 * exported with `alternateName` only. Number-to-text mapping (ClaimReview asks publishers to document it):
 * 1 False, 2 Mostly false, 3 Half true, 4 Mostly true, 5 True.
 */
export const DEFAULT_SCALE: VerdictScale = {
  id: 'default-v1',
  label: 'Default (False to True, plus Misleading, Unverifiable, Misattributed)',
  worstRating: 1,
  bestRating: 5,
  verdicts: [
    { key: 'false', label: 'False', ratingValue: 1, bucket: 'FALSE' },
    { key: 'mostly-false', label: 'Mostly false', ratingValue: 2, bucket: 'FALSE' },
    { key: 'half-true', label: 'Half true', ratingValue: 3, bucket: 'MIXTURE' },
    { key: 'mostly-true', label: 'Mostly true', ratingValue: 4, bucket: 'TRUE' },
    { key: 'true', label: 'True', ratingValue: 5, bucket: 'TRUE' },
    { key: 'misleading', label: 'Misleading', bucket: 'MIXTURE', description: 'Accurate in part but missing context that changes its meaning.' },
    { key: 'unverifiable', label: 'Unverifiable', bucket: 'OTHER', description: 'Could not be verified with the evidence available.' },
    { key: 'misattributed', label: 'Misattributed', bucket: 'FALSE', description: 'Attributed to someone who did not say it.' },
  ],
};

/**
 * Checks a scale definition (e.g. from settings JSON). Returns the problems, one line each; empty when valid.
 */
export function validateScale(value: unknown): string[] {
  const errs: string[] = [];
  if (!isObject(value)) return ['scale: expected an object'];
  const s = value as Record<string, unknown>;
  if (typeof s.id !== 'string' || !s.id) errs.push('scale.id: expected a non-empty string');
  if (typeof s.label !== 'string') errs.push('scale.label: expected a string');
  if (!Array.isArray(s.verdicts) || s.verdicts.length === 0) {
    errs.push('scale.verdicts: expected a non-empty array');
    return errs;
  }
  const keys = new Set<string>();
  let ordinal = false;
  s.verdicts.forEach((v, i) => {
    const p = `scale.verdicts[${i}]`;
    if (!isObject(v)) { errs.push(`${p}: expected an object`); return; }
    const d = v as Record<string, unknown>;
    if (typeof d.key !== 'string' || !d.key) errs.push(`${p}.key: expected a non-empty string`);
    else if (keys.has(d.key)) errs.push(`${p}.key: duplicate key "${d.key}"`);
    else keys.add(d.key);
    if (typeof d.label !== 'string' || !d.label.trim()) errs.push(`${p}.label: expected a non-empty string`);
    if (!['TRUE', 'FALSE', 'MIXTURE', 'OTHER'].includes(d.bucket as string)) errs.push(`${p}.bucket: expected TRUE, FALSE, MIXTURE or OTHER`);
    if (d.ratingValue !== undefined) {
      ordinal = true;
      if (typeof d.ratingValue !== 'number' || !Number.isFinite(d.ratingValue)) errs.push(`${p}.ratingValue: expected a number`);
      else if (typeof s.worstRating === 'number' && typeof s.bestRating === 'number') {
        const lo = Math.min(s.worstRating, s.bestRating), hi = Math.max(s.worstRating, s.bestRating);
        if (d.ratingValue < lo || d.ratingValue > hi) errs.push(`${p}.ratingValue: ${d.ratingValue} is outside worstRating..bestRating`);
      }
    }
  });
  if (ordinal && (typeof s.worstRating !== 'number' || typeof s.bestRating !== 'number')) {
    errs.push('scale: worstRating and bestRating are required when a verdict has a ratingValue');
  }
  return errs;
}

/** The verdict as stored on a claim: denormalised so that a sidecar stays meaningful if the scale setting changes. */
export interface Verdict {
  scale: string;
  key: string;
  label: string;
  ratingValue?: number;
  worstRating?: number;
  bestRating?: number;
  bucket: VerdictBucket;
}

/** Looks a verdict up by key or (case-insensitive) label in a scale; undefined when the scale has no such verdict. */
export function verdictFromScale(scale: VerdictScale, keyOrLabel: string): Verdict | undefined {
  const k = keyOrLabel.trim().toLowerCase();
  const d = scale.verdicts.find((v) => v.key === keyOrLabel) ?? scale.verdicts.find((v) => v.key.toLowerCase() === k || v.label.toLowerCase() === k);
  if (!d) return undefined;
  const out: Verdict = { scale: scale.id, key: d.key, label: d.label, bucket: d.bucket };
  if (d.ratingValue !== undefined) {
    out.ratingValue = d.ratingValue;
    out.worstRating = scale.worstRating;
    out.bestRating = scale.bestRating;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Claim record

/** Workflow status, kept apart from the verdict. `not-checkable`: opinion, prediction or promise (not rated). */
export type WorkflowStatus = 'unchecked' | 'in-progress' | 'checked' | 'not-checkable';
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = ['unchecked', 'in-progress', 'checked', 'not-checkable'];

/**
 * Where the claim stands with respect to the current text:
 * - `anchored`: the text at [start, end) is exactly `exact`.
 * - `edited`: the claim's text was changed in the editor; [start, end) is where it is now, `exact` is the wording reviewed.
 * - `needs-review`: re-anchored after an outside change, but not confidently (fuzzy match, or an exact
 *   quote repeated with the same context); [start, end) is the best candidate.
 * - `orphan`: not found in the text; start/end/exact are the last known ones. Kept and shown, never dropped.
 */
export type AnchorState = 'anchored' | 'edited' | 'needs-review' | 'orphan';
export const ANCHOR_STATES: readonly AnchorState[] = ['anchored', 'edited', 'needs-review', 'orphan'];

export interface Anchor {
  /** W3C TextQuoteSelector: the quote as reviewed. Never rewritten without the user confirming. */
  exact: string;
  prefix: string;
  suffix: string;
  /** W3C TextPositionSelector, in UTF-16 code units (see the header): the current location. */
  start: number;
  end: number;
  /** SHA-256 (hex, of UTF-8) of the document text that start/end refer to. */
  textSha256: string;
  state: AnchorState;
  /** Why the anchor is not `anchored` (shown to the user), e.g. "quote repeated with the same context". */
  reason?: string;
  /**
   * For `edited` and `needs-review`: the text now at [start, end) (differs from `exact`), as of the text
   * `textSha256` identifies. Lets a later re-anchoring find an edited claim by its new wording.
   */
  current?: string;
}

/** One hop of the attribution chain (from the engine's ChainLink, positions dropped: they would go stale). */
export interface ChainHop {
  name: string;
  role: ChainLink['role'];
  type?: ChainLink['type'];
  relation?: ChainRelation;
  url?: string;
  /** PRIVATE: who knows the real identity of an anonymous hop. Never exported. */
  identityKnownToEditor?: string;
}

/** The attributed speaker of the claim (ClaimReview `itemReviewed.author`). */
export interface Claimant {
  name: string;
  type: SpeakerType;
  description?: string;
  /** Identity links for the claimant (Wikidata, official page). */
  sameAs?: string[];
  /** Speaker -> medium -> relay, nearest to the speaker first; the article itself is implied last. */
  chain?: ChainHop[];
  /** PRIVATE: for an anonymous claimant, who at the publication knows the identity. Never exported. */
  identityKnownToEditor?: string;
}

export interface Evidence {
  url: string;
  title?: string;
}

export type HistoryChange = 'created' | 'verdict' | 'status' | 'anchor';

export interface HistoryEntry {
  at: string;
  by?: string;
  change: HistoryChange;
  /** Previous / new value: verdict label, status, or (for `anchor`) the previous and confirmed quote. */
  from?: string;
  to?: string;
}

export interface ClaimRecord {
  /** "urn:uuid:…" */
  id: string;
  created: string;
  modified: string;
  creator?: string;
  anchor: Anchor;
  /** Short summary of the claim for `claimReviewed` (< 75 chars, no rating); defaults to the quote. */
  summary?: string;
  verdict?: Verdict;
  status: WorkflowStatus;
  /** Public conclusion / rationale (Markdown): exported as `ratingExplanation`. */
  note?: string;
  /** PRIVATE internal notes. Never exported. */
  privateNote?: string;
  evidence: Evidence[];
  claimant?: Claimant;
  /** When the claim was made (ISO date or date-time). */
  claimDate?: string;
  /** Where the claim appeared (URLs); `firstAppearance` is the primary/original one. */
  appearances: string[];
  firstAppearance?: string;
  history: HistoryEntry[];
  /** Properties of the annotation this version does not know; kept and written back unchanged. */
  extra?: Record<string, unknown>;
  /** Annotation bodies this version does not know (another tool's replies, tags); kept and written back. */
  extraBodies?: unknown[];
}

export interface SidecarDocumentInfo {
  /** The article's file name, relative to the sidecar (informational). */
  path?: string;
  /** Public URL of the article (ClaimReview `url`, annotation `target.source`). */
  canonicalUrl?: string;
  /** SHA-256 of the article text when the sidecar was last written. */
  sha256?: string;
}

export interface Sidecar {
  formatVersion: number;
  document: SidecarDocumentInfo;
  claims: ClaimRecord[];
  /** Top-level properties this version does not know; kept and written back unchanged. */
  extra?: Record<string, unknown>;
}

export function emptySidecar(document: SidecarDocumentInfo = {}): Sidecar {
  return { formatVersion: FORMAT_VERSION, document: { ...document }, claims: [] };
}

/**
 * The claimant of a quote from the engine's attribution: the resolved speaker plus its chain.
 * Returns undefined when the attribution has no resolved speaker (never a guess presented as fact).
 */
export function claimantFromAttribution(attr: Attribution): Claimant | undefined {
  if (!attr.speaker) return undefined;
  const c: Claimant = { name: attr.speaker.name, type: attr.speaker.type };
  if (attr.speaker.description) c.description = attr.speaker.description;
  if (attr.chain.length) {
    c.chain = attr.chain.map((l) => {
      const hop: ChainHop = { name: l.name, role: l.role };
      if (l.type) hop.type = l.type;
      if (l.relation) hop.relation = l.relation;
      return hop;
    });
  }
  return c;
}

/** True when the chain says the quote reached the article through someone else (a relay). */
export function isSecondHand(c: Claimant | undefined): boolean {
  return !!c?.chain?.some((h) => h.role === 'relay' || h.relation === 'quoted_by' || h.relation === 'according_to' || h.relation === 'citing' || h.relation === 'reported');
}

// ---------------------------------------------------------------------------------------------------
// Small shared helpers

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** http(s) URL check without the URL global's quirks: scheme, host, no whitespace. */
export function isHttpUrl(s: unknown): s is string {
  return typeof s === 'string' && /^https?:\/\/[^\s/?#]\S*$/i.test(s);
}

/** ISO 8601 date or date-time (the forms we write and accept). */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s));
}

/** Fields that must never leave the machine: stripped from every export, at any depth. */
export const PRIVATE_KEYS: readonly string[] = ['privateNote', 'fc:privateNote', 'identityKnownToEditor'];

/** A deep copy of a JSON value without PRIVATE_KEYS. */
export function stripPrivate<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => stripPrivate(v)) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!PRIVATE_KEYS.includes(k)) out[k] = stripPrivate(v);
    return out as T;
  }
  return value;
}
