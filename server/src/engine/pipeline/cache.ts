// Reuse between analyses of the same document (the language server re-analyses on every edit).
// What is cached is a pure function of its key, so an analysis with a cache equals one without
// (test/robust/incremental.test.ts checks it on random edit sequences):
//   - per paragraph: tokens, sentences, quote pairs and word counts, keyed by the paragraph's text
//     (they depend on nothing else: the characters around a paragraph are whitespace or the text's
//     ends), stored at the offset last seen and shifted in place when the paragraph has moved (a
//     text that occurs several times in one document has one copy per place, handed out in order);
//   - per paragraph, with it: the cues of its sentences (cues/detect.ts), kept with the paragraph's
//     quote context (cueContext below: the document quotes that touch the paragraph and the quote that
//     opens the next one, relative to the paragraph), reused when the context is the same and moved
//     to the paragraph's offset, index and quote numbering. detect.ts reads nothing else outside the
//     sentence's paragraph; if it ever does, that must join the context;
//   - per paragraph, with it (Paragraph.memo): the name mentions of entities/names.ts, offsets relative
//     to the paragraph; and its claims (claims.ts), reused while the paragraph's text as written and the
//     reported content, covered spans and cues in its sentences (relative to it) are the same;
//   - per statement: the check-worthiness score and the sweeping phrase of the claims pass, keyed by
//     the statement's text.
// The paragraphs are bounded (LRU); the statement results live while they are used (an entry not
// used by a whole completed analysis is dropped). The cache also carries the caller's "stop" check,
// polled between pieces of work, so a newer version of the document can abandon an analysis
// half-way (the paragraphs done so far stay cached for the next run).
import type { Lexicon } from '../lexicon/index';
import type { ParagraphQuotes } from '../quotes/spans';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Explained } from '../checkworthy/index';
import type { SentenceCues } from '../cues/detect';
import type { Doc, Paragraph, ParagraphMemo } from './document';
import { firstIndex } from '../spans';

/** A least-recently-used map with at most `max` entries. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(public max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * A map whose entries live while they are used: sweep() (at the end of an analysis) drops the entries
 * not read or written since the sweep before. One map, each entry stamped with the sweep period it was
 * last used in: a hit is one look-up (the statement keys are long strings, compared in full on a hit).
 */
export class GenerationMap<K, V> {
  private readonly map = new Map<K, { value: V; period: number }>();
  private period = 0;
  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.period = this.period;
    return e.value;
  }
  set(key: K, value: V): void {
    const e = this.map.get(key);
    if (e) {
      e.value = value;
      e.period = this.period;
    } else this.map.set(key, { value, period: this.period });
  }
  sweep(): void {
    for (const [k, e] of this.map) if (e.period !== this.period) this.map.delete(k);
    this.period++;
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

/** Results of the claims pass by statement text (see claims.ts). */
export interface ClaimMemo {
  explained: GenerationMap<string, Explained>;
  sweeping: GenerationMap<string, string | null>;
}

export interface ParagraphWork {
  /** The document offset the arrays below are at. */
  start: number;
  tokens: Token[];
  sentences: Sentence[];
  quotes: ParagraphQuotes;
  titleCase: boolean;
  /** wordPrefix[i] = number of word tokens in tokens[0, i). */
  wordPrefix: Int32Array;
  /** Later stages' per-paragraph results (see Paragraph.memo). */
  memo?: ParagraphMemo;
}

/** The copies of one paragraph text (one per place it had in the document), handed out in order. */
interface CachedText {
  copies: CachedParagraph[];
  /** The analysis `next` counts for. */
  run: number;
  /** Copies handed out so far in that analysis. */
  next: number;
}

interface CachedParagraph extends ParagraphWork {
  /** The paragraph's cues as detected at offset `at`, paragraph index `p`, first context quote `q0`. */
  cues?: { context: string; at: number; p: number; q0: number; value: SentenceCues[] };
}

/**
 * What cue detection reads outside the paragraph's text: the document quotes that touch the paragraph
 * (and those that start at the next paragraph's first token, "He said:" + a quote there), as offsets
 * relative to the paragraph; and the index of the first of them (frames name quotes by index).
 */
export function cueContext(doc: Doc, para: Paragraph): { context: string; q0: number } {
  const qs = doc.quotes;
  const next = doc.paragraphs[para.index + 1];
  const end = next && next.tokens.length ? next.tokens[0].e : para.end;
  // quotes are sorted and disjoint: the first one ending after the paragraph start, then on
  const lo = firstIndex(qs.length, (mid) => qs[mid].e <= para.start);
  let context = '';
  for (let q = lo; q < qs.length && qs[q].s < end; q++) context += `${qs[q].s - para.start},${qs[q].e - para.start},${qs[q].closed ? 1 : 0};`;
  return { context, q0: lo };
}

/** A plain { start, end } object. */
function isSpan(x: Record<string, unknown>): boolean {
  let n = 0;
  for (const k in x) {
    if ((k !== 'start' && k !== 'end') || typeof x[k] !== 'number') return false;
    n++;
  }
  return n === 2;
}

/**
 * A copy of detected cues moved to another place: offsets (`start`/`end` of spans) by `by`, paragraph
 * indexes (`p`) to `p`, quote numbers (`quotes`) by `dq`. The document passes change frames (source,
 * relay, medium, content, quotes, ...) and never noun phrases: everything is copied but noun phrases
 * (token indexes), which are shared. Objects shared in the original are shared in the copy
 * (coreference memoizes by noun phrase object).
 */
function moveCues(value: SentenceCues[], by: number, p: number, dq: number): SentenceCues[] {
  const seen = new Map<object, unknown>();
  const copy = (x: unknown, key: string): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    if (Array.isArray(x)) {
      if (key === 'quotes') return x.map((q: number) => q + dq);
      const out: unknown[] = new Array(x.length);
      for (let i = 0; i < x.length; i++) out[i] = copy(x[i], '');
      return out;
    }
    const src = x as Record<string, unknown>;
    // a noun phrase: token indexes, never changed
    if (typeof src.t0 === 'number' && typeof src.shape === 'string') return x;
    if (isSpan(src)) return { start: (src.start as number) + by, end: (src.end as number) + by };
    const done = seen.get(x);
    if (done !== undefined) return done;
    // a spread copy (same keys, same order, one allocation), then the offsets and nested objects
    const out: Record<string, unknown> = { ...src };
    seen.set(x, out);
    for (const k in src) {
      const v = src[k];
      if (typeof v === 'number') {
        if (k === 'start' || k === 'end') out[k] = v + by;
        else if (k === 'p') out[k] = p;
      } else if (typeof v === 'object' && v !== null) out[k] = copy(v, k);
    }
    return out;
  };
  const out: SentenceCues[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) out[i] = copy(value[i], '') as SentenceCues;
  return out;
}

/** Thrown (and caught by analyze's caller) when `shouldStop` says the analysis is no longer wanted. */
export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: a newer version of the document is waiting');
  }
}

export class EngineCache {
  /** Paragraph text -> its work at the offsets it was last seen (max: texts kept). */
  readonly paragraphs: Lru<string, CachedText>;
  /** Statement text -> check-worthiness and sweeping phrase (used while paragraphs.max > 0). */
  readonly claims: ClaimMemo = { explained: new GenerationMap(), sweeping: new GenerationMap() };
  /** The lexicon the paragraph work was done with (sentence splitting reads its abbreviations). */
  lexicon: Lexicon | undefined;
  /** Polled between pieces of work; true abandons the analysis (AnalysisStopped). */
  shouldStop: () => boolean = () => false;
  hits = 0;
  misses = 0;
  /** Analyses started with this cache (beginRun). */
  private run = 0;
  /** This analysis's paragraphs, by index: their cache entry. */
  private placed: CachedParagraph[] = [];

  constructor(maxParagraphs = 20_000) {
    this.paragraphs = new Lru(maxParagraphs);
  }

  checkStop(): void {
    if (this.shouldStop()) throw new AnalysisStopped();
  }

  /** An analysis starts (called by analyze()). */
  beginRun(): void {
    this.run++;
    this.placed = [];
  }

  /** An analysis completed (called by analyze()): statement results it did not use are dropped. */
  endRun(): void {
    if (this.paragraphs.max > 0) {
      this.claims.explained.sweep();
      this.claims.sweeping.sweep();
    } else {
      this.claims.explained.clear();
      this.claims.sweeping.clear();
    }
  }

  /** The memo for the claims pass, or undefined when this cache keeps nothing (paragraphs.max = 0). */
  claimMemo(): ClaimMemo | undefined {
    return this.paragraphs.max > 0 ? this.claims : undefined;
  }

  /** The paragraph text[start, end)'s work, from the cache (shifted to `start`) or from `compute`. */
  paragraph(text: string, start: number, end: number, lex: Lexicon, compute: () => Omit<ParagraphWork, 'start'>): ParagraphWork {
    if (this.lexicon !== lex) {
      this.paragraphs.clear();
      this.lexicon = lex;
    }
    const key = text.slice(start, end);
    let kept = this.paragraphs.get(key);
    if (kept && kept.run !== this.run) {
      // places the text no longer has (in the last analysis that reached it): their copies go
      if (kept.next > 0 && kept.next < kept.copies.length) kept.copies.length = kept.next;
      kept.run = this.run;
      kept.next = 0;
    }
    const hit = kept && kept.next < kept.copies.length ? kept.copies[kept.next++] : undefined;
    if (!hit) {
      // not cached, or the text has more places in this document than copies kept: a new copy
      this.misses++;
      const w = compute();
      const fresh: CachedParagraph = { start, ...w, memo: {} };
      if (!kept) this.paragraphs.set(key, (kept = { copies: [], run: this.run, next: 0 }));
      kept.copies.push(fresh);
      kept.next++;
      this.placed.push(fresh);
      return fresh;
    }
    this.hits++;
    this.placed.push(hit);
    if (hit.start !== start) {
      const by = start - hit.start;
      for (const t of hit.tokens) {
        t.s += by;
        t.e += by;
      }
      for (const s of hit.sentences) {
        s.s += by;
        s.e += by;
      }
      hit.start = start;
    }
    return hit;
  }

  /** The cues of paragraph `para` of this analysis when they were kept with the same quote context (a copy moved into place), else undefined. */
  cues(doc: Doc, para: Paragraph): SentenceCues[] | undefined {
    const kept = this.placed[para.index]?.cues;
    if (!kept) return undefined;
    const { context, q0 } = cueContext(doc, para);
    if (context !== kept.context) return undefined;
    return moveCues(kept.value, para.start - kept.at, para.index, q0 - kept.q0);
  }

  /** Keeps the cues just detected for paragraph `para` (a copy: the document passes change frames). */
  keepCues(doc: Doc, para: Paragraph, value: SentenceCues[]): void {
    const entry = this.placed[para.index];
    if (!entry || this.paragraphs.max === 0) return;
    const { context, q0 } = cueContext(doc, para);
    entry.cues = { context, at: para.start, p: para.index, q0, value: moveCues(value, 0, para.index, 0) };
  }
}
