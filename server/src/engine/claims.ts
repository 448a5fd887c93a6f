// Claims: check-worthy statements, scored by the check-worthiness scorer (checkworthy/).
//
// Every sentence is split into what the article says in its own voice and what it reports:
//   - each attribution's content in the sentence (joined when a cue interrupts it) is scored on its
//     own and, when check-worthy, becomes a claim linked to that attribution;
//   - the rest of the sentence (outside every content, cue and source span) is the article's own
//     voice: the whole sentence when no attribution touches it, else each uncovered part of at least
//     MIN_OWN_WORDS words. It is a claim when check-worthy, or when it makes a sweeping generalisation
//     ("nobody", "the rest of the world"; lexicon/data/claims.ts) that a reader would want sourced.
//     A part after a cue in the same sentence is still under that cue ("accused X of A, and B"): its
//     claim is linked to that attribution.
import { CLAIM_THRESHOLD, explainRange, explainShared, type Explained } from './checkworthy/index';
import { SWEEPING, SWEEPING_IDIOMS } from './lexicon/data/claims';
import type { Attribution, Claim, Span } from './types';
import type { ClaimMemo } from './pipeline/cache';
import { firstIndex, mergeSpans } from './spans';

/** Own-voice parts of an attributed sentence shorter than this are glue ("The Kremlin said"), not statements. */
export const MIN_OWN_WORDS = 5;
/** Attribution content shorter than this (in words) is not scored ("a big mistake"). */
const MIN_CONTENT_WORDS = 3;
const MIN_CHARS = 12;
/**
 * Without an analysis cache nothing is kept: an analysis scores each statement once, and a shared memo
 * would only cost hashing, evictions and old-generation garbage (the language server's analyses keep
 * their statements in their EngineCache).
 */
const NO_MEMO = { get: () => undefined, set: () => undefined };

let sweepingRe: RegExp | undefined;
let idiomRe: RegExp | undefined;

function phraseList(block: string): string[] {
  return block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function phraseRe(block: string, flags: string): RegExp {
  const phrases = phraseList(block);
  phrases.sort((a, b) => b.length - a.length);
  const esc = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}])(${esc.join('|')})(?![\\p{L}])`, flags);
}

// A cheap exact prefilter for the two phrase regexes (most statements contain no phrase at all).
// A phrase can only match where each of its words is a whole run of letters (the regexes ask for a
// non-letter before and after and white space between), case-insensitively. So one pass over the
// text that notes which phrase words occur as whole runs of ASCII letters (lower-cased, by a hash)
// proves that a phrase cannot match when one of its words is missing. Under the regexes' `iu` flags
// two non-ASCII letters also match ASCII ones (U+017F long s, U+212A Kelvin sign): a text with either
// is always given to the regexes. When the phrase data does not fit the prefilter (a word that is not
// a-z, two words with one hash) it is off and every text goes to the regexes.
interface PhraseFilter {
  /** Hash of a lower-case ASCII word -> its number. */
  ids: Map<number, number>;
  /** Per phrase, its words' numbers. */
  sweeping: number[][];
  idioms: number[][];
  /** seen[id] === stamp: the word occurs in the current text. */
  seen: Int32Array;
  stamp: number;
}
let filter: PhraseFilter | null | undefined;

/** FNV-1a of text[s, e) with ASCII letters lower-cased. */
function wordHash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h;
}

function makeFilter(): PhraseFilter | null {
  const ids = new Map<number, number>();
  const words = new Map<string, number>();
  const toIds = (p: string): number[] | null => {
    const out: number[] = [];
    for (const w of p.toLowerCase().split(' ')) {
      if (!/^[a-z]+$/.test(w)) return null;
      let id = words.get(w);
      if (id === undefined) {
        id = words.size;
        words.set(w, id);
        const h = wordHash(w, 0, w.length);
        if (ids.has(h)) return null;
        ids.set(h, id);
      }
      out.push(id);
    }
    return out;
  };
  const sweeping: number[][] = [];
  const idioms: number[][] = [];
  for (const p of phraseList(SWEEPING)) {
    const w = toIds(p);
    if (!w) return null;
    sweeping.push(w);
  }
  for (const p of phraseList(SWEEPING_IDIOMS)) {
    const w = toIds(p);
    if (!w) return null;
    idioms.push(w);
  }
  return { ids, sweeping, idioms, seen: new Int32Array(words.size), stamp: 0 };
}

/** Notes in `f.seen` the phrase words of `text`; false when a letter that matches ASCII case-insensitively (ſ, K) makes the notes unsafe. */
function noteWords(f: PhraseFilter, text: string, from: number, to: number): boolean {
  const stamp = ++f.stamp;
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const l = c | 0x20;
    if (l >= 0x61 && l <= 0x7a) {
      let h = 0x811c9dc5 | 0;
      for (; i < n; i++) {
        const d = text.charCodeAt(i) | 0x20;
        if (d < 0x61 || d > 0x7a) break;
        h = Math.imul(h ^ d, 0x01000193);
      }
      const id = f.ids.get(h);
      if (id !== undefined) f.seen[id] = stamp;
      continue;
    }
    if (c === 0x17f || c === 0x212a) return false;
    i++;
  }
  return true;
}

/** Some phrase of `list` has all its words noted for the current text. */
function anyPhraseNoted(f: PhraseFilter, list: number[][]): boolean {
  const { seen, stamp } = f;
  outer: for (const w of list) {
    for (const id of w) if (seen[id] !== stamp) continue outer;
    return true;
  }
  return false;
}

/** The first sweeping-generalisation phrase in `text` (lowercased), or null. Idioms ("for the most part") do not count. */
export function sweepingPhrase(text: string): string | null {
  return sweepingPhraseIn(text, 0, text.length);
}

/** sweepingPhrase(text.slice(from, to)), sliced only when the prefilter cannot rule a phrase out. */
function sweepingPhraseIn(text: string, from: number, to: number): string | null {
  sweepingRe ??= phraseRe(SWEEPING, 'iu');
  idiomRe ??= phraseRe(SWEEPING_IDIOMS, 'giu');
  if (filter === undefined) filter = makeFilter();
  let plain: string;
  if (filter && noteWords(filter, text, from, to)) {
    // Blanking idioms turns whole letter runs into spaces and makes no new one: when the text lacks a
    // word of every sweeping phrase, so does the blanked text, and nothing can match.
    if (!anyPhraseNoted(filter, filter.sweeping)) return null;
    plain = from === 0 && to === text.length ? text : text.slice(from, to);
    if (anyPhraseNoted(filter, filter.idioms)) plain = plain.replace(idiomRe, (m) => ' '.repeat(m.length));
  } else {
    plain = (from === 0 && to === text.length ? text : text.slice(from, to)).replace(idiomRe, (m) => ' '.repeat(m.length));
  }
  const m = sweepingRe.exec(plain);
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : null;
}

/** Words (letter or digit runs) in a text. */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/** countWords(text.slice(from, to)), counted in place. */
function countWordsIn(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0xbf;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

const EDGE = /[\s,;:.!?"“”'‘’«»()\u2014\u2013-]/;

/** EDGE per UTF-16 code unit, filled on first use: 0 = not yet known, 1 = no, 2 = yes. */
const EDGE_UNIT = new Uint8Array(0x10000);
function isEdge(c: number): boolean {
  let k = EDGE_UNIT[c];
  if (k === 0) EDGE_UNIT[c] = k = EDGE.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** The first offset in [start, end) that is not an edge character (whitespace, punctuation, quote mark), else end. */
function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isEdge(text.charCodeAt(start))) start++;
  return start;
}

/** The offset after the last character in [start, end) that is not an edge character, else start. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The span without surrounding whitespace, punctuation and quote marks. */
export function trimSpan(text: string, s: Span): Span {
  const start = trimmedStart(text, s.start, s.end);
  return { start, end: trimmedEnd(text, start, s.end) };
}

/** Index of the first span in a sorted list that ends after `pos`. */
function firstEndingAfter(spans: { end: number }[], pos: number): number {
  const lo = firstIndex(spans.length, (mid) => spans[mid].end <= pos);
  return lo;
}

/** The attribution of the last cue starting in [from, to), or undefined (cues sorted by start). */
function lastCueIn(cues: { start: number; id: string }[], from: number, to: number): string | undefined {
  const lo = firstIndex(cues.length, (mid) => cues[mid].start < to);
  return lo > 0 && cues[lo - 1].start >= from ? cues[lo - 1].id : undefined;
}

/** A claim for `span`, scored on `statement` (the span's text, or content pieces joined), or null. */
function claimFor(span: Span, statement: string, extra: Partial<Claim>, sweeping: string | null, memo: ClaimMemo | undefined): Claim | null {
  // the shared result: below the threshold (about half the statements) nothing is copied
  return claimOf(span, explainShared(statement, memo ? memo.explained : NO_MEMO), extra, sweeping);
}

/** A claim for `span` with the scorer's result `r`, or null. */
function claimOf(span: Span, r: Readonly<Explained>, extra: Partial<Claim>, sweeping: string | null): Claim | null {
  if (r.score < CLAIM_THRESHOLD && !sweeping) return null;
  const claim: Claim = { start: span.start, end: span.end, score: r.score, checkable: r.checkable, features: [...r.features], ...extra };
  claim.reasons = r.contributions.map((c) => ({ feature: c.id, evidence: c.evidence, weight: c.weight * c.value }));
  if (!r.checkable) {
    const fired = (id: string) => r.contributions.some((c) => c.id === id);
    claim.uncheckable = fired('question') ? 'question' : fired('prediction') && !fired('past') ? 'prediction' : 'opinion';
  }
  if (sweeping) claim.sweeping = sweeping;
  return claim;
}

/** What the claims of a sentence are computed from: the document's contents, cover and cues, sorted. */
interface ClaimContext {
  text: string;
  contents: { start: number; end: number; id: string }[];
  cover: Span[];
  cues: { start: number; id: string }[];
  memo: ClaimMemo | undefined;
}

/** A paragraph (text[start, end)), its sentences (sentences[s0, s1)) and its memo (Paragraph.memo), for reuse between analyses. */
export interface ClaimParagraph {
  start: number;
  end: number;
  s0: number;
  s1: number;
  memo?: Record<string, unknown>;
}

/** Claims of a paragraph kept with it: valid while its signature (what they were computed from) is the same. */
interface KeptClaims {
  sig: string;
  /** The paragraph's text as written (the memo is kept by the text the engine reads, where URLs and markup are blanked). */
  text: string;
  /** Offsets relative to the paragraph; `attribution` is a local number (index into the ids of the run that uses them). */
  claims: Claim[];
}

/**
 * An empty array that V8 keeps with object elements. An empty literal starts with small-integer
 * elements and changes map on its first push, so an array of spans that is empty for some documents
 * shows the optimized claim code a second map, and it deopts ("wrong map"). Made once per analysis.
 */
function objectArray<T>(): T[] {
  const a: (T | null)[] = [null];
  a.pop();
  return a as T[];
}
/** No covered spans (object elements, see objectArray; never changed). */
const NO_SPANS: Span[] = objectArray();

/**
 * `quotes`: quotes nobody is said to have said (Analysis.unattributedQuotes): not the article's own voice either.
 * `memo`: statement results kept between analyses of one document (EngineCache); the claims are the same without it.
 * `paragraphs`: the sentences by paragraph, with the paragraph's memo (EngineCache): a paragraph whose
 * sentences, reported content, covered spans and cues (relative to it) are as in the last analysis
 * reuses its claims.
 */
export function findClaims(text: string, sentences: Span[], attributions: Attribution[], quotes: Span[] = [], memo?: ClaimMemo, paragraphs?: ClaimParagraph[]): Claim[] {
  const out: Claim[] = [];
  // content spans with their attribution, and everything an attribution covers, sorted
  const contents: { start: number; end: number; id: string }[] = objectArray();
  const covered: Span[] = [];
  for (let aIndex = 0; aIndex < attributions.length; aIndex++) {
    const a = attributions[aIndex];
    for (let cIndex = 0; cIndex < a.content.length; cIndex++) {
      const c = a.content[cIndex];
      contents.push({ start: c.start, end: c.end, id: a.id });
      covered.push(c);
    }
    if (a.cue) covered.push(a.cue);
    if (a.source) covered.push(a.source);
  }
  for (const q of quotes) covered.push(q);
  contents.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = mergeSpans(covered);
  const cover = merged.length ? merged : NO_SPANS;
  const cues: { start: number; id: string }[] = objectArray();
  for (let aIndex = 0; aIndex < attributions.length; aIndex++) {
    const a = attributions[aIndex];
    if (a.cue) cues.push({ start: a.cue.start, id: a.id });
  }
  cues.sort((x, y) => x.start - y.start);
  const ctx: ClaimContext = { text, contents, cover, cues, memo };
  if (!paragraphs) {
    for (let sIndex = 0; sIndex < sentences.length; sIndex++) sentenceClaims(sentences[sIndex], ctx, out);
  } else {
    for (let pIndex = 0; pIndex < paragraphs.length; pIndex++) paragraphClaims(paragraphs[pIndex], sentences, ctx, out);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * The claims of one paragraph's sentences into `out`: the kept ones when its signature is unchanged,
 * else computed (and kept, when the paragraph has a memo).
 */
function paragraphClaims(para: ClaimParagraph, sentences: Span[], ctx: ClaimContext, out: Claim[]): void {
  if (!para.memo) {
    for (let k = para.s0; k < para.s1; k++) sentenceClaims(sentences[k], ctx, out);
    return;
  }
  const base = para.start;
  // the signature: per sentence, its span, the reported content in it (clipped) with a local number
  // per attribution, the covered spans in it (clipped) and the cues starting in it, all relative
  const ids: string[] = [];
  const local = new Map<string, number>();
  const num = (id: string) => {
    let n = local.get(id);
    if (n === undefined) {
      local.set(id, (n = ids.length));
      ids.push(id);
    }
    return n;
  };
  let sig = '';
  const { contents, cover, cues } = ctx;
  for (let k = para.s0; k < para.s1; k++) {
    const s = sentences[k];
    sig += `${s.start - base},${s.end - base}:`;
    for (let j = firstEndingAfter(contents, s.start); j < contents.length && contents[j].start < s.end; j++) {
      const c = contents[j];
      if (c.end <= s.start) continue;
      sig += `${Math.max(s.start, c.start) - base}-${Math.min(s.end, c.end) - base}@${num(c.id)} `;
    }
    sig += '|';
    for (let j = firstEndingAfter(cover, s.start); j < cover.length && cover[j].start < s.end; j++) sig += `${Math.max(s.start, cover[j].start) - base}-${Math.min(s.end, cover[j].end) - base} `;
    sig += '|';
    for (let j = firstStartingAt(cues, s.start); j < cues.length && cues[j].start < s.end; j++) sig += `${cues[j].start - base}@${num(cues[j].id)} `;
    sig += ';';
  }
  const kept = para.memo.claims as KeptClaims | undefined;
  if (kept && kept.sig === sig && sameText(kept.text, ctx.text, base)) {
    for (let k = 0; k < kept.claims.length; k++) out.push(placeClaim(kept.claims[k], base, ids));
    return;
  }
  const from = out.length;
  for (let k = para.s0; k < para.s1; k++) sentenceClaims(sentences[k], ctx, out);
  const rel: Claim[] = [];
  for (let k = from; k < out.length; k++) {
    const c = copyClaim(out[k]);
    c.start -= base;
    c.end -= base;
    if (c.attribution !== undefined) c.attribution = String(local.get(c.attribution));
    rel.push(c);
  }
  const value: KeptClaims = { sig, text: ctx.text.slice(base, para.end), claims: rel };
  para.memo.claims = value;
}

/** A kept claim moved to the paragraph at `base`, its local attribution number mapped to this run's id. */
function placeClaim(c: Claim, base: number, ids: string[]): Claim {
  const out = copyClaim(c);
  out.start += base;
  out.end += base;
  if (out.attribution !== undefined) out.attribution = ids[Number(out.attribution)];
  return out;
}

/** A claim with its own arrays and reason objects (same keys in the same order). */
function copyClaim(c: Claim): Claim {
  const out: Claim = { ...c, features: [...c.features] };
  if (c.reasons) out.reasons = c.reasons.map((r) => ({ ...r }));
  return out;
}

/** text[at, at + kept.length) is `kept` (compared in place: no slice). */
function sameText(kept: string, text: string, at: number): boolean {
  if (at + kept.length > text.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** Index of the first cue starting at or after `pos` (cues sorted by start). */
function firstStartingAt(cues: { start: number }[], pos: number): number {
  const lo = firstIndex(cues.length, (mid) => cues[mid].start < pos);
  return lo;
}

/** The claims of sentence `s` into `out`. */
function sentenceClaims(s: Span, ctx: ClaimContext, out: Claim[]): void {
  if (s.end - s.start < MIN_CHARS) return;
  // 1. reported content, per attribution
  reportedClaims(s, ctx, out);
  // 2. the article's own voice: each part of the sentence outside the covered spans
  // (walked in place: no arrays of parts, so nothing to allocate for the usual uncovered sentence)
  const cover = ctx.cover;
  let j = firstEndingAfter(cover, s.start);
  const whole = !(j < cover.length && cover[j].start < s.end);
  let pos = s.start;
  for (;;) {
    const more = j < cover.length && cover[j].start < s.end;
    const partEnd = more ? cover[j].start : s.end;
    if (partEnd > pos) ownVoiceClaim(s, pos, partEnd, whole, ctx, out);
    if (!more) break;
    pos = Math.max(pos, cover[j].end);
    j++;
  }
}

/** The claims of the reported content in sentence `s` (one per attribution) into `out`. */
function reportedClaims(s: Span, ctx: ClaimContext, out: Claim[]): void {
  const { text, contents, memo } = ctx;
  // (most sentences have no reported content: the map is made only when there is some)
  let byAttribution: Map<string, Span[]> | undefined;
  for (let j = firstEndingAfter(contents, s.start); j < contents.length && contents[j].start < s.end; j++) {
    const c = contents[j];
    if (c.end <= s.start) continue; // contents sorted by start: a long earlier span may end later
    const piece = trimSpan(text, { start: Math.max(s.start, c.start), end: Math.min(s.end, c.end) });
    if (piece.end <= piece.start) continue;
    byAttribution ??= new Map();
    let l = byAttribution.get(c.id);
    if (!l) byAttribution.set(c.id, (l = []));
    l.push(piece);
  }
  if (byAttribution) for (const [id, pieces] of byAttribution) {
    // scored as written, without a cue that interrupts it; the span is the whole extent
    const joined = pieces.map((p) => text.slice(p.start, p.end)).join(' ');
    if (countWords(joined) < MIN_CONTENT_WORDS) continue;
    const claim = claimFor({ start: pieces[0].start, end: pieces[pieces.length - 1].end }, joined, { attribution: id }, null, memo);
    if (claim) out.push(claim);
  }
}

/** The claim of the own-voice part text[from, to) of sentence `s` (`whole`: the part is the whole sentence) into `out`. */
function ownVoiceClaim(s: Span, from: number, to: number, whole: boolean, ctx: ClaimContext, out: Claim[]): void {
  const { text, cues, memo } = ctx;
  const start = trimmedStart(text, from, to);
  const end = trimmedEnd(text, start, to);
  if (end - start < MIN_CHARS) return;
  const nw = countWordsIn(text, start, end);
  if (!whole && nw < MIN_OWN_WORDS) return;
  // what follows a cue in the same sentence is still under its scope ("accused X of A, and B")
  const under = lastCueIn(cues, s.start, start);
  const extra = under ? { attribution: under } : {};
  const span = whole ? s : { start, end };
  if (!memo) {
    // no analysis cache: the statement is read in place, nothing is sliced or kept
    const sw = nw >= MIN_OWN_WORDS && !under ? sweepingPhraseIn(text, start, end) : null;
    const claim = claimOf(span, explainRange(text, span.start, span.end), extra, sw);
    if (claim) out.push(claim);
    return;
  }
  const t = text.slice(start, end);
  let sw: string | null = null;
  if (nw >= MIN_OWN_WORDS && !under) {
    const known = memo.sweeping.get(t);
    if (known !== undefined) sw = known;
    else {
      sw = sweepingPhrase(t);
      memo.sweeping.set(t, sw);
    }
  }
  const claim = claimFor(span, whole ? text.slice(s.start, s.end) : t, extra, sw, memo);
  if (claim) out.push(claim);
}
