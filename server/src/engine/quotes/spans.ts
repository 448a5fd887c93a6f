// Quote spans from double quotation marks, by character offsets across sentences and paragraphs.
// Two passes: inside each paragraph (pure function of its tokens) marks are paired with a small stack
// (nested marks stay inside the outer quote); across paragraphs, a quote left open at the end of a
// paragraph continues when the next paragraph opens with a mark (the multi-paragraph convention)
// or closes with an orphan mark before opening one.
// Broken marks: a closing mark with nothing open extends the previous quote of the paragraph when
// that quote's closing mark was weak (no punctuation before it, a lowercase word after it), as in
// `tried to" steer" almost ... lives."`, which is one quote.
import { K, Q, type Token } from '../text/tokens';
import { opensQuotedTurn } from './transcript';
import { fit } from '../spans';

export interface LocalQuote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote is still open at the paragraph end. */
  close: number;
}

export interface ParagraphQuotes {
  quotes: LocalQuote[];
  /** A closing mark before any opening one: may end a quote begun in an earlier paragraph. */
  leadingClose: number;
  /** The paragraph's first token is an opening mark. */
  startsWithOpen: boolean;
}

const MAX_DEPTH = 4;

function weakClose(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.k === K.Punct) return false;
  const next = tokens[i + 1];
  return !!next && next.sp && next.k === K.Word && !next.cap;
}

export function pairQuotes(tokens: Token[]): ParagraphQuotes {
  const quotes: LocalQuote[] = [];
  const stack: number[] = [];
  let leadingClose = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.k !== K.Quote) continue;
    if (stack.length === 0) {
      if (t.q === Q.Close) {
        const last = quotes[quotes.length - 1];
        if (last && last.close >= 0 && weakClose(tokens, last.close)) last.close = i;
        else if (!quotes.length && leadingClose < 0) leadingClose = i;
        continue;
      }
      stack.push(i);
    } else if (t.q === Q.Open && stack.length < MAX_DEPTH && !(t.q === Q.Open && tokens[i - 1]?.k === K.Quote)) {
      stack.push(i);
    } else {
      const open = stack.pop()!;
      if (stack.length === 0) quotes.push({ open, close: i });
    }
  }
  if (stack.length) quotes.push({ open: stack[0], close: -1 });
  const first = tokens[0];
  return { quotes: fit(quotes), leadingClose, startsWithOpen: !!first && first.k === K.Quote && first.q !== Q.Close };
}

/** A quote in document offsets: [s, e) includes the marks (when present). */
export interface QuoteSpan {
  s: number;
  e: number;
  /** Paragraph indexes where it starts and ends. */
  p0: number;
  p1: number;
  /** False when no closing mark was found (the quote runs to its paragraph end). */
  closed: boolean;
}

export interface ParagraphTokens {
  tokens: Token[];
  quotes: ParagraphQuotes;
  /** Paragraph span in the document. */
  start: number;
  end: number;
  /** Offset to add to token offsets to get document offsets. */
  base: number;
  /** Text of the paragraph's last characters before the end, to spot an introducing colon. */
  endsWithColon: boolean;
}

/** Joins paragraph-level pairs into document quote spans. */
export function joinQuotes(paras: ParagraphTokens[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let pending: { s: number; p0: number; block: boolean } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const P = paras[p];
    const { tokens } = P;
    const quotes = P.quotes.quotes;
    let startIdx = 0;
    if (pending && opensQuotedTurn(tokens)) {
      // a quoted transcript: the next speaker's turn ends the previous turn
      const prev = paras[p - 1];
      if (pending.block) out.push({ s: pending.s, e: prev.end, p0: pending.p0, p1: p - 1, closed: false });
      pending = null;
    }
    if (pending) {
      if (P.quotes.startsWithOpen && quotes.length && quotes[0].open === 0) {
        const q0 = quotes[0];
        startIdx = 1;
        if (q0.close >= 0) {
          out.push({ s: pending.s, e: P.base + tokens[q0.close].e, p0: pending.p0, p1: p, closed: true });
          pending = null;
        } else {
          // still open: keep going
          continue;
        }
      } else if (P.quotes.leadingClose >= 0) {
        out.push({ s: pending.s, e: P.base + tokens[P.quotes.leadingClose].e, p0: pending.p0, p1: p, closed: true });
        pending = null;
      } else {
        const prev = paras[p - 1];
        if (pending.block) out.push({ s: pending.s, e: prev.end, p0: pending.p0, p1: p - 1, closed: false });
        pending = null;
      }
    }
    for (let k = startIdx; k < quotes.length; k++) {
      const q = quotes[k];
      const s = P.base + tokens[q.open].s;
      if (q.close >= 0) out.push({ s, e: P.base + tokens[q.close].e, p0: p, p1: p, closed: true });
      else {
        // open at the end of the paragraph: a block quote when it opened the paragraph or followed a colon
        const prevTok = tokens[q.open - 1];
        const block = q.open === 0 || (!!prevTok && prevTok.w === ':');
        pending = { s, p0: p, block };
      }
    }
  }
  if (pending && pending.block) {
    const last = paras[paras.length - 1];
    out.push({ s: pending.s, e: last.end, p0: pending.p0, p1: paras.length - 1, closed: false });
  }
  return out;
}
