// Reuse between analyses of the same document (the language server re-analyses on every edit).
// What is cached is a pure function of its key, so an analysis with a cache equals one without
// (test/robust/incremental.test.ts checks it on random edit sequences):
//   - per paragraph: tokens, sentences and quote pairs, keyed by the paragraph's text (they depend on
//     nothing else: the characters around a paragraph are whitespace or the text's ends), stored at the
//     offset last seen and shifted when the paragraph has moved;
//   - (in checkworthy/index.ts, for every caller) the check-worthiness of a statement, keyed by its text.
// Both are bounded (LRU). The cache also carries the caller's "stop" check, polled between pieces of
// work, so a newer version of the document can abandon an analysis half-way (the paragraphs done so
// far stay cached for the next run).
import type { Lexicon } from '../lexicon/index';
import type { ParagraphQuotes } from '../quotes/spans';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';

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

export interface ParagraphWork {
  /** The document offset the arrays below are at. */
  start: number;
  tokens: Token[];
  sentences: Sentence[];
  quotes: ParagraphQuotes;
  titleCase: boolean;
}

/** Thrown (and caught by analyze's caller) when `shouldStop` says the analysis is no longer wanted. */
export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: a newer version of the document is waiting');
  }
}

export class EngineCache {
  /** Paragraph text -> its work at the offset it was last seen. */
  readonly paragraphs: Lru<string, ParagraphWork>;
  /** The lexicon the paragraph work was done with (sentence splitting reads its abbreviations). */
  lexicon: Lexicon | undefined;
  /** Polled between pieces of work; true abandons the analysis (AnalysisStopped). */
  shouldStop: () => boolean = () => false;
  hits = 0;
  misses = 0;

  constructor(maxParagraphs = 20_000) {
    this.paragraphs = new Lru(maxParagraphs);
  }

  checkStop(): void {
    if (this.shouldStop()) throw new AnalysisStopped();
  }

  /** The paragraph text[start, end)'s work, from the cache (shifted to `start`) or from `compute`. */
  paragraph(text: string, start: number, end: number, lex: Lexicon, compute: () => Omit<ParagraphWork, 'start'>): Omit<ParagraphWork, 'start'> {
    if (this.lexicon !== lex) {
      this.paragraphs.clear();
      this.lexicon = lex;
    }
    const key = text.slice(start, end);
    const hit = this.paragraphs.get(key);
    if (!hit) {
      this.misses++;
      const w = compute();
      this.paragraphs.set(key, { start, ...w });
      return w;
    }
    this.hits++;
    if (hit.start !== start) {
      const by = start - hit.start;
      hit.tokens = hit.tokens.map((t) => ({ ...t, s: t.s + by, e: t.e + by }));
      hit.sentences = hit.sentences.map((s) => ({ ...s, s: s.s + by, e: s.e + by }));
      hit.start = start;
    }
    return { tokens: hit.tokens, sentences: hit.sentences, quotes: hit.quotes, titleCase: hit.titleCase };
  }
}
