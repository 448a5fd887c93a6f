// A participle clause opening the sentence: "Citing the budget, the mayor vetoed the bill",
// "After praising the plan, Jo Lee left". The participle is a cue whose source is the main
// clause's subject after the comma; its object or clause, up to that comma, is the content.
import { F } from '../lexicon/index';
import { npAfter } from '../sources/np';
import { K } from '../text/tokens';
import type { Frame } from './frame';
import { inQuote, mixedOrIndirect, mkFrame, span, type SentenceCtx } from './detect';

const LEAD_PREPS = new Set(['after', 'while', 'before', 'by', 'in', 'despite', 'without', 'when', 'since', 'upon', 'on']);

/** Token index of a sentence-opening reporting participle (after an optional preposition), or -1. */
export function leadParticipleAt(ctx: SentenceCtx): number {
  const { tokens, lex } = ctx;
  let i = ctx.a;
  if (tokens[i]?.k === K.Word && LEAD_PREPS.has(tokens[i].w) && tokens[i + 1]?.k === K.Word) i++;
  const t = tokens[i];
  if (!t || t.k !== K.Word || !t.w.endsWith('ing')) return -1;
  const v = lex.verbs.get(t.w);
  if (!v || v.form !== 'ing' || !(v.frames & (F.CLAUSE | F.OBJ))) return -1;
  return i;
}

/** The comma closing the participle clause that starts at i, or -1 (none within 30 tokens, or a quote first). */
function closingComma(ctx: SentenceCtx, i: number): number {
  const { tokens } = ctx;
  for (let j = i + 1; j < ctx.b && j - i <= 30; j++) {
    if (inQuote(ctx, j)) continue;
    if (tokens[j].w === ',') return j;
    if (tokens[j].w === ';' || tokens[j].w === ':') return -1;
  }
  return -1;
}

export function leadParticipleFrame(ctx: SentenceCtx): Frame | null {
  const i = leadParticipleAt(ctx);
  if (i < 0) return null;
  const { tokens, lex } = ctx;
  const comma = closingComma(ctx, i);
  if (comma < 0 || comma - (i + 1) < 1) return null;
  // the main clause's subject right after the comma, followed by a verb
  const src = npAfter(tokens, comma + 1, ctx.b, lex);
  if (!src || src.shape === 'relative') return null;
  const v = tokens[src.t1];
  if (!v || v.k !== K.Word || v.cap) return null;
  const vi = lex.verbs.get(v.w);
  const finite = lex.auxiliaries.has(v.w) || lex.commonVerbs.has(v.w) || lex.irregularPast.has(v.w) || (v.w.endsWith('ed') && v.w.length > 3) || (!!vi && vi.form !== 'base' && vi.form !== 'ing') || lex.verbAdverbs.has(v.w);
  if (!finite) return null;
  let k = i + 1;
  if (tokens[k].w === 'that') k++;
  if (comma - k < 1) return null;
  const sp = span(tokens, i + 1, comma);
  const lemma = lex.verbs.get(tokens[i].w)!.lemma;
  return mkFrame(ctx, {
    c0: i, c1: i + 1, src, type: 'verb', lemma, content: [sp], ...mixedOrIndirect(ctx, sp), how: tokens[i + 1].w === 'that' ? 'clause' : 'object', variant: 'participle', conf: 0.55,
  });
}
