// Keeping claims attached to their text. Pure functions over strings and Anchor records (no IO).
//
// (a) While the document is open: shift anchors with each content change (`shiftAnchor`,
//     `applyContentChanges`): exact and cheap. A change inside a claim marks it `edited`.
// (b) When the text changed outside the editor (its hash differs from the anchor's `textSha256`):
//     `reanchor` finds the quote again: position check, unique exact match (whose context has not
//     entirely changed), exact match + context, then candidates (exact matches out of context, the
//     region between the old prefix and suffix, fuzzy matches by Myers' algorithm from
//     `approx-string-match`) scored on quote, prefix and suffix similarity with the old position as a
//     tie-breaker. Only confident exact results are accepted (`anchored`); plausible candidates are
//     `needs-review`; the rest are `orphan`: kept with their last known position, never dropped.
//     `exact` is never rewritten here: only `confirmAnchor` (a user action) does that.
//
// Units: UTF-16 code units throughout (JS string indices), like VS Code and LSP.
import search from 'approx-string-match';
import type { Anchor, AnchorState } from './model';
import type { TextHasher } from './hash';

// ---------------------------------------------------------------------------------------------------
// Thresholds (factchecking.md §2.5). Named so that tests and the README can refer to them.

/** Context window on each side of a quote, in UTF-16 units (prefix/suffix never cross a blank line). */
export const CONTEXT_LENGTH = 32;
/** Quotes shorter than this ("40%") are never accepted on an exact match alone: their context must agree. */
export const SHORT_QUOTE = 16;
/** Quotes shorter than this are never fuzzy-matched: a near-match of "40%" is noise ("40 people"). */
export const MIN_FUZZY_LENGTH = 12;
/** A fuzzy candidate with more errors than this share of the quote's length is no candidate. */
export const MAX_FUZZY_ERROR_RATE = 0.5;
/** Above this error rate a fuzzy candidate also needs one side of its context to agree (>= 0.5). */
export const FUZZY_NEEDS_CONTEXT_RATE = 0.25;
/** One side of the context "agrees" when its similarity is at least this. */
export const CONTEXT_CONFIRM = 0.8;
/** Among repeated exact matches, the best context must beat the next by this much to be accepted. */
export const CONTEXT_MARGIN = 0.15;

// ---------------------------------------------------------------------------------------------------
// Describing a quote

const BLANK_LINE = /\n[ \t\u00a0]*\r?\n|\r[ \t\u00a0]*\r/g;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The up-to-CONTEXT_LENGTH units before `at`, not crossing a blank line nor splitting a surrogate pair. */
export function contextBefore(text: string, at: number, max = CONTEXT_LENGTH): string {
  let from = Math.max(0, at - max);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  // Look a few units further back so that a blank line straddling the window's edge is seen too.
  const probeFrom = Math.max(0, from - 3);
  const probe = text.slice(probeFrom, at);
  let cut = from;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(probe); m; m = BLANK_LINE.exec(probe)) cut = Math.max(cut, probeFrom + m.index + m[0].length);
  return text.slice(Math.min(cut, at), at);
}

/** The up-to-CONTEXT_LENGTH units after `at`, not crossing a blank line nor splitting a surrogate pair. */
export function contextAfter(text: string, at: number, max = CONTEXT_LENGTH): string {
  let to = Math.min(text.length, at + max);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--;
  let s = text.slice(at, to);
  // Include up to 3 more units when looking for a blank line, so one straddling the window edge is seen.
  const probe = text.slice(at, Math.min(text.length, to + 3));
  BLANK_LINE.lastIndex = 0;
  const m = BLANK_LINE.exec(probe);
  if (m && m.index < s.length) s = s.slice(0, m.index);
  return s;
}

/** W3C TextQuoteSelector for text[start, end). Does not split surrogate pairs in the context. */
export function describeQuote(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return { exact: text.slice(start, end), prefix: contextBefore(text, start), suffix: contextAfter(text, end) };
}

/** A fresh, confirmed anchor for text[start, end). */
export function createAnchor(text: string, start: number, end: number, hash: TextHasher): Anchor {
  const s = clamp(Math.min(start, end), 0, text.length), e = clamp(Math.max(start, end), 0, text.length);
  return { ...describeQuote(text, s, e), start: s, end: e, textSha256: hash(text), state: 'anchored' };
}

/**
 * The user accepts where the claim is now (after `edited` / `needs-review`) or re-attaches an orphan at
 * [start, end): the quote is re-described from the current text. Returns the new anchor and the previous
 * quote (for the claim's history: corrections transparency).
 */
export function confirmAnchor(anchor: Anchor, text: string, hash: TextHasher, start = anchor.start, end = anchor.end): { anchor: Anchor; previousExact: string } {
  return { anchor: createAnchor(text, start, end, hash), previousExact: anchor.exact };
}

/**
 * For an anchored claim whose text is unchanged, refreshes prefix/suffix and the text hash from the
 * current text (so later re-anchoring uses today's context). Never touches `exact`; other states unchanged
 * except `current`, which is set to the text now at [start, end).
 */
export function refreshAnchor(anchor: Anchor, text: string, textHash: string): Anchor {
  const start = clamp(anchor.start, 0, text.length), end = clamp(anchor.end, start, text.length);
  if (anchor.state === 'anchored' && text.slice(start, end) === anchor.exact) {
    return { exact: anchor.exact, prefix: contextBefore(text, start), suffix: contextAfter(text, end), start, end, textSha256: textHash, state: 'anchored' };
  }
  const out: Anchor = { ...anchor, start, end, textSha256: textHash };
  if (anchor.state === 'edited' || anchor.state === 'needs-review') {
    const cur = text.slice(start, end);
    if (cur !== anchor.exact) out.current = cur;
    else delete out.current;
  } else delete out.current;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// (a) Shifting with content changes

/** One content change in offsets of the text BEFORE the change: text[start, end) is replaced by `text`. */
export interface OffsetChange {
  start: number;
  end: number;
  text: string;
}

/** LSP / VS Code position: zero-based line and UTF-16 character. */
export interface LspPosition {
  line: number;
  character: number;
}

/** An LSP TextDocumentContentChangeEvent: incremental (range + text) or full (text only). */
export type LspContentChange = { range: { start: LspPosition; end: LspPosition }; rangeLength?: number; text: string } | { text: string };

/** Offset of an LSP position in `text` (line breaks \n, \r\n, \r; out-of-range values clamp, as LSP says). */
export function offsetAt(text: string, pos: LspPosition): number {
  let line = 0, i = 0;
  const target = Math.max(0, pos.line);
  while (line < target) {
    const nl = nextLineBreak(text, i);
    if (nl < 0) return text.length;
    i = nl + (text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? 2 : 1);
    line++;
  }
  const nl = nextLineBreak(text, i);
  const lineEnd = nl < 0 ? text.length : nl;
  return Math.min(i + Math.max(0, pos.character), lineEnd);
}

function nextLineBreak(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return j;
  }
  return -1;
}

/** The smallest single change turning `before` into `after` (common prefix and suffix removed). */
export function diffAsChange(before: string, after: string): OffsetChange {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  // Do not split a surrogate pair.
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}

/** An LSP change as offsets into `text` (the text before the change). */
export function lspChangeToOffsets(text: string, change: LspContentChange): OffsetChange {
  if (!('range' in change) || !change.range) return diffAsChange(text, change.text);
  let start = offsetAt(text, change.range.start), end = offsetAt(text, change.range.end);
  if (end < start) [start, end] = [end, start];
  return { start, end, text: change.text };
}

/**
 * The same change with the text it keeps unchanged trimmed off both ends (replacing "said “taxes" by
 * "said “levies" is really replacing "taxe" by "levie"), so the shifting rules see what really changed.
 */
export function minimizeChange(text: string, c: OffsetChange): OffsetChange {
  const old = text.slice(c.start, c.end);
  const max = Math.min(old.length, c.text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === c.text.charCodeAt(p)) p++;
  if (p > 0 && isHigh(old.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === c.text.charCodeAt(c.text.length - 1 - s)) s++;
  if (s > 0 && isLow(old.charCodeAt(old.length - s))) s--;
  if (p === 0 && s === 0) return c;
  return { start: c.start + p, end: c.end - s, text: c.text.slice(p, c.text.length - s) };
}

export function applyOffsetChange(text: string, c: OffsetChange): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

export type ShiftEffect = 'none' | 'moved' | 'edited' | 'deleted';

/**
 * Moves one anchor through one change. Rules (claim = [s, e), change = [cs, ce) -> text of length L):
 * - change ends at or before s (incl. an insertion at s): the claim moves by the length difference;
 * - change starts at or after e (incl. an insertion at e): no effect (claims do not grow at their
 *   edges), except typing at the end of an `edited` or emptied claim, which extends it;
 * - change within [s, e): the claim's end moves; state becomes `edited`;
 * - change overlapping one edge: the claim keeps its surviving part plus the replacement text; `edited`;
 * - change covering the whole claim: if the replacement contains the quote again (a paste over the same
 *   text, a whole-document replace) the claim follows it; otherwise it becomes `orphan` ("deleted").
 * Orphans keep a rough position and stay orphans (applyContentChanges re-attaches one when a change
 * re-inserts its quote: undo, paste).
 */
export function shiftAnchor(a: Anchor, c: OffsetChange): { anchor: Anchor; effect: ShiftEffect } {
  const s = a.start, e = a.end, cs = c.start, ce = c.end, L = c.text.length, delta = L - (ce - cs);
  const live = a.state !== 'orphan';
  // Typing at the end of a claim that is being edited (or was emptied) extends it: typing runs left to
  // right, so after replacing a claim's text the user's next keystrokes land on its end edge.
  if (live && cs === ce && cs === e && (a.state === 'edited' || s === e)) {
    return { anchor: markEdited({ ...a, end: e + L }), effect: L ? 'edited' : 'none' };
  }
  if (ce <= s) {
    if (delta === 0) return { anchor: a, effect: 'none' };
    return { anchor: { ...a, start: s + delta, end: e + delta }, effect: 'moved' };
  }
  if (cs >= e) return { anchor: a, effect: 'none' };
  // From here on the change overlaps the claim.
  if (!live) {
    // An orphan only keeps a rough last-known position (for display); it is never "edited".
    const p = Math.min(s, cs);
    return { anchor: { ...a, start: p, end: p }, effect: 'moved' };
  }
  if (cs >= s && ce <= e) return { anchor: markEdited({ ...a, end: e + delta }), effect: 'edited' };
  if (cs < s && ce < e) return { anchor: markEdited({ ...a, start: cs, end: e + delta }), effect: 'edited' };
  if (cs > s && ce > e) return { anchor: markEdited({ ...a, end: cs + L }), effect: 'edited' };
  // The change covers the whole claim (cs <= s, ce >= e, and more than the claim).
  const rel = s - cs;
  const hit = nearestIndexOf(c.text, a.exact, rel);
  if (hit >= 0) return { anchor: { ...a, start: cs + hit, end: cs + hit + a.exact.length }, effect: 'moved' };
  if (a.current !== undefined && a.current !== a.exact) {
    const h2 = nearestIndexOf(c.text, a.current, rel);
    if (h2 >= 0) return { anchor: { ...a, start: cs + h2, end: cs + h2 + a.current.length }, effect: 'moved' };
  }
  const { current: _c, ...rest } = a;
  return { anchor: { ...rest, start: cs, end: cs, state: 'orphan', reason: 'the claim\'s text was deleted' }, effect: 'deleted' };
}

function markEdited(a: Anchor): Anchor {
  if (a.state === 'orphan') return a;
  return { ...a, state: 'edited', reason: 'the claim\'s text was changed after it was marked' };
}

function nearestIndexOf(hay: string, needle: string, near: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}

/**
 * After a change: an `edited` claim whose text is the reviewed quote again (undo) is `anchored` again;
 * an `orphan` whose quote the change re-inserted (undo of a deletion, paste) is attached to it.
 */
function settle(a: Anchor, textAfter: string, c: OffsetChange): Anchor {
  if (a.state === 'edited' && a.end - a.start === a.exact.length && textAfter.startsWith(a.exact, a.start)) {
    const { reason: _r, current: _c, ...rest } = a;
    return { ...rest, state: 'anchored' };
  }
  if (a.state === 'orphan' && c.text.length >= a.exact.length && c.text.includes(a.exact)) {
    const hit = nearestIndexOf(c.text, a.exact, a.start - c.start);
    const start = c.start + hit, end = start + a.exact.length;
    // A short quote ("40%") pasted somewhere else is not this claim coming back: its context must agree.
    if (a.exact.length < SHORT_QUOTE && !positionContextOk(textAfter, a, start, end)) return a;
    const { reason: _r, current: _c, ...rest } = a;
    return { ...rest, start, end, state: 'anchored' };
  }
  return a;
}

/**
 * Applies a list of LSP content changes (in order, each relative to the result of the previous, as
 * LSP's didChange sends them) to `text` and to the anchors. Returns the new text and anchors.
 * The anchors' textSha256 is left as is: positions now refer to the new text, which the caller
 * hashes when it saves (see refreshAnchor).
 */
export function applyContentChanges(text: string, anchors: readonly Anchor[], changes: readonly LspContentChange[]): { text: string; anchors: Anchor[] } {
  let t = text;
  let as = anchors.slice();
  for (const ch of changes) {
    const oc = minimizeChange(t, lspChangeToOffsets(t, ch));
    const next = applyOffsetChange(t, oc);
    as = as.map((a) => settle(shiftAnchor(a, oc).anchor, next, oc));
    t = next;
  }
  return { text: t, anchors: as };
}

/** Same as applyContentChanges for changes already in offsets (VS Code's rangeOffset/rangeLength). */
export function applyOffsetChanges(text: string, anchors: readonly Anchor[], changes: readonly OffsetChange[]): { text: string; anchors: Anchor[] } {
  let t = text;
  let as = anchors.slice();
  for (const oc0 of changes) {
    const start = clamp(Math.min(oc0.start, oc0.end), 0, t.length), end = clamp(Math.max(oc0.start, oc0.end), 0, t.length);
    const oc = minimizeChange(t, { start, end, text: oc0.text });
    const next = applyOffsetChange(t, oc);
    as = as.map((a) => settle(shiftAnchor(a, oc).anchor, next, oc));
    t = next;
  }
  return { text: t, anchors: as };
}

// ---------------------------------------------------------------------------------------------------
// (b) Re-anchoring after an outside change

export interface ReanchorResult {
  anchor: Anchor;
  /** How the claim was found: for reports and tests. */
  method: 'unchanged' | 'position' | 'unique' | 'context' | 'fuzzy' | 'ambiguous' | 'not-found';
  /** Fuzzy matches: edit errors against the quote, and the combined score 0..1. */
  errors?: number;
  score?: number;
}

/** Levenshtein distance (small strings: context windows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity 0..1 of a stored context side and the actual one. Two empty sides (paragraph edge) agree. */
export function sideSimilarity(stored: string, actual: string): number {
  if (!stored && !actual) return 1;
  if (!stored || !actual) return 0;
  return 1 - editDistance(stored, actual) / Math.max(stored.length, actual.length);
}

function contextScores(text: string, a: Anchor, start: number, end: number): { prefix: number; suffix: number } {
  return { prefix: sideSimilarity(a.prefix, contextBefore(text, start)), suffix: sideSimilarity(a.suffix, contextAfter(text, end)) };
}

function allIndexesOf(text: string, needle: string, cap = 10000): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < cap; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function attach(a: Anchor, text: string, textHash: string, start: number, end: number, state: AnchorState, reason?: string): Anchor {
  const out: Anchor = { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start, end, textSha256: textHash, state };
  if (reason) out.reason = reason;
  if (state === 'edited' || state === 'needs-review') {
    const cur = text.slice(start, end);
    if (cur !== a.exact) out.current = cur;
  }
  return out;
}

/** A possible new location that is not certain enough to accept: proposed for review, or nothing. */
interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end). */
  errors: number;
  qlen: number;
  prefix: number;
  suffix: number;
  reason: string;
  method: 'ambiguous' | 'fuzzy';
}

/**
 * Finds a claim again in `text` after the text changed outside the editor. See the header for the
 * order of attempts; `textHash` is hash(text). Never changes `exact`, `prefix` or `suffix`.
 *
 * Accepted (`anchored`, or `edited` when found by its edited wording) only when exact and confident:
 * at its old position (a short quote also needs one side of its context), or unique with at least
 * one side of its context still agreeing, or one of several exact matches whose context clearly
 * wins. Everything else competes as a candidate for review, scored on quote, prefix and suffix
 * similarity with the old position as a tie-breaker: exact matches in the wrong context, regions
 * between the old prefix and suffix, and fuzzy (Myers) matches. The best acceptable one becomes
 * `needs-review`; if none is acceptable the claim is an `orphan`.
 */
export function reanchor(a: Anchor, text: string, textHash: string): ReanchorResult {
  if (a.textSha256 === textHash && a.end <= text.length) return { anchor: a, method: 'unchanged' };
  // Targets: the reviewed quote, then (for an edited claim) its wording when last saved.
  const targets: { q: string; isExact: boolean }[] = [{ q: a.exact, isExact: true }];
  if (a.current !== undefined && a.current !== a.exact && a.current.length > 0) targets.push({ q: a.current, isExact: false });
  const editedState: AnchorState = a.state === 'needs-review' ? 'needs-review' : 'edited';
  const candidates: Candidate[] = [];

  for (const { q, isExact } of targets) {
    const state: AnchorState = isExact ? 'anchored' : editedState;
    const reason = isExact ? undefined : a.reason ?? 'the claim\'s text was changed after it was marked';
    // 1. Position check.
    if (text.startsWith(q, a.start) && (q.length >= SHORT_QUOTE || positionContextOk(text, a, a.start, a.start + q.length))) {
      return { anchor: attach(a, text, textHash, a.start, a.start + q.length, state, reason), method: 'position' };
    }
    const hits = allIndexesOf(text, q);
    if (!hits.length) continue;
    const scored = hits.map((h) => {
      const cs = contextScores(text, a, h, h + q.length);
      return { h, ...cs, ctx: (cs.prefix + cs.suffix) / 2, side: Math.max(cs.prefix, cs.suffix), dist: Math.abs(h - a.start) };
    }).sort((x, y) => y.ctx - x.ctx || x.dist - y.dist);
    const best = scored[0], second = scored[1];
    // 2. Unique exact match: a long quote, with its context not entirely gone (else it may be a copy
    //    elsewhere while the claim itself was edited: then it is only a candidate, below).
    if (hits.length === 1 && q.length >= SHORT_QUOTE && best.side >= 0.5) {
      return { anchor: attach(a, text, textHash, best.h, best.h + q.length, state, reason), method: 'unique' };
    }
    // 3. Exact match + context.
    if (best.side >= CONTEXT_CONFIRM && (!second || best.ctx - second.ctx >= CONTEXT_MARGIN)) {
      return { anchor: attach(a, text, textHash, best.h, best.h + q.length, state, reason), method: 'context' };
    }
    if (second && best.ctx - second.ctx < CONTEXT_MARGIN && best.side >= 0.5) {
      // The same quote with the same context several times (a duplicated paragraph): nearest old position.
      const pick = scored.filter((x) => best.ctx - x.ctx < CONTEXT_MARGIN).sort((x, y) => x.dist - y.dist)[0];
      candidates.push({ start: pick.h, end: pick.h + q.length, errors: 0, qlen: q.length, prefix: pick.prefix, suffix: pick.suffix, method: 'ambiguous',
        reason: `the quote appears ${hits.length} times with the same context; check which one is meant` });
    } else if (q.length >= SHORT_QUOTE) {
      candidates.push({ start: best.h, end: best.h + q.length, errors: 0, qlen: q.length, prefix: best.prefix, suffix: best.suffix, method: 'ambiguous',
        reason: hits.length === 1 ? 'the quote was found elsewhere, in a different context; check it is the same claim' : `the quote appears ${hits.length} times, none in its old context; check which one is meant` });
    }
    // A short quote found only out of its context is no candidate ("40%" elsewhere is another 40%).
  }

  // 4. Regions between the old prefix and suffix, and fuzzy matches.
  for (const { q } of targets) {
    if (q.length < MIN_FUZZY_LENGTH) continue;
    const fuzzyReason = (errors: number) => `the text changed outside the editor; found a similar passage (${errors} character edit${errors === 1 ? '' : 's'}): confirm or re-attach`;
    for (const r of contextBounded(text, a, q)) {
      const errors = editDistance(text.slice(r.start, r.end), q);
      const cs = contextScores(text, a, r.start, r.end);
      candidates.push({ ...r, errors, qlen: q.length, ...cs, method: 'fuzzy', reason: fuzzyReason(errors) });
    }
    const maxErrors = Math.min(Math.floor(q.length * MAX_FUZZY_ERROR_RATE), 256);
    for (const m of dedupe(search(text, q, maxErrors))) {
      const cs = contextScores(text, a, m.start, m.end);
      candidates.push({ start: m.start, end: m.end, errors: m.errors, qlen: q.length, ...cs, method: 'fuzzy', reason: fuzzyReason(m.errors) });
    }
  }
  const score = (c: Candidate) => (50 * (1 - c.errors / c.qlen) + 20 * c.prefix + 20 * c.suffix + 2 * (1 - Math.abs(c.start - a.start) / Math.max(text.length, 1))) / 92;
  const acceptable = (c: Candidate) => {
    const rate = c.errors / c.qlen;
    return rate <= MAX_FUZZY_ERROR_RATE && (rate <= FUZZY_NEEDS_CONTEXT_RATE || Math.max(c.prefix, c.suffix) >= 0.5);
  };
  let pick: Candidate | undefined, pickScore = -1;
  for (const c of candidates) {
    if (!acceptable(c)) continue;
    const sc = score(c);
    if (sc > pickScore + 1e-9 || (Math.abs(sc - pickScore) <= 1e-9 && pick && c.errors < pick.errors)) {
      pick = c;
      pickScore = sc;
    }
  }
  if (pick) {
    return {
      anchor: attach(a, text, textHash, pick.start, pick.end, 'needs-review', pick.reason),
      method: pick.method, errors: pick.errors, score: pickScore,
    };
  }
  // 5. Orphan: keep everything, clamp the last known position into the new text.
  const start = clamp(a.start, 0, text.length), end = clamp(a.end, start, text.length);
  const { current: _c, ...rest } = a;
  const orphan: Anchor = { ...rest, start, end, textSha256: textHash, state: 'orphan', reason: a.exact.length < SHORT_QUOTE
    ? 'the quote was not found in its context (short quotes need their context to match)'
    : 'the quote was not found in the text: re-attach it or delete the claim' };
  if (a.current !== undefined) orphan.current = a.current;
  return { anchor: orphan, method: 'not-found' };
}

/** Longest claim for which the prefix..suffix region is compared character by character. */
const MAX_BOUNDED_LENGTH = 2000;

/**
 * Regions that sit between an exact occurrence of the old prefix and the next exact occurrence of the
 * old suffix (both at least 8 units), of a plausible length: finds a claim edited in place even when
 * its old wording survives elsewhere in the text.
 */
function contextBounded(text: string, a: Anchor, q: string): { start: number; end: number }[] {
  if (a.prefix.length < 8 || a.suffix.length < 8 || q.length > MAX_BOUNDED_LENGTH) return [];
  const out: { start: number; end: number }[] = [];
  for (const p of allIndexesOf(text, a.prefix, 50)) {
    const start = p + a.prefix.length;
    const e = text.indexOf(a.suffix, start);
    if (e < 0) continue;
    const len = e - start;
    if (len >= q.length / 2 && len <= q.length * 2 + 16) out.push({ start, end: e });
  }
  return out;
}

/** For a short quote found at its old position, the context must not contradict (one side agrees). */
function positionContextOk(text: string, a: Anchor, start: number, end: number): boolean {
  const cs = contextScores(text, a, start, end);
  return Math.max(cs.prefix, cs.suffix) >= CONTEXT_CONFIRM;
}

/** approx-string-match reports overlapping matches (several ends for one start); keep the best of each cluster. */
function dedupe(ms: { start: number; end: number; errors: number }[]): { start: number; end: number; errors: number }[] {
  const sorted = ms.slice().sort((x, y) => x.start - y.start || x.errors - y.errors);
  const out: { start: number; end: number; errors: number }[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.errors < last.errors) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Re-anchors every anchor against `text` (hashing it once). */
export function reanchorAll(anchors: readonly Anchor[], text: string, hash: TextHasher): ReanchorResult[] {
  const h = hash(text);
  return anchors.map((a) => reanchor(a, text, h));
}

// ---------------------------------------------------------------------------------------------------
// Units

/** Converts a UTF-16 offset into a code-point offset (W3C selectors count code points). */
export function utf16ToCodePoints(text: string, offset: number): number {
  let cp = 0;
  const end = clamp(offset, 0, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      if (i + 1 >= end) break; // offset inside a pair: count the pair as not reached
      i++;
    }
    cp++;
  }
  return cp;
}
