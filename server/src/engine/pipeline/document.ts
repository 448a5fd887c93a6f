// The document model the stages share: paragraphs with their tokens and sentences (per-paragraph
// work, a pure function of the paragraph's text up to an offset shift) and the document's quote spans
// (the one cross-paragraph pass over tokens).
import type { Lexicon } from '../lexicon/index';
import type { EngineCache } from './cache';
import { joinQuotes, pairQuotes, type ParagraphQuotes, type QuoteSpan } from '../quotes/spans';
import { splitParagraphs } from '../text/paragraphs';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { firstIndex } from '../spans';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  sentences: Sentence[];
  quotes: ParagraphQuotes;
  /** For each token, the index of the document quote containing it (marks included), or -1. */
  qid: Int32Array;
  /** Title Case line (a headline): capitalised cue words count. */
  titleCase: boolean;
  /** wordPrefix[i] = number of word tokens in tokens[0, i). */
  wordPrefix: Int32Array;
  /**
   * With an EngineCache: results of later stages that are a pure function of the paragraph's text,
   * kept with its cached work (offsets in them relative to the paragraph start). Undefined otherwise.
   */
  memo?: ParagraphMemo;
}

/** Per-paragraph results of later stages, by stage (entities/names.ts: `names`). */
export type ParagraphMemo = Record<string, unknown>;

export interface Doc {
  /** The masked text (same length as the input). */
  text: string;
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
}

function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.k !== 1 /* Word */ || t.w.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/**
 * Int32Arrays handed out as views of a few large buffers. For V8's sake: a one-string document has
 * thousands of paragraphs, and two small typed arrays each (qid, wordPrefix) that live until the
 * analysis ends, each with an ArrayBuffer and a malloc'd store of its own that every scavenge must
 * track and promote; views of one buffer share it. Only for one analysis (not for paragraphs an
 * EngineCache keeps: a kept view would pin its whole buffer).
 */
class IntPool {
  private buf = new Int32Array(0);
  private used = 0;

  /** `chunk`: entries per buffer (a larger request gets a buffer of its own size). */
  constructor(private readonly chunk: number) {}

  take(n: number): Int32Array {
    if (this.used + n > this.buf.length) {
      this.buf = new Int32Array(Math.max(n, this.chunk));
      this.used = 0;
    }
    const v = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return v;
  }
}

/**
 * Tokens, sentences, quote pairs and word counts of one paragraph (offsets are document offsets).
 * `pool`: where wordPrefix comes from (else its own array).
 */
export function analyzeParagraph(text: string, start: number, end: number, lex: Lexicon, pool?: IntPool) {
  const tokens = tokenize(text, start, end);
  const sentences = splitSentences(tokens, lex.abbreviations, (w) => {
    const v = lex.verbs.get(w);
    return !!v && (v.frames & 2) !== 0 && v.form !== 'ing'; // F.BEFORE: "..., she said"
  });
  const quotes = pairQuotes(tokens);
  const wordPrefix = pool ? pool.take(tokens.length + 1) : new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) wordPrefix[i + 1] = wordPrefix[i] + (tokens[i].k === 1 /* Word */ ? 1 : 0);
  return { tokens, sentences, quotes, titleCase: isTitleCase(tokens), wordPrefix };
}

export function buildDoc(text: string, markdown: boolean, lex: Lexicon, cache?: EngineCache): Doc {
  const spans = splitParagraphs(text, markdown);
  // (two entries a token and one a paragraph: about 0.4 per character of prose; buffers of at most 64K
  // entries, so an article gets one small buffer and a long document a few large ones)
  const pool = cache ? undefined : new IntPool(Math.min(1 << 16, (text.length >> 1) + 64));
  // (loops that push, not .map(): optimised map() makes holey arrays, the interpreter packed ones, and
  // the document's arrays of both kinds deoptimise the stages that index them)
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < spans.length; index++) {
    const sp = spans[index];
    if (cache && index % 64 === 63) cache.checkStop();
    const p = cache ? cache.paragraph(text, sp.start, sp.end, lex, () => analyzeParagraph(text, sp.start, sp.end, lex)) : analyzeParagraph(text, sp.start, sp.end, lex, pool);
    const qid = pool ? pool.take(p.tokens.length) : new Int32Array(p.tokens.length);
    qid.fill(-1);
    paragraphs.push({
      index, start: sp.start, end: sp.end, tokens: p.tokens, sentences: p.sentences, quotes: p.quotes, titleCase: p.titleCase,
      qid, wordPrefix: p.wordPrefix, memo: cache ? (p as { memo?: ParagraphMemo }).memo : undefined,
    });
  }
  const joined = [];
  for (const p of paragraphs) {
    joined.push({
      tokens: p.tokens,
      quotes: p.quotes,
      start: p.start,
      end: p.end,
      base: 0,
      endsWithColon: p.tokens.length > 0 && p.tokens[p.tokens.length - 1].w === ':',
    });
  }
  const quotes = joinQuotes(joined);
  // token -> quote membership
  let qi = 0;
  for (const p of paragraphs) {
    const toks = p.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      while (qi < quotes.length && quotes[qi].e <= t.s) qi++;
      if (qi < quotes.length && quotes[qi].s <= t.s && t.e <= quotes[qi].e) p.qid[i] = qi;
    }
  }
  return { text, paragraphs, quotes };
}

/** Index of the paragraph containing offset `pos` (binary search), or -1. */
export function paragraphAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token in `tokens` whose start is >= pos. */
export function tokenAtOrAfter(tokens: Token[], pos: number): number {
  const lo = firstIndex(tokens.length, (mid) => tokens[mid].s < pos);
  return lo;
}
