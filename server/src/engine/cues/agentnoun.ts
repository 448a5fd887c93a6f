// Stance agent nouns: "Ruiz is a staunch opponent of the death penalty", "Lund, an outspoken critic
// of the plan, voted no". The one who is the supporter/opponent/critic is the source; what the
// noun is "of" is the content.
import { npBefore, type NP } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, mixedOrIndirect, mkFrame, objectEnd, span, verbGroupStart, type SentenceCtx } from './detect';

export const AGENT_NOUNS = new Set([
  'supporter', 'supporters', 'opponent', 'opponents', 'critic', 'critics', 'advocate', 'advocates', 'proponent',
  'proponents', 'defender', 'defenders', 'champion', 'champions', 'foe', 'foes', 'backer', 'backers', 'detractor',
  'detractors', 'skeptic', 'skeptics', 'sceptic', 'sceptics', 'admirer', 'admirers',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", "'re", 'remains', 'remained', 'became', 'become', 'becomes']);

export function agentNounFrame(ctx: SentenceCtx, i: number): Frame | null {
  const { tokens, lex } = ctx;
  if (tokens[i + 1]?.w !== 'of' || inQuote(ctx, i)) return null;
  const k = i + 2;
  if (k >= ctx.b || tokens[k].k === K.Punct) return null;
  // modifiers before the noun: "a consistent and outspoken", "an early"
  let j = i - 1;
  while (j >= ctx.a && i - j <= 6 && tokens[j].k === K.Word && !tokens[j].cap && !lex.determiners.has(tokens[j].w) && !BE.has(tokens[j].w)) j--;
  if (j < ctx.a || i - j > 6) return null;
  let det = j;
  if (tokens[j].k === K.Word && lex.determiners.has(tokens[j].w)) {
    if (!['a', 'an', 'the'].includes(tokens[j].w)) return null;
    det = j - 1;
  }
  let src: NP | null = null;
  let c0 = j;
  const b = tokens[det];
  if (b && det >= ctx.a && b.k === K.Word && BE.has(b.w)) {
    // "S is a staunch opponent of X"
    const vg0 = verbGroupStart(ctx, det);
    src = npBefore(tokens, vg0, ctx.a, lex);
    c0 = vg0;
  } else if (b && det >= ctx.a && b.w === ',') {
    // "S, an outspoken critic of X,"
    src = npBefore(tokens, det, ctx.a, lex, false);
  }
  if (!src || src.shape === 'possessive' || (src.shape === 'pronoun' && ['him', 'them', 'me', 'us', 'it'].includes(tokens[src.t0].w))) return null;
  const e = objectEnd(ctx, k, true);
  if (e <= k) return null;
  const sp = span(tokens, k, e);
  return mkFrame(ctx, { c0: Math.min(c0, i), c1: i + 2, src, type: 'noun', lemma: tokens[i].w + ' of', content: [sp], ...mixedOrIndirect(ctx, sp), how: 'object', variant: 'noun', conf: 0.45 });
}
