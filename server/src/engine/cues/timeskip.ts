// A time phrase between a verb (or its addressee) and the content: "announced on Friday the arrest
// of a man", "told the Star last week she would vote for him". The content starts after it.
import { K } from '../text/tokens';
import type { SentenceCtx } from './detect';

const TIME_PREPS = new Set(['on', 'in', 'during', 'at', 'early', 'late']);
const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/** The token after a time phrase starting at k ("on Friday", "last week", "earlier this month"), or k. */
export function afterTime(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  let j = k;
  if (tokens[j]?.k === K.Word && TIME_PREPS.has(tokens[j].w) && tokens[j + 1] && lex.timeWords.has(tokens[j + 1].w)) j++;
  let n = 0;
  while (j < ctx.b && n < 4 && tokens[j].k === K.Word && (lex.timeWords.has(tokens[j].w) || (n > 0 && (tokens[j].w === 'ago' || SEASONS.has(tokens[j].w))))) {
    j++;
    n++;
  }
  // "last" / "this" / "next" alone are no time phrase
  if (n === 0 || (n === 1 && (tokens[j - 1].w === 'last' || tokens[j - 1].w === 'this' || tokens[j - 1].w === 'next'))) return k;
  return j < ctx.b ? j : k;
}

/**
 * Where the question starts after "asked": past a time ("Asked Tuesday about X") or a short
 * prepositional phrase ("Asked on Fox News who ...", "asked at the conference about X").
 */
export function askedContentStart(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  let j = afterTime(ctx, k);
  const t = tokens[j];
  if (t && t.k === K.Word && lex.prepositions.has(t.w) && t.w !== 'about' && t.w !== 'to' && t.w !== 'for' && t.w !== 'by') {
    for (let x = j + 1; x < ctx.b && x - j <= 8; x++) {
      const u = tokens[x];
      if (u.k !== K.Word && u.k !== K.Num && u.w !== "'s") return j;
      if (u.w === 'about' || u.w === 'whether' || u.w === 'why' || u.w === 'how' || u.w === 'who' || u.w === 'what' || u.w === 'if') return x;
    }
  }
  return j;
}
