// Stance phrases after a verb: "voted in favor of X", "came out in support of Y", "is in favor of
// Z", "spoke out in opposition to W". The clause subject is the source, the phrase's object the content.
import { npBefore } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, mixedOrIndirect, mkFrame, objectEnd, span, verbGroupStart, type SentenceCtx } from './detect';

/** [noun, preposition] after "in". */
const PHRASES: [string, string][] = [['favor', 'of'], ['favour', 'of'], ['support', 'of'], ['opposition', 'to'], ['defense', 'of'], ['defence', 'of'], ['praise', 'of']];
const PARTICLES = new Set(['out', 'up', 'firmly', 'squarely', 'strongly', 'overwhelmingly', 'unanimously', 'publicly', 'also', 'all']);

/** The length of the stance phrase at i ("in favor of" = 3), or 0. */
export function stancePhraseAt(ctx: SentenceCtx, i: number): number {
  const { tokens } = ctx;
  if (tokens[i]?.w !== 'in') return 0;
  for (const [n, p] of PHRASES) if (tokens[i + 1]?.w === n && tokens[i + 2]?.w === p) return 3;
  return 0;
}

export function stanceFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  const len = stancePhraseAt(ctx, i);
  if (!len || inQuote(ctx, i)) return null;
  const k = i + len;
  if (k >= ctx.b || tokens[k].k === K.Punct) return null;
  // the verb the phrase belongs to, right before it (over a particle or an adverb)
  let j = i - 1;
  while (j > ctx.a && i - j <= 2 && tokens[j].k === K.Word && (PARTICLES.has(tokens[j].w) || (tokens[j].w.endsWith('ly') && tokens[j].w.length > 4))) j--;
  const v = tokens[j];
  if (!v || j < ctx.a || v.k !== K.Word || v.cap) return null;
  const verbish = lex.auxiliaries.has(v.w) || lex.commonVerbs.has(v.w) || lex.irregularPast.has(v.w) || (v.w.endsWith('ed') && v.w.length > 3) || lex.verbs.has(v.w) || lex.prepVerbs.has(v.w);
  if (!verbish) return null;
  const vg0 = verbGroupStart(ctx, j);
  const src = npBefore(tokens, vg0, ctx.a, lex);
  if (!src || src.shape === 'possessive' || (src.shape === 'pronoun' && ['him', 'them', 'me', 'us', 'it'].includes(tokens[src.t0].w))) return null;
  const e = objectEnd(ctx, k, true);
  if (e <= k) return null;
  const sp = span(tokens, k, e);
  return mkFrame(ctx, { c0: vg0, c1: k, src, inherit: src.shape === 'relative', type: 'verb', lemma: tokens[i + 1].w, content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', variant: 'prep', conf: 0.5 });
}
