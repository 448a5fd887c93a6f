// "X seems stable", "the race appears closer in Ohio", "it seems the party has too many delegates":
// an impression nobody is named for (agentless). The subject and what it seems to be are the
// content. ("seems to ..." is a phrase of its own: lexicon/data/phrases.ts.)
import type { Span } from '../types';
import { npBefore } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { clauseEnd, inQuote, mkFrame, mixedOrIndirect, objectEnd, span, verbGroupStart, type SentenceCtx } from './detect';

export const SEEM_WORDS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

export function seemFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  const next = tokens[i + 1];
  if (!next || i + 1 >= ctx.b || inQuote(ctx, i + 1) || next.w === 'to' || next.k === K.Punct) return null;
  // "appeared on television", "appeared in court": a place, not an impression
  if (next.k === K.Word && lex.prepositions.has(next.w) && next.w !== 'like') return null;
  const vg0 = verbGroupStart(ctx, i);
  const subj = npBefore(tokens, vg0, ctx.a, lex);
  const parts: Span[] = [];
  let k = i + 1;
  if (subj && subj.shape === 'pronoun' && tokens[subj.t0].w === 'it') {
    // "it seems (that) the party has too many delegates"
    const e = clauseEnd(ctx, k);
    if (e - k < 3) return null;
    parts.push(span(tokens, k, e));
  } else {
    if (!subj || (subj.shape === 'pronoun' && ['him', 'them', 'me', 'us'].includes(tokens[subj.t0].w))) return null;
    const e = objectEnd(ctx, k, true);
    if (e <= k) return null;
    parts.push(span(tokens, subj.t0, subj.h1), span(tokens, k, e));
  }
  const whole = { start: parts[0].start, end: parts[parts.length - 1].end };
  return mkFrame(ctx, { c0: vg0, c1: i + 1, type: 'agentless', lemma: tokens[i].w, content: parts, ...mixedOrIndirect(ctx, whole), how: 'object', variant: 'seem', conf: 0.5 });
}
