// Hearsay adverbs: "The firm is reportedly spending $2 million", "he allegedly hid the money".
// Nobody is named (agentless); the content is the clause around the adverb: its subject with any
// auxiliary before the adverb, and the predicate after it.
import type { Span } from '../types';
import { npBefore } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { clauseEnd, inQuote, mkFrame, mixedOrIndirect, span, verbGroupStart, type SentenceCtx } from './detect';

export const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

export function hearsayFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  const next = tokens[i + 1];
  if (i <= ctx.a || !next || i + 1 >= ctx.b || inQuote(ctx, i + 1) || next.k !== K.Word) return null;
  const vg0 = verbGroupStart(ctx, i);
  const subj = npBefore(tokens, vg0, ctx.a, lex);
  if (!subj || subj.shape === 'relative' || (subj.shape === 'pronoun' && ['him', 'them', 'me', 'us'].includes(tokens[subj.t0].w))) return null;
  // the predicate goes on after the adverb: a verb or an auxiliary ("reportedly spent", "is reportedly")
  const e = clauseEnd(ctx, i + 1);
  if (e - (i + 1) < 2) return null;
  const parts: Span[] = [span(tokens, subj.t0, i), span(tokens, i + 1, e)];
  const whole = { start: parts[0].start, end: parts[1].end };
  return mkFrame(ctx, { c0: i, c1: i + 1, type: 'agentless', lemma: tokens[i].w, content: parts, ...mixedOrIndirect(ctx, whole), how: 'object', conf: 0.5 });
}
