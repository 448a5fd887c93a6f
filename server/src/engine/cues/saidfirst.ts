// A reporting verb opening the sentence before its source: "Said Ana Ruiz, who grew up here,
// “We were proud.”", "Said Lund: “No.”". The source follows the verb; the quote after the comma or
// colon is the content.
import { npAfter, withAppositiveAfter } from '../sources/np';
import type { Frame } from './frame';
import { K, Q } from '../text/tokens';
import { mkFrame, quoteOpeningAt, quoteSpan, type SentenceCtx } from './detect';

export function saidFirstFrame(ctx: SentenceCtx, i: number, i2: number, lemma: string): Frame | null {
  const { tokens, lex } = ctx;
  if (i !== ctx.a || !tokens[i].cap) return null;
  const np0 = npAfter(tokens, i2, ctx.b, lex);
  if (!np0 || np0.shape === 'relative' || np0.shape === 'possessive') return null;
  const np = withAppositiveAfter(tokens, np0, ctx.b, lex);
  // the appositive may end at the comma before the quote, or the name at the colon
  for (const cand of np.t1 > np0.t1 ? [np, np0] : [np]) {
    const p = tokens[cand.t1];
    if (!p || (p.w !== ',' && p.w !== ':')) continue;
    const q = quoteOpeningAt(ctx, cand.t1 + 1);
    if (q < 0) continue;
    return mkFrame(ctx, { c0: i, c1: i2, src: cand, type: 'verb', lemma, content: [quoteSpan(ctx, q)], quotes: [q], kind: 'direct', how: 'quote', conf: 0.85 });
  }
  return null;
}

/**
 * "“Q.” Trump said.": the sentence split after the quote's own period leaves "NAME said." alone;
 * the quote that closes right before the sentence is its content. Returns the quote id, or -1.
 */
export function quoteBeforeSentence(ctx: SentenceCtx, srcStart: number, k: number): number {
  const { tokens } = ctx;
  if (srcStart !== ctx.a || ctx.a === 0) return -1;
  const n = tokens[k];
  if (n && !(k === ctx.b - 1 && (n.w === '.' || n.w === '!' || n.w === '?'))) return -1;
  const p = tokens[ctx.a - 1];
  if (!p || p.k !== K.Quote || p.q === Q.Open) return -1;
  const q = ctx.para.qid[ctx.a - 1];
  if (q < 0 || ctx.doc.quotes[q].e !== p.e) return -1;
  return q;
}
