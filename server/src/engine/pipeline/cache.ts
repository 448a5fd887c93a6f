// Reuse between analyses of the same document (the language server re-analyses on every edit).
// What is cached is a pure function of its key, so an analysis with a cache equals one without
// (test/robust/incremental.test.ts checks it on random edit sequences):
//   - per paragraph: tokens, sentences, quote pairs and word counts, keyed by the paragraph's text
//     (they depend on nothing else: the characters around a paragraph are whitespace or the text's
//     ends), stored at the offset last seen and shifted in place when the paragraph has moved (a
//     text that occurs twice in one document gets a fresh copy for its second place);
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
 * not read or written since the sweep before.
 */
export class GenerationMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  get(key: K): V | undefined {
    let v = this.current.get(key);
    if (v === undefined && (v = this.previous.get(key)) !== undefined) {
      this.previous.delete(key);
      this.current.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.current.set(key, value);
  }
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }
  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
  get size(): number {
    return this.current.size + this.previous.size;
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
}

interface CachedParagraph extends ParagraphWork {
  /** The analysis that last handed this work out. */
  run: number;
}

/** Thrown (and caught by analyze's caller) when `shouldStop` says the analysis is no longer wanted. */
export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: a newer version of the document is waiting');
  }
}

export class EngineCache {
  /** Paragraph text -> its work at the offset it was last seen. */
  readonly paragraphs: Lru<string, CachedParagraph>;
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

  constructor(maxParagraphs = 20_000) {
    this.paragraphs = new Lru(maxParagraphs);
  }

  checkStop(): void {
    if (this.shouldStop()) throw new AnalysisStopped();
  }

  /** An analysis starts (called by analyze()). */
  beginRun(): void {
    this.run++;
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
    const hit = this.paragraphs.get(key);
    if (!hit || hit.run === this.run) {
      // not cached, or the same text already placed elsewhere in this document: its own copy
      this.misses++;
      const w = compute();
      const fresh: CachedParagraph = { start, ...w, run: this.run };
      if (!hit) this.paragraphs.set(key, fresh);
      return fresh;
    }
    this.hits++;
    hit.run = this.run;
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
}
