// Document-level pass over the frames of every sentence: inherit subjects for participles and
// coordinated verbs, attach relays and media, fold "according to" into the frame it relays, keep only
// the outermost of nested attributions, and give every quote left over a frame: a continuation of
// the previous speaker (inferred) or an unattributed quote. Scare quotes and titles are left alone.
import type { Doc } from './document';
import type { SentenceCues } from '../cues/detect';
import { frameEnd, frameStart, newFrame, type Frame } from '../cues/frame';
import { tokenAtOrAfter } from './document';
import { splitCoordinated } from './coordination';
import { firstIndex } from '../spans';

export interface ResolveResult {
  frames: Frame[];
  /** Hearsay with no source ("previously reported"), for the unsourced-report rule. */
  reports: { start: number; end: number }[];
}

function cueSpan(doc: Doc, f: Frame): { start: number; end: number } | null {
  if (f.c0 >= f.c1) return null;
  const t = doc.paragraphs[f.p].tokens;
  return { start: t[f.c0].s, end: t[f.c1 - 1].e };
}

function inside(pos: number, f: Frame): boolean {
  for (const c of f.content) if (pos >= c.start && pos < c.end) return true;
  return false;
}

function overlaps(a: Frame, b: Frame): boolean {
  for (const x of a.content) for (const y of b.content) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

/** Words in a quote (a scare quote or a title has few). */
function quoteWords(doc: Doc, q: number): number {
  const Q = doc.quotes[q];
  let n = 0;
  for (let p = Q.p0; p <= Q.p1; p++) {
    const para = doc.paragraphs[p];
    const a = tokenAtOrAfter(para.tokens, Q.s);
    const b = tokenAtOrAfter(para.tokens, Q.e);
    n += para.wordPrefix[b] - para.wordPrefix[a];
  }
  return n;
}

/** Sentence index (in the paragraph) containing offset pos. */
function sentenceAt(para: Doc['paragraphs'][number], pos: number): number {
  const ss = para.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid].s <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Word tokens of the quote's sentence outside the quote. */
function wordsAroundQuote(doc: Doc, q: number): number {
  const Q = doc.quotes[q];
  const para = doc.paragraphs[Q.p0];
  if (!para.sentences.length) return 0;
  const s = para.sentences[sentenceAt(para, Q.s)];
  const a = tokenAtOrAfter(para.tokens, Q.s);
  const b = Q.p1 === Q.p0 ? tokenAtOrAfter(para.tokens, Q.e) : para.tokens.length;
  const w = para.wordPrefix;
  const before = w[Math.min(a, s.t1)] - w[s.t0];
  const after = b < s.t1 ? w[s.t1] - w[b] : 0;
  return Math.max(0, before) + after;
}

interface Interval {
  start: number;
  end: number;
  f: number;
}

/**
 * For each point, some frame (other than `self`) whose content contains it, or -1. Intervals are
 * sorted by start with a running maximum of ends, so a query is a binary search plus a short walk.
 */
class Containment {
  private iv: Interval[];
  private maxEnd: Int32Array;
  private argMax: Int32Array;
  constructor(frames: Frame[]) {
    this.iv = [];
    frames.forEach((f, i) => {
      for (const c of f.content) this.iv.push({ start: c.start, end: c.end, f: i });
    });
    this.iv.sort((a, b) => a.start - b.start);
    this.maxEnd = new Int32Array(this.iv.length);
    this.argMax = new Int32Array(this.iv.length);
    let m = -1;
    let am = -1;
    this.iv.forEach((x, k) => {
      if (x.end > m) {
        m = x.end;
        am = k;
      }
      this.maxEnd[k] = m;
      this.argMax[k] = am;
    });
  }
  find(pos: number, self: number, ok: (f: number) => boolean): number {
    const iv = this.iv;
    const lo = firstIndex(iv.length, (mid) => iv[mid].start <= pos);
    let k = lo - 1;
    for (let steps = 0; k >= 0 && steps < 64; k--, steps++) {
      if (this.maxEnd[k] <= pos) return -1;
      const x = iv[k];
      if (x.end > pos && x.f !== self && ok(x.f)) return x.f;
    }
    if (k >= 0 && this.maxEnd[k] > pos) {
      const x = iv[this.argMax[k]];
      if (x.f !== self && ok(x.f)) return x.f;
    }
    return -1;
  }
}

/**
 * Evaluation tooling: frames the document pass drops, with why ("no-source", "nested",
 * "overlap", "relayed"). Off (null) unless a tool sets it; the product never does.
 */
export const RESOLVE_TRACE: { fn: ((f: Frame, reason: string, by?: Frame) => void) | null } = { fn: null };

/**
 * One sentence's frames (document passes split into functions of their own: V8 compiles and, after a
 * deopt, recompiles each part alone instead of one large function).
 */
function resolveSentence(doc: Doc, p: number, sc: SentenceCues): void {
  const fs = sc.frames;
  // participles and coordinated verbs share the subject of the frame before them
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    if (f.src || !f.inherit) continue;
    // the nearest frame before it that is not itself inside another frame's content
    // ("X said he hasn't accepted ... since announcing his candidacy and suggested ...": X)
    for (let j = i - 1; j >= 0; j--) {
      const g = fs[j];
      if (!g.src || g.type === 'agentless') continue;
      const gc = cueSpan(doc, g);
      if (gc && fs.some((h) => h !== g && h !== f && inside(gc.start, h))) continue;
      f.src = g.src;
      break;
    }
    if (!f.src && f.subject) f.src = f.subject;
  }
  splitCoordinated(doc, fs);
  // relays ("quoted by X", "citing X") and media attach to the nearest frame
  for (let rIndex = 0; rIndex < sc.relays.length; rIndex++) {
    const r = sc.relays[rIndex];
    let best: Frame | null = null;
    const ok = (f: Frame) => !f.relay && f.type !== 'agentless' && f.c0 !== r.t0;
    for (const f of fs) if (f.c0 < r.t0 && ok(f)) best = f;
    if (!best) best = fs.find(ok) ?? null;
    if (best) best.relay = { p, np: r.np, relation: r.relation };
  }
  for (let mIndex = 0; mIndex < sc.media.length; mIndex++) {
    const m = sc.media[mIndex];
    let best: Frame | null = null;
    let dist = Infinity;
    for (const f of fs) {
      if (f.medium || f.type === 'agentless') continue;
      const d = Math.abs(f.c0 - m.t0);
      if (d < dist) {
        dist = d;
        best = f;
      }
    }
    if (best) best.medium = m.medium;
  }
  relayAccording(doc, p, fs);
}

/** "according to X" relaying a frame in its content: "Peskov told BBC, according to TASS". */
function relayAccording(doc: Doc, p: number, fs: Frame[]): void {
  for (let aIndex = 0; aIndex < fs.length; aIndex++) {
    const a = fs[aIndex];
    // (a poll is the source of what its respondents "said": "In a new poll, 38 percent said ...")
    if (a.type !== 'according' || !a.src || a.lemma === 'in') continue;
    for (let gIndex = 0; gIndex < fs.length; gIndex++) {
      const g = fs[gIndex];
      if (g === a || g.type === 'according' || !g.src) continue;
      // only reported speech is relayed ("X told Y, according to Z"); a belief or stance inside
      // the content stays inner, and the "according to" frame is the attribution
      if (!(g.how === 'quote' || g.how === 'clause' || g.how === 'before') || g.type !== 'verb') continue;
      const cs = cueSpan(doc, g);
      if (!cs) continue;
      const inA = inside(cs.start, a) || (a.quotes.length > 0 && g.quotes.some((q) => a.quotes.includes(q)));
      if (!inA) continue;
      if (!g.relay) g.relay = { p, np: a.src, relation: 'according_to' };
      // trim g's content before the "according to" clause
      const cut = doc.paragraphs[p].tokens[a.c0].s;
      // (a loop that pushes: packed arrays, as every frame's content is; see mkFrame)
      const trimmed: { start: number; end: number }[] = [];
      for (const c0 of g.content) {
        const c = c0.start < cut && c0.end > cut ? { start: c0.start, end: trimEnd(doc, c0.start, cut) } : c0;
        if (c.end <= cut || c.start >= cut) trimmed.push(c);
      }
      g.content = trimmed;
      if (!g.content.length) continue;
      a.conf = -1;
      RESOLVE_TRACE.fn?.(a, 'relayed', g);
    }
  }
}

/** Nesting: keep the outermost; a frame whose cue lies in another's content is inner. */
function dropNested(doc: Doc, all: Frame[]): Frame[] {
  // (an Int32Array, not all.map(): one elements kind whatever the frame count, so V8 keeps one map)
  const cueStart = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    cueStart[i] = f.c0 < f.c1 ? doc.paragraphs[f.p].tokens[f.c0].s : -1;
  }
  const drop = new Uint8Array(all.length);
  const cont = new Containment(all);
  for (let i = 0; i < all.length; i++) {
    const ci = cueStart[i];
    if (ci < 0) continue;
    const j = cont.find(ci, i, (j) => {
      // mutual nesting ("C1, X said, C2" inside each other): the more confident wins
      const cj = cueStart[j];
      return !(cj >= 0 && inside(cj, all[i]) && all[i].conf > all[j].conf);
    });
    if (j >= 0) {
      drop[i] = 1;
      RESOLVE_TRACE.fn?.(all[i], 'nested', all[j]);
    }
  }
  return all.filter((_, i) => !drop[i]);
}

export function resolveFrames(doc: Doc, cues: SentenceCues[][]): ResolveResult {
  const reports: { start: number; end: number }[] = [];
  let all: Frame[] = [];
  for (let p = 0; p < cues.length; p++) {
    for (let scIndex = 0; scIndex < cues[p].length; scIndex++) {
      const sc = cues[p][scIndex];
      for (let r = 0; r < sc.reports.length; r++) reports.push(sc.reports[r]);
      resolveSentence(doc, p, sc);
      const fs = sc.frames;
      for (let fIndex = 0; fIndex < fs.length; fIndex++) if (fs[fIndex].conf >= 0) all.push(fs[fIndex]);
    }
  }
  // frames without any source (that need one) are dropped
  if (RESOLVE_TRACE.fn) for (const f of all) if (!(f.src || f.type === 'agentless')) RESOLVE_TRACE.fn(f, 'no-source');
  all = all.filter((f) => f.src || f.type === 'agentless');
  all = dropNested(doc, all);
  // a cue inside another frame's source is part of how the source is described, not a report:
  // "“We lost,” said one voter who asked not to be named"
  all = dropCuesInSources(doc, all);
  // overlapping contents: the more confident frame keeps its content (one confidence level at a time)
  const kept = keepDisjoint(all);
  const extra = quoteFrames(doc, kept);
  const frames = sortByStart([...kept, ...extra]);
  return { frames, reports };
}

/**
 * Quotes no kept frame covers: continuations of the previous speaker (added to `kept` frames in
 * place, or new inferred frames) and unattributed quotes; returns the new frames.
 */
function quoteFrames(doc: Doc, kept: Frame[]): Frame[] {
  // quotes not covered: continuation of the previous speaker, or unattributed
  const covered = new Uint8Array(doc.quotes.length);
  const spans: { start: number; end: number }[] = [];
  for (let fIndex = 0; fIndex < kept.length; fIndex++) {
    const f = kept[fIndex];
    for (const q of f.quotes) covered[q] = 1;
    spans.push(...f.content);
  }
  // quotes fully inside any content span (kept contents do not overlap: one sweep)
  spans.sort((a, b) => a.start - b.start);
  for (let q = 0, k = 0; q < doc.quotes.length; q++) {
    const Q = doc.quotes[q];
    while (k < spans.length && spans[k].end < Q.e) k++;
    if (k < spans.length && spans[k].start <= Q.s && Q.e <= spans[k].end) covered[q] = 1;
  }
  const extra: Frame[] = [];
  let fi = 0;
  let prevQuoteFrame: Frame | null = null;
  for (let q = 0; q < doc.quotes.length; q++) {
    const Q = doc.quotes[q];
    while (fi < kept.length && frameStart(kept[fi]) < Q.s) {
      const f = kept[fi];
      if (f.src && (f.kind !== 'indirect' || (f.type === 'verb' && f.how === 'before'))) prevQuoteFrame = f;
      // (a participle sharing the speaker's subject does not interrupt: "“A,” said X, asking ... “B.”")
      else if (f.src && !f.inherit) prevQuoteFrame = null;
      fi++;
    }
    if (covered[q]) continue;
    const words = quoteWords(doc, q);
    const around = wordsAroundQuote(doc, q);
    if (words <= 4 && around >= 2) continue; // scare quote, title or term
    if (words < 3) continue;
    const para = doc.paragraphs[Q.p0];
    const si = para.sentences.length ? sentenceAt(para, Q.s) : 0;
    // (newFrame: every field, so this frame has the hidden class of the detected ones)
    const base: Frame = newFrame(Q.p0, Math.max(0, si), {
      c0: 0, c1: 0, src: null, content: [{ start: Q.s, end: Q.e }], quotes: [q],
      kind: 'direct', type: 'unattributed', lemma: '', before: false, inferred: false, conf: 0.3,
    });
    const prev: Frame | null = prevQuoteFrame;
    if (prev && prev.kind === 'indirect' && !(prev.p === Q.p0 && quoteOpensNextSentence(doc, prev, q))) {
      // an indirect report ("C, X said.") is continued only by a quote opening the next sentence
      extra.push(base);
      continue;
    }
    if (prev && frameEnd(prev) <= Q.s && lastParagraphOf(doc, prev) === Q.p0) {
      // same paragraph: the quote continues the speaker's quote, one attribution with another
      // content span (marked: it has no cue of its own)
      if (prev.kind === 'indirect') prev.kind = 'mixed';
      prev.content.push({ start: Q.s, end: Q.e });
      prev.quotes.push(q);
      (prev.continued ??= []).push({ start: Q.s, end: Q.e });
      continue;
    }
    const next = fi < kept.length ? kept[fi] : null;
    if (!(prev && lastParagraphOf(doc, prev) === Q.p0) && next && next.p === Q.p0 && Q.p1 === Q.p0 && next.src && next.kind === 'direct' && next.quotes.length && frameStart(next) > Q.e) {
      // "“A.” “B,” said X.": a cue-less quote before a speaker's quote in the same paragraph is theirs
      next.content.push({ start: Q.s, end: Q.e });
      next.content.sort((x, y) => x.start - y.start);
      next.quotes.push(q);
      (next.continued ??= []).push({ start: Q.s, end: Q.e });
      continue;
    }
    if (prev && Q.p0 - lastParagraphOf(doc, prev) === 1 && frameEnd(prev) <= Q.s && joinsNextParagraph(doc, prev, q)) {
      prev.content.push({ start: Q.s, end: Q.e });
      prev.quotes.push(q);
      (prev.continued ??= []).push({ start: Q.s, end: Q.e });
      continue;
    }
    if (prev && Q.p0 - lastParagraphOf(doc, prev) === 1 && frameEnd(prev) <= Q.s) {
      // a new paragraph with no cue: the speaker is inferred from the previous quote
      base.type = 'continuation';
      base.inferred = true;
      base.src = null;
      base.from = prev;
      prevQuoteFrame = prev;
    }
    extra.push(base);
  }
  return extra;
}

function dropCuesInSources(doc: Doc, frames: Frame[]): Frame[] {
  const srcs: { s: number; e: number }[] = [];
  for (let fIndex = 0; fIndex < frames.length; fIndex++) {
    const f = frames[fIndex];
    if (!f.src || f.src.t1 - f.src.t0 < 3) continue;
    const t = doc.paragraphs[f.p].tokens;
    srcs.push({ s: t[f.src.t0].s, e: t[f.src.t1 - 1].e });
  }
  if (!srcs.length) return frames;
  srcs.sort((a, b) => a.s - b.s);
  return frames.filter((f) => {
    const c = cueSpan(doc, f);
    if (!c) return true;
    // a non-restrictive relative clause is a report of its own: "Jane Doe, who said C, ..."
    if (f.src && f.src.shape === 'relative' && doc.paragraphs[f.p].tokens[f.src.t0 - 1]?.w === ',') return true;
    // sources are short and few: a binary search for the last source starting before the cue
    const lo = firstIndex(srcs.length, (mid) => srcs[mid].s <= c.start);
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      if (srcs[k].s <= c.start && c.end <= srcs[k].e) {
        RESOLVE_TRACE.fn?.(f, 'cue-in-source');
        return false;
      }
    }
    return true;
  });
}

/** The quote opens the sentence right after the frame's cue sentence ("C, X said. “Q.”"). */
function quoteOpensNextSentence(doc: Doc, prev: Frame, q: number): boolean {
  const Q = doc.quotes[q];
  const para = doc.paragraphs[Q.p0];
  if (!para.sentences.length) return false;
  const si = sentenceAt(para, Q.s);
  return si === prev.si + 1 && para.sentences[si].s === Q.s && frameEnd(prev) <= Q.s;
}

function joinsNextParagraph(doc: Doc, prev: Frame, q: number): boolean {
  const Q = doc.quotes[q];
  const para = doc.paragraphs[Q.p0];
  return !!para.tokens.length && para.tokens[0].s === Q.s;
}

function lastParagraphOf(doc: Doc, f: Frame): number {
  let p = f.p;
  const end = frameEnd(f);
  while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1].start < end) p++;
  return p;
}

/** Sorted, disjoint spans of the frames accepted so far. */
function overlapsAny(spans: { start: number; end: number }[], s: number, e: number): boolean {
  const lo = firstIndex(spans.length, (mid) => spans[mid].end <= s);
  return lo < spans.length && spans[lo].start < e;
}

/**
 * `fs` sorted in place by frameStart (stably, as Array.prototype.sort), each start computed once
 * rather than in every comparison (n log n of them on a long document).
 */
function sortByStart(fs: Frame[]): Frame[] {
  const keyed: { f: Frame; s: number }[] = [];
  for (let i = 0; i < fs.length; i++) keyed.push({ f: fs[i], s: frameStart(fs[i]) });
  keyed.sort((x, y) => x.s - y.s);
  for (let i = 0; i < fs.length; i++) fs[i] = keyed[i].f;
  return fs;
}

function keepDisjoint(frames: Frame[]): Frame[] {
  // the frames of each confidence level, in document order of the input (one pass, not one filter per level)
  const byLevel = new Map<number, Frame[]>();
  for (let fIndex = 0; fIndex < frames.length; fIndex++) {
    const f = frames[fIndex];
    const l = byLevel.get(f.conf);
    if (l) l.push(f);
    else byLevel.set(f.conf, [f]);
  }
  const levels = [...byLevel.keys()].sort((a, b) => b - a);
  let spans: { start: number; end: number }[] = [];
  const kept: Frame[] = [];
  for (let levelIndex = 0; levelIndex < levels.length; levelIndex++) {
    const level = levels[levelIndex];
    const batch = sortByStart(byLevel.get(level)!);
    const added: { start: number; end: number }[] = [];
    for (let fIndex = 0; fIndex < batch.length; fIndex++) {
      const f = batch[fIndex];
      if (f.content.some((c) => overlapsAny(spans, c.start, c.end) || overlapsAny(added, c.start, c.end))) {
        RESOLVE_TRACE.fn?.(f, 'overlap');
        continue;
      }
      kept.push(f);
      for (let cIndex = 0; cIndex < f.content.length; cIndex++) {
        const c = f.content[cIndex];
        // keep `added` sorted: contents of one frame may come in any order
        let k = added.length;
        while (k > 0 && added[k - 1].start > c.start) k--;
        added.splice(k, 0, { start: c.start, end: c.end });
      }
    }
    // merge the two sorted lists
    const merged: { start: number; end: number }[] = [];
    let i = 0;
    let j = 0;
    while (i < spans.length || j < added.length) {
      if (j >= added.length || (i < spans.length && spans[i].start <= added[j].start)) merged.push(spans[i++]);
      else merged.push(added[j++]);
    }
    spans = merged;
  }
  return sortByStart(kept);
}

function trimEnd(doc: Doc, start: number, cut: number): number {
  let e = cut;
  const text = doc.text;
  while (e > start && /[\s,;:—–-]/.test(text[e - 1])) e--;
  return e;
}
