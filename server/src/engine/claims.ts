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
import { CLAIM_THRESHOLD, explainShared } from './checkworthy/index';
import { SWEEPING, SWEEPING_IDIOMS } from './lexicon/data/claims';
import type { Attribution, Claim, Span } from './types';
import type { ClaimMemo } from './pipeline/cache';

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

function phraseRe(block: string, flags: string): RegExp {
  const phrases = block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  phrases.sort((a, b) => b.length - a.length);
  const esc = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}])(${esc.join('|')})(?![\\p{L}])`, flags);
}

/** The first sweeping-generalisation phrase in `text` (lowercased), or null. Idioms ("for the most part") do not count. */
export function sweepingPhrase(text: string): string | null {
  sweepingRe ??= phraseRe(SWEEPING, 'iu');
  idiomRe ??= phraseRe(SWEEPING_IDIOMS, 'giu');
  const plain = text.replace(idiomRe, (m) => ' '.repeat(m.length));
  const m = sweepingRe.exec(plain);
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : null;
}

/** Words (letter or digit runs) in a text. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0xbf;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

const EDGE = /[\s,;:.!?"“”'‘’«»()\u2014\u2013-]/;

/** The span without surrounding whitespace, punctuation and quote marks. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let sIndex = 0; sIndex < sorted.length; sIndex++) {
    const s = sorted[sIndex];
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Index of the first span in a sorted list that ends after `pos`. */
function firstEndingAfter(spans: { end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The attribution of the last cue starting in [from, to), or undefined (cues sorted by start). */
function lastCueIn(cues: { start: number; id: string }[], from: number, to: number): string | undefined {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && cues[lo - 1].start >= from ? cues[lo - 1].id : undefined;
}

/** A claim for `span`, scored on `statement` (the span's text, or content pieces joined), or null. */
function claimFor(span: Span, statement: string, extra: Partial<Claim>, sweeping: string | null, memo: ClaimMemo | undefined): Claim | null {
  // the shared result: below the threshold (about half the statements) nothing is copied
  const r = explainShared(statement, memo ? memo.explained : NO_MEMO);
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

/**
 * `quotes`: quotes nobody is said to have said (Analysis.unattributedQuotes): not the article's own voice either.
 * `memo`: statement results kept between analyses of one document (EngineCache); the claims are the same without it.
 */
export function findClaims(text: string, sentences: Span[], attributions: Attribution[], quotes: Span[] = [], memo?: ClaimMemo): Claim[] {
  const out: Claim[] = [];
  // content spans with their attribution, and everything an attribution covers, sorted
  const contents: { start: number; end: number; id: string }[] = [];
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
  const cover = mergeSpans(covered);
  const cues = attributions.filter((a) => a.cue).map((a) => ({ start: a.cue!.start, id: a.id })).sort((x, y) => x.start - y.start);
  for (let sIndex = 0; sIndex < sentences.length; sIndex++) {
    const s = sentences[sIndex];
    if (s.end - s.start < MIN_CHARS) continue;
    // 1. reported content, per attribution
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
    // 2. the article's own voice
    const inside: Span[] = [];
    for (let j = firstEndingAfter(cover, s.start); j < cover.length && cover[j].start < s.end; j++) inside.push(cover[j]);
    const parts: Span[] = [];
    let pos = s.start;
    for (let cIndex = 0; cIndex < inside.length; cIndex++) {
      const c = inside[cIndex];
      if (c.start > pos) parts.push({ start: pos, end: c.start });
      pos = Math.max(pos, c.end);
    }
    if (pos < s.end) parts.push({ start: pos, end: s.end });
    const whole = inside.length === 0;
    for (let p0Index = 0; p0Index < parts.length; p0Index++) {
      const p0 = parts[p0Index];
      const p = trimSpan(text, p0);
      if (p.end - p.start < MIN_CHARS) continue;
      const t = text.slice(p.start, p.end);
      const nw = countWords(t);
      if (!whole && nw < MIN_OWN_WORDS) continue;
      // what follows a cue in the same sentence is still under its scope ("accused X of A, and B")
      const under = lastCueIn(cues, s.start, p.start);
      let sw: string | null = null;
      if (nw >= MIN_OWN_WORDS && !under) {
        const known = memo?.sweeping.get(t);
        if (known !== undefined) sw = known;
        else {
          sw = sweepingPhrase(t);
          memo?.sweeping.set(t, sw);
        }
      }
      const span = whole ? s : p;
      const claim = claimFor(span, text.slice(span.start, span.end), under ? { attribution: under } : {}, sw, memo);
      if (claim) out.push(claim);
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
